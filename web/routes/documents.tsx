/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import type { ApiResult } from '#web/kit/api.ts';
import { notFoundPage, render, requireRole, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { MessagePage } from '#web/kit/message-page.tsx';
import { problemText } from '../i18n/problems.ts';
import { UUID } from './public.tsx';

/*
 * Opening a file: the site asks the API (which checks who may, verifies the file against its
 * fingerprint and, for a proposal's file, logs the opening) and sends the browser on to the
 * short-lived download URL it answers with.
 */

function sendOn(c: SiteContext, result: ApiResult<{ url: string }>) {
  if (result.ok) {
    c.header('cache-control', 'no-store');
    return c.redirect(result.data.url, 303);
  }
  if (result.status === 404 || result.status === 400) return notFoundPage(c);
  const v = c.get('view');
  return render(
    c,
    <MessagePage v={v} title={v.t.errors.forbiddenTitle} text={problemText(result.problem.type, v.lang)} />,
    result.status === 403 ? 403 : 409,
  );
}

export function documentRoutes(app: Hono<SiteEnv>) {
  app.get('/voorstellen/:proposalId/bijlagen/:attachmentId', async (c) => {
    const allowed = await requireRole(c, ['sme', 'buyer', 'assessor']);
    if (allowed instanceof Response) return allowed;
    const proposalId = c.req.param('proposalId');
    const attachmentId = c.req.param('attachmentId');
    if (!UUID.test(proposalId) || !UUID.test(attachmentId)) return notFoundPage(c);
    return sendOn(c, await c.get('api')(routes.openAttachment, { params: { proposalId, attachmentId } }));
  });

  app.get('/oproepen/:challengeId/documenten/:documentId', async (c) => {
    const challengeId = c.req.param('challengeId');
    const documentId = c.req.param('documentId');
    if (!UUID.test(challengeId) || !UUID.test(documentId)) return notFoundPage(c);
    return sendOn(
      c,
      await c.get('api')(routes.callDocumentDownload, { params: { challengeId, documentId } }),
    );
  });
}
