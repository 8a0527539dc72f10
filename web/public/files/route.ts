import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, type SiteEnv } from '#web/kit/context.tsx';
import { sendOn } from '#web/kit/downloads.tsx';
import { UUID } from '#web/kit/ids.ts';

/** A call's documents: as public as the call. */
export const files = new Hono<SiteEnv>();

files.get('/oproepen/:challengeId/documenten/:documentId', async (c) => {
  const challengeId = c.req.param('challengeId');
  const documentId = c.req.param('documentId');
  if (!UUID.test(challengeId) || !UUID.test(documentId)) return notFoundPage(c);
  return sendOn(c, await c.get('api')(routes.callDocumentDownload, { params: { challengeId, documentId } }));
});
