import { auditRoutes } from '#shared/audit/routes.ts';
import { challengeAuditTrail } from '#shared/audit/view.ts';
import { verifyToken } from '#shared/auth/tokens.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { reportRoutes } from '#shared/reports/routes.ts';
import { awards, coFunding, followUp, ocds, payments, pipeline } from '#shared/reports/use-cases.ts';

// Only this function's route groups (and their schemas) are bundled with it.
const routes = { ...auditRoutes, ...reportRoutes };

export const handler = httpHandler(
  [
    implement(routes.coFundingReport, async ({ query }) => ({ body: await coFunding(query.year) })),
    implement(routes.awardsReport, async ({ query }) => awards(query.year, query.format, query.variant)),
    implement(routes.paymentsReport, async ({ query }) => payments(query.year, query.format, query.variant)),
    implement(routes.pipelineReport, async ({ query }) => ({ body: await pipeline(query.year) })),
    implement(routes.ocdsReport, async ({ query }) => ({ body: await ocds(query.year) })),
    implement(routes.followUpReport, async ({ query }) => ({ body: await followUp(query.year) })),
    implement(routes.challengeAuditTrail, async ({ params, caller }) => ({
      body: await challengeAuditTrail(params.challengeId, caller),
    })),
  ],
  { verifyToken },
);
