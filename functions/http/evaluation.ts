import { verifyToken } from '#shared/auth/tokens.ts';
import { excludeProposal, reinstateProposal } from '#shared/evaluation/exclusions.ts';
import { evaluationRoutes } from '#shared/evaluation/routes.ts';
import { readSelection, recordSelection } from '#shared/evaluation/selection.ts';
import {
  declareConflicts,
  listPhaseProposals,
  myCommittees,
  myScores,
  nameCommittee,
  phaseEvaluation,
  phaseRanking,
  phaseStatistics,
  proposalFeedback,
  rankingVersion,
  scoreProposal,
} from '#shared/evaluation/use-cases.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { assertActiveMember } from '#shared/people/members.ts';
import { notFound } from '#shared/platform/errors.ts';
import { loadProposal } from '#shared/proposals/use-cases.ts';

// Only this function's route groups (and their schemas) are bundled with it.
const routes = { ...evaluationRoutes };

export const handler = httpHandler(
  [
    implement(routes.nameCommittee, async ({ params, body, caller, correlationId }) => ({
      body: await nameCommittee(
        params.challengeId,
        params.phase,
        body.assessors,
        { caller, correlationId },
        body.reason,
      ),
    })),
    implement(routes.listPhaseProposals, async ({ params, caller }) => ({
      body: { items: await listPhaseProposals(params.challengeId, params.phase, caller) },
    })),
    implement(routes.declareConflicts, async ({ params, body, caller, correlationId }) => ({
      body: await declareConflicts(params.challengeId, params.phase, body.declarations, {
        caller,
        correlationId,
      }),
    })),
    implement(routes.scoreProposal, async ({ params, body, caller, correlationId }) => {
      const proposal = await loadProposal(params.proposalId);
      if (!proposal) throw notFound('Proposal', params.proposalId);
      return { body: await scoreProposal(proposal, body, { caller, correlationId }) };
    }),
    implement(routes.myScores, async ({ params, caller }) => {
      const proposal = await loadProposal(params.proposalId);
      if (!proposal) throw notFound('Proposal', params.proposalId);
      const mine = await myScores(proposal, caller);
      if (!mine) throw notFound('Scores', params.proposalId);
      return { body: mine };
    }),
    implement(routes.myCommittees, async ({ caller }) => ({ body: { items: await myCommittees(caller) } })),
    implement(routes.phaseEvaluation, async ({ params, caller }) => ({
      body: await phaseEvaluation(params.challengeId, params.phase, caller),
    })),
    implement(routes.proposalFeedback, async ({ params, caller }) => {
      const proposal = await loadProposal(params.proposalId);
      if (!proposal) throw notFound('Proposal', params.proposalId);
      return { body: await proposalFeedback(proposal, caller) };
    }),
    implement(routes.phaseStatistics, async ({ params }) => ({
      body: await phaseStatistics(params.challengeId, params.phase),
    })),
    implement(routes.phaseRanking, async ({ params, caller }) => ({
      body: await phaseRanking(params.challengeId, params.phase, caller),
    })),
    implement(routes.excludeProposal, async ({ params, body, caller, correlationId }) => ({
      body: await excludeProposal(params.challengeId, params.phase, body, { caller, correlationId }),
    })),
    implement(routes.reinstateProposal, async ({ params, caller, correlationId }) => {
      await reinstateProposal(params.challengeId, params.phase, params.proposalId, { caller, correlationId });
      return { body: { proposalId: params.proposalId, reinstated: true as const } };
    }),
    implement(routes.rankingVersion, async ({ params, caller }) => ({
      body: await rankingVersion(params.challengeId, params.phase, params.version, caller),
    })),
    implement(routes.recordSelection, async ({ params, body, caller, correlationId }) => ({
      body: await recordSelection(params.challengeId, params.phase, body, { caller, correlationId }),
    })),
    implement(routes.getSelection, async ({ params, caller, correlationId }) => ({
      body: await readSelection(params.challengeId, params.phase, { caller, correlationId }),
    })),
  ],
  { verifyToken, activeMember: assertActiveMember },
);
