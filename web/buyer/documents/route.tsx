/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { refusalOnForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { CallView } from '#web/kit/types.ts';
import { maxUploadMb, postedFile, uploadErrors, uploadThrough } from '#web/kit/uploads.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { ownCall } from '../loaders.ts';
import { documentErrors, documentForm } from './form.ts';
import { CallDocumentsPage } from './view.tsx';

/**
 * The call's documents: added to a draft at once; after publication through a correction (the
 * upload, then the correction naming it, on the same form). A file goes through the file store,
 * not one API call, so this form has its own steps; its refusals land on the form the same way.
 */
export const documents = new Hono<SiteEnv>();

// The call's documents: added to a draft at once; after publication through a correction.
const documentsPage = (
  c: SiteContext,
  call: CallView,
  form = emptyForm({ kind: 'challenge-description' }),
  status: 200 | 400 = 200,
) =>
  render(
    c,
    <CallDocumentsPage v={c.get('view')} call={call} form={form} maxMb={maxUploadMb()} flash={flash(c)} />,
    status,
  );

documents.get('/beheer/oproepen/:challengeId/documenten', async (c) => {
  const call = await ownCall(c, c.req.param('challengeId'));
  if (call?.status !== 'draft' && call?.status !== 'published') return notFoundPage(c);
  return documentsPage(c, call);
});

documents.post('/beheer/oproepen/:challengeId/documenten', async (c) => {
  const v = c.get('view');
  const call = await ownCall(c, c.req.param('challengeId'));
  if (call?.status !== 'draft' && call?.status !== 'published') return notFoundPage(c);
  const { values, file } = await postedFile(c);
  const typed = documentForm(values);
  const published = call.status === 'published';
  const form: FormState = { values, errors: documentErrors(typed, file, published, v) };
  if (Object.keys(form.errors).length > 0 || !file) return documentsPage(c, call, form, 400);
  const api = c.get('api');
  const params = { challengeId: call.id };
  const uploaded = await uploadThrough(
    c,
    file,
    (input) =>
      api(routes.requestCallDocumentUpload, {
        params,
        body: { ...input, title: typed.title, kind: typed.kind as never },
      }),
    (uploadId, sha256) =>
      api(routes.completeCallDocumentUpload, { params: { ...params, uploadId }, body: { sha256 } }),
  );
  if (!uploaded.ok) {
    Object.assign(form, uploadErrors(uploaded.problem, c));
    return documentsPage(c, call, form, 400);
  }
  if (uploaded.data.status === 'awaiting-correction') {
    const corrected = await api(routes.correctChallenge, {
      params,
      body: {
        reason: typed.reason,
        documents: [{ uploadId: uploaded.data.id, ...(typed.replaces ? { replaces: typed.replaces } : {}) }],
      },
    });
    if (!corrected.ok) {
      refusalOnForm(
        form,
        corrected,
        {
          body: undefined,
          fieldOf: (field) =>
            field.endsWith('.replaces') ? 'replaces' : field === 'body.reason' ? 'reason' : undefined,
        },
        v,
      );
      return documentsPage(c, call, form, 400);
    }
    return c.redirect(`/beheer/oproepen/${call.id}/documenten?melding=rectificatie`, 303);
  }
  return c.redirect(`/beheer/oproepen/${call.id}/documenten?melding=document`, 303);
});

documents.post('/beheer/oproepen/:challengeId/documenten/:documentId/verwijderen', async (c) => {
  const call = await ownCall(c, c.req.param('challengeId'));
  const documentId = c.req.param('documentId');
  if (call?.status !== 'draft' || !UUID.test(documentId)) return notFoundPage(c);
  const result = await c.get('api')(routes.removeCallDocument, {
    params: { challengeId: call.id, documentId },
  });
  if (result.ok) return c.redirect(`/beheer/oproepen/${call.id}/documenten?melding=bijlage-weg`, 303);
  return documentsPage(c, call, { values: {}, ...uploadErrors(result.problem, c) }, 400);
});
