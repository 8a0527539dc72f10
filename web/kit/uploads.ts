import { createHash } from 'node:crypto';
import { documentLimits } from '#shared/documents/limits.ts';
import type { ApiResult, Problem } from '#web/kit/api.ts';
import type { SiteContext } from '#web/kit/context.tsx';
import { FILE_FIELD } from '#web/kit/files.tsx';
import { formErrors } from '#web/kit/forms.ts';
import type { FormState } from '#web/kit/view.ts';

/*
 * Uploads from a plain HTML form (no JavaScript needed): the browser posts the file to the site,
 * which does what a script would do — asks the API for an upload, sends the bytes to the presigned
 * URL, and completes it with the SHA-256 it computed, so a file changed on its way is refused.
 * In AWS a page request carries at most 6 MB through Lambda: larger files need the direct upload
 * (the same three calls from the browser), see the README.
 */

export const maxUploadMb = () => Math.floor(documentLimits.maxFileBytes() / (1024 * 1024));

/** The posted form's text fields and its file (undefined when none was chosen). */
export async function postedFile(c: SiteContext): Promise<{ values: Record<string, string>; file?: File }> {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  let file: File | undefined;
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') values[key] = value;
    else if (key === FILE_FIELD && value instanceof File && value.size > 0) file = value;
  }
  return { values, ...(file ? { file } : {}) };
}

interface Ticket {
  uploadId: string;
  url: string;
  headers: Record<string, string>;
}

const failed = (detail: string): { ok: false; status: number; problem: Problem } => ({
  ok: false,
  status: 502,
  problem: { type: 'upload-failed', status: 502, detail },
});

/** Ask → send → complete; the first refusal is the answer. */
export async function uploadThrough<T>(
  c: SiteContext,
  file: File,
  ask: (input: { fileName: string; sizeBytes: number }) => Promise<ApiResult<Ticket>>,
  complete: (uploadId: string, sha256: string) => Promise<ApiResult<T>>,
): Promise<ApiResult<T>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ticket = await ask({ fileName: file.name, sizeBytes: bytes.byteLength });
  if (!ticket.ok) return ticket;
  const fetchImpl = c.get('options').fetch ?? fetch;
  const headers = Object.fromEntries(
    Object.entries(ticket.data.headers).filter(([k]) => k !== 'content-length'),
  );
  const sent = await fetchImpl(ticket.data.url, { method: 'PUT', headers, body: bytes }).catch(
    () => undefined,
  );
  if (!sent?.ok) return failed(`the store answered ${sent?.status ?? 'nothing'}`);
  return complete(ticket.data.uploadId, createHash('sha256').update(bytes).digest('hex'));
}

/** A refused upload at the file field (every refusal of a file is about the file). */
export function uploadErrors(problem: Problem, c: SiteContext): Pick<FormState, 'errors' | 'general'> {
  const lang = c.get('view').lang;
  const atFile = (apiField: string) =>
    ['body.fileName', 'body.sizeBytes', 'body.sha256'].includes(apiField) ? FILE_FIELD : undefined;
  return formErrors(
    problem,
    lang,
    atFile,
    Object.fromEntries(
      [
        'file-too-large',
        'file-type-not-allowed',
        'hash-mismatch',
        'nothing-uploaded',
        'upload-failed',
        'too-many-attachments',
        'too-many-documents',
        'deadline-passed',
        'payload-too-large',
      ].map((type) => [type, FILE_FIELD]),
    ),
  );
}
