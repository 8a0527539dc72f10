import * as z from 'zod/mini';
import { CALL_DOCUMENT_KINDS, DOCUMENT_MEDIA_TYPES, fileNameSchema } from './types.ts';

/** Asking for an upload: the file's name and its exact size (the URL is signed for that size). */
export const uploadBody = z.strictObject({
  fileName: fileNameSchema,
  sizeBytes: z.int().check(z.gte(1), z.lte(1024 * 1024 * 1024)),
});

const sha256Hex = z
  .string()
  .check(z.regex(/^[a-f0-9]{64}$/, 'a hex SHA-256 digest (64 lower-case hex characters)'));

/** Completing an upload; with the SHA-256 the client computed, the API refuses a file that changed on its way. */
export const completeUploadBody = z.strictObject({ sha256: z.optional(sha256Hex) });

export const uploadTicketView = z.object({
  uploadId: z.uuid(),
  method: z.literal('PUT'),
  url: z.string(),
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
  maxBytes: z.int(),
});

/** A recorded file: name, size, type by content, SHA-256 computed by the server. */
export const storedFileView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  sizeBytes: z.int(),
  contentType: z.enum(DOCUMENT_MEDIA_TYPES),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const downloadView = z.object({
  url: z.string(),
  expiresAt: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.int(),
  sha256: z.string(),
});

export const callDocumentKind = z.enum(CALL_DOCUMENT_KINDS);

export const callDocumentView = z.extend(storedFileView, {
  title: z.string(),
  kind: callDocumentKind,
  /** The correction that added it (none: part of the call as published). */
  correction: z.optional(z.int()),
  replaces: z.optional(z.uuid()),
  replacedBy: z.optional(z.uuid()),
});

export const callUploadBody = z.extend(uploadBody, {
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  kind: z._default(callDocumentKind, 'other'),
});

export const checkedUploadView = z.extend(storedFileView, {
  status: z.enum(['attached', 'awaiting-correction']),
});
