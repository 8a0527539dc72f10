import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, requireRole, type SiteEnv } from '#web/kit/context.tsx';
import { sendOn } from '#web/kit/downloads.tsx';
import { UUID } from '#web/kit/ids.ts';

/** A proposal's file: the company's own, the buyer's after the deadline, an assessor's once declared. */
export const files = new Hono<SiteEnv>();

files.get('/voorstellen/:proposalId/bijlagen/:attachmentId', async (c) => {
  const allowed = await requireRole(c, ['sme', 'buyer', 'assessor']);
  if (allowed instanceof Response) return allowed;
  const proposalId = c.req.param('proposalId');
  const attachmentId = c.req.param('attachmentId');
  if (!UUID.test(proposalId) || !UUID.test(attachmentId)) return notFoundPage(c);
  return sendOn(c, await c.get('api')(routes.openAttachment, { params: { proposalId, attachmentId } }));
});
