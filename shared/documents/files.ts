import { fileTypeFromBuffer } from 'file-type';
import { documentKeys, ENTITY } from '#shared/db/keys.ts';
import { epochSeconds, type TxWrite } from '#shared/db/store.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, DomainError, unprocessable } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { logger } from '#shared/platform/logger.ts';
import { objectStore } from '#shared/platform/object-store.ts';
import { documentLimits } from './limits.ts';
import { DOCUMENT_MEDIA_TYPES, DOCUMENT_TYPES, type DocumentType } from './types.ts';
import { type DocumentOwner, objectKeyOf, type StoredFile, type Upload } from './uploads.ts';

/*
 * Documents: files of a call (the buyer's), of a proposal and of a deliverable (the company's). A client asks for an
 * upload (name and size), sends the bytes straight to the store with a presigned PUT, then asks the
 * API to complete it: the API reads the object once, checks its size and its type by content (never
 * by name), computes its SHA-256 and records it. A file that fails is removed with its upload, so
 * nothing of it is recorded. The object key is ours (owner and upload id): a name never becomes a path.
 */

export { documentLimits } from './limits.ts';
export * from './types.ts';
export * from './uploads.ts';

/** CSV has no magic number: UTF-8 text with no control characters and a separator on its first line. */
function looksLikeCsv(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: binary content is what we refuse
  if (text.length === 0 || /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return false;
  const firstLine = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  return /[,;\t]/.test(firstLine);
}

/** The document type of these bytes, or what they are instead. */
export async function detectDocumentType(
  bytes: Uint8Array,
): Promise<{ type: DocumentType } | { refused: string }> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    if (found.mime in DOCUMENT_TYPES) return { type: found.mime as DocumentType };
    return { refused: `${found.mime} (.${found.ext})` };
  }
  return looksLikeCsv(bytes) ? { type: 'text/csv' } : { refused: 'unknown content' };
}

export interface UploadTicket {
  uploadId: string;
  method: 'PUT';
  url: string;
  headers: Record<string, string>;
  expiresAt: string;
  maxBytes: number;
}

/** A new upload: its record (to write with the caller's own checks) and the URL to send the bytes to. */
export async function newUpload(
  owner: DocumentOwner,
  input: { fileName: string; sizeBytes: number; label?: Upload['label']; milestone?: number },
): Promise<{ upload: Upload; write: TxWrite; ticket: UploadTicket }> {
  const maxBytes = documentLimits.maxFileBytes();
  if (input.sizeBytes > maxBytes) {
    throw new DomainError(
      'payload-too-large',
      'file-too-large',
      `A file may be at most ${maxBytes} bytes; this one is ${input.sizeBytes}.`,
      { maxBytes, errors: [{ field: 'body.sizeBytes', message: `at most ${maxBytes} bytes` }] },
    );
  }
  const uploadId = newId();
  // The URL writes to an incoming key; completing moves the bytes where no URL can change them.
  const objectKey = `incoming/${objectKeyOf(owner, uploadId)}`;
  const presigned = await objectStore().presignPut(objectKey, {
    contentLength: input.sizeBytes,
    expiresInSeconds: documentLimits.uploadUrlSeconds,
  });
  const upload: Upload = {
    uploadId,
    owner,
    objectKey,
    fileName: input.fileName,
    sizeBytes: input.sizeBytes,
    ...(input.label ? { label: input.label } : {}),
    ...(input.milestone ? { milestone: input.milestone } : {}),
    requestedAt: clock.nowIso(),
    urlExpiresAt: presigned.expiresAt,
  };
  const write: TxWrite = {
    item: {
      Put: {
        Item: {
          ...documentKeys.upload(owner, uploadId),
          entity: ENTITY.upload,
          ...upload,
          // Abandoned uploads disappear a day later (the bucket's lifecycle removes their bytes).
          expiresAt: epochSeconds(presigned.expiresAt, 24 * 3600),
        },
      },
    },
  };
  return {
    upload,
    write,
    ticket: {
      uploadId,
      method: 'PUT',
      url: presigned.url,
      headers: presigned.headers,
      expiresAt: presigned.expiresAt,
      maxBytes,
    },
  };
}

