import { challengeDecisions, decisionLetter, myDecisionLetters } from '#shared/awards/letters.ts';
import { awardRoutes } from '#shared/awards/routes.ts';
import {
  answerObjection,
  decisionSummary,
  lodgeObjection,
  reopenPhaseEvaluation,
  withdrawDecision,
} from '#shared/awards/standstill.ts';
import { challengeAwards, decideAwards, listInvitations, readAward } from '#shared/awards/use-cases.ts';
import { endContract } from '#shared/contracts/use-cases.ts';
import { followUpRoutes } from '#shared/follow-ups/routes.ts';
import { myFollowUps, reportFollowUp } from '#shared/follow-ups/use-cases.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { assertActiveMember } from '#shared/people/members.ts';

// Only this function's route groups (and their schemas) are bundled with it.
const routes = { ...awardRoutes, ...followUpRoutes };

export const handler = httpHandler(
  [
    implement(routes.reopenEvaluation, async ({ params, body, caller, correlationId }) => ({
      body: await reopenPhaseEvaluation(params.challengeId, params.phase, body.reason, {
        caller,
        correlationId,
      }),
    })),
    implement(routes.decideAwards, async ({ params, body, caller, correlationId }) => {
      const result = await decideAwards(
        params.challengeId,
        params.phase,
        body.decisionId,
        body.awards,
        { caller, correlationId },
        {
          reasons: body.reasons,
          passedOver: body.passedOver,
          noAward: body.noAward,
          lowPriceExplanations: body.lowPriceExplanations,
        },
      );
      // A resent decision changes nothing: 200 with the same awards instead of 201.
      return { body: result, status: result.replayed ? 200 : 201 };
    }),
    implement(routes.challengeAwards, async ({ params, caller }) => ({
      body: { items: await challengeAwards(params.challengeId, caller) },
    })),
    implement(routes.getAward, async ({ params, caller }) => ({
      body: await readAward(params.awardId, caller),
    })),
    implement(routes.completeAward, async ({ params, body, caller, correlationId }) => ({
      body: await endContract(params.awardId, { kind: 'completed', ...body }, { caller, correlationId }),
    })),
    implement(routes.terminateAward, async ({ params, body, caller, correlationId }) => ({
      body: await endContract(params.awardId, { kind: 'terminated', ...body }, { caller, correlationId }),
    })),
    implement(routes.challengeDecisions, async ({ params, caller }) => ({
      body: await challengeDecisions(params.challengeId, caller),
    })),
    implement(routes.decisionLetter, async ({ params, caller }) => ({
      body: await decisionLetter(params.proposalId, params.decisionId, caller),
    })),
    implement(routes.myDecisionLetters, async ({ caller }) => ({
      body: await myDecisionLetters(caller.org),
    })),
    implement(routes.lodgeObjection, async ({ params, body, caller, correlationId }) => ({
      body: await lodgeObjection(params.proposalId, body, { caller, correlationId }),
      status: 201,
    })),
    implement(routes.answerObjection, async ({ params, body, caller, correlationId }) => ({
      body: await answerObjection(params.challengeId, params.objectionId, body, { caller, correlationId }),
    })),
    implement(routes.withdrawDecision, async ({ params, body, caller, correlationId }) => ({
      body: decisionSummary(
        await withdrawDecision(params.challengeId, params.decisionId, body.reason, { caller, correlationId }),
      ),
    })),
    implement(routes.myInvitations, async ({ caller }) => ({ body: await listInvitations(caller.org) })),
    implement(routes.reportFollowUp, async ({ params, body, caller, correlationId }) => {
      const { round, ...outcome } = body;
      return { body: await reportFollowUp(params.awardId, round, outcome, { caller, correlationId }) };
    }),
    implement(routes.myFollowUps, async ({ caller }) => ({ body: await myFollowUps(caller.org) })),
  ],
  { activeMember: assertActiveMember },
);
