import * as z from 'zod/mini';
import { safeNameCheck } from '#shared/kernel/vocabulary.ts';

/*
 * The words of documents: their types, kinds and names. Pure (zod only), so the route table — and
 * with it the site — can use them without pulling in storage or the table.
 */

/** The types a document may be, told by its content: PDF, ODF, OOXML and CSV. */
export const DOCUMENT_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODF text (odt)',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODF spreadsheet (ods)',
  'application/vnd.oasis.opendocument.presentation': 'ODF presentation (odp)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (xlsx)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (pptx)',
  'text/csv': 'CSV',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_MEDIA_TYPES = Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];

/**
 * A file name as a person gives it: one name, no folders, no tricks. Refused: slashes and
 * backslashes, `.`/`..`, a leading dot, control characters, names longer than 200 characters.
 */
export const fileNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(200),
    z.refine((name) => !/[/\\]/.test(name), 'a file name, without folders (no / or \\)'),
    z.refine((name) => !/^\.|^\.\.?$/.test(name), 'a file name may not start with a dot'),
  )
  .check(
    // Control characters, direction overrides and broken characters: the shared name rule.
    safeNameCheck,
    z.refine((name) => /\.[A-Za-z0-9]{1,8}$/.test(name), 'a file name with its extension, e.g. plan.pdf'),
  );

/** What a call's document is. */
export const CALL_DOCUMENT_KINDS = ['challenge-description', 'model-contract', 'ip-terms', 'other'] as const;
export type CallDocumentKind = (typeof CALL_DOCUMENT_KINDS)[number];

/** A file as recorded: what the committee or the public reads is exactly this. */
export interface StoredFile {
  id: string;
  fileName: string;
  sizeBytes: number;
  contentType: DocumentType;
  sha256: string;
  uploadedAt: string;
}
