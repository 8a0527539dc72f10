import { contractRoutes as routes } from '#shared/contracts/routes.ts';
import { recordSettlement, settlementStatement } from '#shared/contracts/settlements.ts';
import {
  listContracts,
  readContract,
  recordPayment,
  reviewDeliverable,
  setSchedule,
  submitDeliverable,
} from '#shared/contracts/use-cases.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { assertActiveMember } from '#shared/people/members.ts';

/**
 * After the award: contracts, their milestones and payments, the co-funders' settlements. (The
 * e-invoices are invoicesApi's: their rule sets would make every contract route start slower.)
 */
export const handler = httpHandler(
  [
    implement(routes.getContract, async ({ params, caller }) => ({
      body: await readContract(params.awardId, caller),
    })),
    implement(routes.myContracts, async ({ caller }) => ({ body: await listContracts(caller) })),
    implement(routes.setSchedule, async ({ params, body, caller, correlationId }) => ({
      body: await setSchedule(params.awardId, body, { caller, correlationId }),
    })),
    implement(routes.submitDeliverable, async ({ params, body, caller, correlationId }) => ({
      body: await submitDeliverable(params.awardId, params.milestone, body, { caller, correlationId }),
    })),
    implement(routes.reviewDeliverable, async ({ params, body, caller, correlationId }) => ({
      body: await reviewDeliverable(params.awardId, params.milestone, body, { caller, correlationId }),
    })),
    implement(routes.recordPayment, async ({ params, body, caller, correlationId }) => ({
      body: await recordPayment(params.awardId, params.milestone, body, { caller, correlationId }),
    })),
    implement(routes.settlementStatement, async ({ params, caller }) => ({
      body: await settlementStatement(params.funderOin, params.period, caller),
    })),
    implement(routes.recordSettlement, async ({ params, body, caller, correlationId }) => ({
      body: await recordSettlement(params.funderOin, params.period, body, { caller, correlationId }),
    })),
  ],
  { activeMember: assertActiveMember },
);
