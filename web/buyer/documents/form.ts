import { randomUUID } from 'node:crypto';
import { routes } from '#shared/routes.ts';
import { fieldText } from '#web/i18n/fields.ts';
import { FILE_FIELD } from '#web/kit/files.tsx';
import type { View } from '#web/kit/view.ts';

/** A call document as the form gives it: its title and kind, and (once published) the correction's reason. */
export interface DocumentForm {
  title: string;
  kind: string | undefined;
  reason: string;
  replaces: string;
}

export const documentForm = (values: Record<string, string>): DocumentForm => ({
  title: (values.title ?? '').trim(),
  kind: values.kind,
  reason: (values.reason ?? '').trim(),
  replaces: (values.replaces ?? '').trim(),
});

/**
 * Every mistake at once, before any bytes move: the title, the kind and the file against the
 * API's own schemas, and for a published call the correction's reason. A file goes through the
 * file store, not one API call, so this form checks first and the upload steps follow.
 */
export function documentErrors(
  typed: DocumentForm,
  file: { name: string; size: number } | undefined,
  published: boolean,
  v: View,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const ask = routes.requestCallDocumentUpload.body!.safeParse({
    title: typed.title,
    kind: typed.kind,
    fileName: file?.name ?? 'x.pdf',
    sizeBytes: Math.max(1, file?.size ?? 1),
  });
  if (!ask.success)
    for (const issue of ask.error.issues) {
      const name = String(issue.path[0]);
      errors[name === 'fileName' || name === 'sizeBytes' ? FILE_FIELD : name] ??= fieldText(
        `body.${name}`,
        v.lang,
      );
    }
  if (!file) errors[FILE_FIELD] = v.t.documents.fileMissing;
  const correction = { reason: typed.reason, documents: [{ uploadId: randomUUID() }] };
  if (published && !routes.correctChallenge.body!.safeParse(correction).success)
    errors.reason = fieldText('body.reason', v.lang);
  return errors;
}
