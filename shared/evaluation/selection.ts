import { newEvent } from '#events/envelope.ts';
import { CandidatesSelectedV1 } from '#events/evaluation/candidates-selected.v1.ts';
import type { Challenge } from '#shared/challenges/model.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { ENTITY, evaluationKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItem, transact } from '#shared/db/store.ts';
import type { Selection, SelectionInput } from '#shared/evaluation/schemas.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, DomainError, forbidden, notFound, unprocessable } from '#shared/platform/errors.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { phaseProposals } from '#shared/proposals/repository.ts';

/**
 * An innovation partnership selects, after the requests to participate (phase 1), the candidates
 * it invites to negotiate: each request judged suitable or not, and at least 3 invited when at
 * least 3 suitable ones applied (Directive 2014/24/EU art. 65(2)), every choice with its reasons.
 * The phase-1 award decision then goes to invited candidates only. SBIR has no selection stage.
 */
export const MIN_INVITED_CANDIDATES = 3;

function ownPartnershipPhase1(
  challenge: Challenge | undefined,
  challengeId: string,
  phase: number,
  caller: string,
) {
  if (!challenge || challenge.status === 'draft' || challenge.leadBuyer.oin !== caller)
    throw notFound('Challenge', challengeId);
  if (challenge.instrument !== 'innovation-partnership')
    throw conflict('no-selection-stage', 'Only an innovation partnership selects candidates to negotiate.');
  if (phase !== 1)
    throw conflict(
      'no-selection-stage',
      'Candidates are selected once, after the requests to participate (phase 1).',
    );
  return challenge;
}

export async function recordSelection(
  challengeId: string,
  phaseNumber: number,
  input: SelectionInput,
  ctx: RequestContext,
): Promise<Selection> {
  const challenge = ownPartnershipPhase1(
    await getChallenge(challengeId),
    challengeId,
    phaseNumber,
    ctx.caller.org,
  );
  const phase = challenge.phases[0]!;
  const now = clock.nowIso();
  if (now < phase.submissionDeadline) {
    throw forbidden('sealed', `Requests stay sealed until ${toAmsterdamIso(phase.submissionDeadline)}.`, {
      deadline: phase.submissionDeadline,
    });
  }
  if (challenge.status !== 'published')
    throw conflict('challenge-not-published', `Challenge ${challengeId} is ${challenge.status}.`);
  const requests = await phaseProposals(challengeId, 1);
  const byId = new Map(requests.map((p) => [p.id, p]));

  const errors: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  input.candidates.forEach((c, i) => {
    if (!byId.has(c.proposalId))
      errors.push({
        field: `body.candidates.${i}.proposalId`,
        message: 'not a request to participate in this call',
      });
    else if (seen.has(c.proposalId))
      errors.push({ field: `body.candidates.${i}.proposalId`, message: 'each candidate once' });
    seen.add(c.proposalId);
    if (c.invited && !c.suitable)
      errors.push({ field: `body.candidates.${i}.invited`, message: 'only a suitable candidate is invited' });
  });
  const missing = requests.filter((p) => !seen.has(p.id));
  if (missing.length > 0)
    errors.push({
      field: 'body.candidates',
      message: `judge every request to participate: ${missing.length} missing (${missing.map((p) => p.companyName).join(', ')})`,
    });
  const suitable = input.candidates.filter((c) => c.suitable).length;
  const invited = input.candidates.filter((c) => c.invited).length;
  // The number the call announced (at least 3), or all suitable ones when fewer applied; never more.
  const announced = Math.max(
    MIN_INVITED_CANDIDATES,
    challenge.innovationPartnership?.candidatesToInvite ?? 0,
  );
  const required = Math.min(announced, suitable);
  if (invited < required)
    errors.push({
      field: 'body.candidates',
      message: `${suitable} suitable candidate(s): invite at least ${required} to negotiate, as the call announced (Directive 2014/24/EU art. 65(2)); ${invited} invited`,
    });
  if (challenge.innovationPartnership?.candidatesToInvite !== undefined && invited > announced)
    errors.push({
      field: 'body.candidates',
      message: `the call announced ${announced} candidates to negotiate with: ${invited} invited is more than it announced`,
    });
  if (errors.length > 0)
    throw unprocessable('selection-rules', 'The selection breaks the rules of the innovation partnership.', {
      errors,
    });

  const selection: Selection = {
    challengeId,
    phase: 1,
    selectedAt: now,
    candidates: input.candidates.map((c) => {
      const request = byId.get(c.proposalId)!;
      return { ...c, companyKvk: request.companyKvk, companyName: request.companyName };
    }),
  };
  await transact([
    {
      item: {
        Put: {
          Item: {
            ...evaluationKeys.selection(challengeId, 1),
            entity: ENTITY.candidateSelection,
            ...selection,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () =>
        conflict(
          'selection-recorded',
          'The candidates of this call were selected already; the selection stands.',
        ),
    },
    {
      // After an award decision the evaluation is final, the selection with it.
      item: {
        ConditionCheck: {
          Key: evaluationKeys.frozen(challengeId, 1),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () =>
        conflict('evaluation-frozen', 'Phase 1 has an award decision: its evaluation is final.'),
    },
    outboxWrite(
      newEvent(
        CandidatesSelectedV1,
        {
          challengeId,
          phase: 1,
          selectedAt: now,
          candidates: selection.candidates.map(({ proposalId, companyKvk, suitable, invited }) => ({
            proposalId,
            companyKvk,
            suitable,
            invited,
          })),
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return selection;
}

export async function readSelection(challengeId: string, phaseNumber: number, ctx: RequestContext) {
  ownPartnershipPhase1(await getChallenge(challengeId), challengeId, phaseNumber, ctx.caller.org);
  const item = await getItem(evaluationKeys.selection(challengeId, 1));
  if (!item) throw notFound('Selection', `${challengeId}/1`);
  return withoutKeys<Selection>(item);
}

/**
 * A partnership's phase-1 award goes to invited candidates only, and only once they are selected.
 * (Any other award decision: nothing to check.)
 */
export async function assertAwardsToInvited(
  challenge: Challenge,
  phaseNumber: number,
  proposalIds: string[],
): Promise<ReadonlySet<string> | undefined> {
  if (challenge.instrument !== 'innovation-partnership' || phaseNumber !== 1) return undefined;
  const item = await getItem(evaluationKeys.selection(challenge.id, 1));
  if (!item) {
    throw new DomainError(
      'conflict',
      'selection-missing',
      'Select the candidates invited to negotiate first (at least 3 when at least 3 are suitable), with reasons.',
    );
  }
  const invited = new Set(
    withoutKeys<Selection>(item)
      .candidates.filter((c) => c.invited)
      .map((c) => c.proposalId),
  );
  const outside = proposalIds.filter((id) => !invited.has(id));
  if (outside.length > 0)
    throw unprocessable('not-invited', 'Only candidates invited to negotiate can be awarded.', {
      proposalIds: outside,
    });
  return invited;
}