/** Forgets a failed upload: its bytes and its record. */
async function discard(upload: Upload, remove: (upload: Upload) => Promise<void>) {
  await objectStore().remove(objectKeyOf(upload.owner, upload.uploadId));
  await remove(upload);
}

/**
 * Reads what was uploaded and checks it: there, of the announced size, of an allowed type by its
 * content, and (when the client says what it sent) of the same SHA-256. A failed check removes the
 * bytes and the upload record (through `remove`) and refuses with a problem.
 */
export async function checkUpload(
  upload: Upload,
  expectedSha256: string | undefined,
  remove: (upload: Upload) => Promise<void>,
): Promise<StoredFile> {
  // First out of reach of the upload URL (it works for a while yet), then checked where it stays.
  const finalKey = objectKeyOf(upload.owner, upload.uploadId);
  // (Nothing to move on a retry after a crash: the bytes were moved already.)
  await objectStore().promote(upload.objectKey, finalKey);
  const read = await objectStore().read(finalKey, documentLimits.maxFileBytes());
  if (!read)
    throw conflict(
      'nothing-uploaded',
      `Nothing was uploaded for ${upload.fileName} yet: send the file to the upload URL first (it works until ${upload.urlExpiresAt}).`,
    );
  if ('tooLarge' in read || read.bytes.byteLength !== upload.sizeBytes) {
    await discard(upload, remove);
    const size = 'tooLarge' in read ? read.tooLarge : read.bytes.byteLength;
    throw new DomainError(
      'payload-too-large',
      'file-too-large',
      `The upload is ${size} bytes, not the ${upload.sizeBytes} announced (at most ${documentLimits.maxFileBytes()}); it was removed.`,
    );
  }
  const detected = await detectDocumentType(read.bytes);
  if ('refused' in detected) {
    await discard(upload, remove);
    throw new DomainError(
      'unsupported-media-type',
      'file-type-not-allowed',
      `${upload.fileName} is ${detected.refused}; a document must be PDF, ODF (odt, ods, odp), OOXML (docx, xlsx, pptx) or CSV, told by its content. It was removed.`,
      { allowed: DOCUMENT_MEDIA_TYPES },
    );
  }
  if (expectedSha256 !== undefined && expectedSha256 !== read.sha256) {
    await discard(upload, remove);
    throw unprocessable(
      'hash-mismatch',
      `The uploaded ${upload.fileName} has SHA-256 ${read.sha256}, not ${expectedSha256}: it changed on its way and was removed. Upload it again.`,
      {
        sha256: read.sha256,
        errors: [{ field: 'body.sha256', message: `the upload's SHA-256 is ${read.sha256}` }],
      },
    );
  }
  return {
    id: upload.uploadId,
    fileName: upload.fileName,
    sizeBytes: read.bytes.byteLength,
    contentType: detected.type,
    sha256: read.sha256,
    uploadedAt: clock.nowIso(),
  };
}

/**
 * A short-lived download URL for a recorded file, after reading it again: the bytes must still hash
 * to what was recorded (what the committee reads is exactly what was submitted).
 */
export async function downloadOf(
  owner: DocumentOwner,
  file: StoredFile,
): Promise<{
  url: string;
  expiresAt: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}> {
  const objectKey = objectKeyOf(owner, file.id);
  const read = await objectStore().read(objectKey, Number.MAX_SAFE_INTEGER);
  if (!read || 'tooLarge' in read || read.sha256 !== file.sha256) {
    // An alarm-worthy event: the store holds something other than what was recorded.
    logger.error('document integrity check failed', { objectKey, recorded: file.sha256 });
    throw conflict(
      'document-integrity',
      `${file.fileName} no longer matches its recorded SHA-256 ${file.sha256}; it is not handed out.`,
    );
  }
  const presigned = await objectStore().presignGet(objectKey, {
    fileName: file.fileName,
    contentType: file.contentType,
    expiresInSeconds: documentLimits.downloadUrlSeconds,
  });
  return {
    url: presigned.url,
    expiresAt: presigned.expiresAt,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
  };
}
