/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { FILE_FIELD } from '#web/kit/files.tsx';
import { UUID } from '#web/kit/ids.ts';
import type { ProposalView } from '#web/kit/types.ts';
import { maxUploadMb, postedFile, uploadErrors, uploadThrough } from '#web/kit/uploads.ts';
import type { FormState } from '#web/kit/view.ts';
import { loadCall, loadOwnProposal } from '../loaders.ts';
import { ProposalPage } from './view.tsx';

/** A company's proposal with its files (added and removed until the deadline). */
export const proposal = new Hono<SiteEnv>();

const proposalPage = async (c: SiteContext, own: ProposalView, upload?: FormState) => {
  const [call, feedback] = await Promise.all([
    loadCall(c, own.challengeId),
    c.get('api')(routes.proposalFeedback, { params: { proposalId: own.id } }),
  ]);
  return render(
    c,
    <ProposalPage
      v={c.get('view')}
      proposal={own}
      {...(call ? { call } : {})}
      feedbackAvailable={feedback.ok}
      flash={flash(c)}
      {...(upload ? { upload } : {})}
      maxUploadMb={maxUploadMb()}
    />,
    upload ? 400 : 200,
  );
};

proposal.get('/voorstellen/:proposalId', async (c) => {
  const own = await loadOwnProposal(c, c.req.param('proposalId'));
  if (!own) return notFoundPage(c);
  return proposalPage(c, own);
});

// A file for the proposal: posted to the site, sent on to the store, checked by the API.
proposal.post('/voorstellen/:proposalId/bijlagen', async (c) => {
  const own = await loadOwnProposal(c, c.req.param('proposalId'));
  if (!own) return notFoundPage(c);
  const { values, file } = await postedFile(c);
  const form: FormState = { values, errors: {} };
  if (!file) form.errors[FILE_FIELD] = c.get('view').t.documents.fileMissing;
  else {
    const api = c.get('api');
    const params = { proposalId: own.id };
    const result = await uploadThrough(
      c,
      file,
      (body) => api(routes.requestAttachmentUpload, { params, body }),
      (uploadId, sha256) =>
        api(routes.completeAttachmentUpload, { params: { ...params, uploadId }, body: { sha256 } }),
    );
    if (result.ok) return c.redirect(`/voorstellen/${own.id}?melding=bijlage#bijlagen`, 303);
    Object.assign(form, uploadErrors(result.problem, c));
  }
  return proposalPage(c, (await loadOwnProposal(c, own.id)) ?? own, form);
});

proposal.post('/voorstellen/:proposalId/bijlagen/:attachmentId/verwijderen', async (c) => {
  const proposalId = c.req.param('proposalId');
  const attachmentId = c.req.param('attachmentId');
  if (!UUID.test(proposalId) || !UUID.test(attachmentId)) return notFoundPage(c);
  const result = await c.get('api')(routes.removeAttachment, { params: { proposalId, attachmentId } });
  if (result.ok) return c.redirect(`/voorstellen/${proposalId}?melding=bijlage-weg#bijlagen`, 303);
  const own = await loadOwnProposal(c, proposalId);
  if (!own) return notFoundPage(c);
  return proposalPage(c, own, { values: {}, ...uploadErrors(result.problem, c) });
});
