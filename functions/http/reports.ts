import { readChain, verifyEntries } from '#shared/audit/trail.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { notFound } from '#shared/platform/errors.ts';
import { awards, coFunding, followUp, ocds, pipeline } from '#shared/reports/use-cases.ts';
import { routes } from '#shared/routes.ts';

export const handler = httpHandler([
  implement(routes.coFundingReport, async ({ query }) => ({ body: await coFunding(query.year) })),
  implement(routes.awardsReport, async ({ query }) => awards(query.year, query.format, query.variant)),
  implement(routes.pipelineReport, async ({ query }) => ({ body: await pipeline(query.year) })),
  implement(routes.ocdsReport, async ({ query }) => ({ body: await ocds(query.year) })),
  implement(routes.followUpReport, async ({ query }) => ({ body: await followUp(query.year) })),
  implement(routes.challengeAuditTrail, async ({ params }) => {
    const chain = `challenge:${params.challengeId}`;
    const { entries, head } = await readChain(chain);
    if (entries.length === 0) throw notFound('Audit trail of challenge', params.challengeId);
    return { body: { verification: verifyEntries(chain, entries, head), entries } };
  }),
]);
