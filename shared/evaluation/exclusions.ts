import { newEvent } from '#events/envelope.ts';
import { ProposalExcludedV1 } from '#events/evaluation/proposal-excluded.v1.ts';
import { ENTITY, evaluationKeys } from '#shared/db/keys.ts';
import { transact } from '#shared/db/store.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, notFound, unprocessable } from '#shared/platform/errors.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { phaseProposals } from '#shared/proposals/repository.ts';
import type { ExclusionGround } from './schemas.ts';
import {
  assertNotFrozen,
  assertUnsealed,
  type Exclusion,
  loadEvaluation,
  nextRevision,
  phaseOf,
  whileNotFrozen,
} from './use-cases.ts';

/*
 * Invalid and excluded bids. After the deadline, and before the decision freezes the ranking, the
 * lead buyer may declare a bid invalid or exclude it on a ground of the fixed list, with a
 * motivation the bidder reads in its letter; the bid leaves the ranking (and the price formula).
 * A mistaken exclusion may be taken back until the decision. Each moves the evaluation's revision
 * on, so a decision on a ranking read before it is refused.
 */

/** The lead buyer's phase, after its deadline and before its ranking is frozen. */
async function openPhase(challengeId: string, phaseNumber: number, ctx: RequestContext) {
  const { challenge, phase } = await phaseOf(challengeId, phaseNumber);
  if (ctx.caller.role !== 'buyer' || challenge.leadBuyer.oin !== ctx.caller.org)
    throw notFound('Phase', `${challengeId}/${phaseNumber}`);
  assertUnsealed(phase);
  const evaluation = await loadEvaluation(challengeId, phaseNumber);
  assertNotFrozen(evaluation, phaseNumber);
  if (!evaluation.committee)
    throw conflict('no-committee', `Phase ${phaseNumber} has no committee yet; name it first.`);
  return evaluation;
}

export async function excludeProposal(
  challengeId: string,
  phaseNumber: number,
  input: { proposalId: string; ground: ExclusionGround; motivation: string; explanationRequestedOn?: string },
  ctx: RequestContext,
): Promise<Exclusion> {
  await openPhase(challengeId, phaseNumber, ctx);
  const proposal = (await phaseProposals(challengeId, phaseNumber)).find((p) => p.id === input.proposalId);
  if (!proposal)
    throw unprocessable('unknown-proposal', 'This is not a live proposal of this phase.', {
      proposalIds: [input.proposalId],
    });
  const now = clock.nowIso();
  if (input.explanationRequestedOn && input.explanationRequestedOn > now.slice(0, 10))
    throw unprocessable('validation-failed', 'The explanation cannot have been asked after today.', {
      errors: [{ field: 'body.explanationRequestedOn', message: 'a day in the past or today' }],
    });
  const exclusion: Exclusion = {
    proposalId: proposal.id,
    companyKvk: proposal.companyKvk,
    companyName: proposal.companyName,
    ground: input.ground,
    motivation: input.motivation,
    ...(input.explanationRequestedOn ? { explanationRequestedOn: input.explanationRequestedOn } : {}),
    excludedAt: now,
  };
  await transact([
    whileNotFrozen(challengeId, phaseNumber),
    nextRevision(challengeId, phaseNumber),
    {
      item: {
        Put: {
          Item: {
            ...evaluationKeys.exclusion(challengeId, phaseNumber, proposal.id),
            entity: ENTITY.proposalExclusion,
            ...exclusion,
          },
        },
      },
    },
    outboxWrite(
      newEvent(
        ProposalExcludedV1,
        {
          challengeId,
          phase: phaseNumber as 1 | 2 | 3,
          proposalId: proposal.id,
          companyKvk: proposal.companyKvk,
          excluded: true,
          ground: input.ground,
          at: now,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return exclusion;
}

/** Takes a mistaken exclusion back, before the decision: the bid is ranked again. */
export async function reinstateProposal(
  challengeId: string,
  phaseNumber: number,
  proposalId: string,
  ctx: RequestContext,
): Promise<void> {
  const evaluation = await openPhase(challengeId, phaseNumber, ctx);
  const exclusion = evaluation.exclusions.get(proposalId);
  if (!exclusion) throw notFound('Exclusion', proposalId);
  await transact([
    whileNotFrozen(challengeId, phaseNumber),
    nextRevision(challengeId, phaseNumber),
    {
      item: {
        Delete: {
          Key: evaluationKeys.exclusion(challengeId, phaseNumber, proposalId),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      onConditionFailed: () => notFound('Exclusion', proposalId),
    },
    outboxWrite(
      newEvent(
        ProposalExcludedV1,
        {
          challengeId,
          phase: phaseNumber as 1 | 2 | 3,
          proposalId,
          companyKvk: exclusion.companyKvk,
          excluded: false,
          at: clock.nowIso(),
        },
        eventContext(ctx),
      ),
    ),
  ]);
}
