import { PhaseClosedV1 } from '#events/challenges/phase-closed.v1.ts';
import { newEvent } from '#events/envelope.ts';
import { ENTITY, keys, proposalKeys } from '#shared/db/keys.ts';
import { countItems, transact } from '#shared/db/store.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, DomainError } from '#shared/platform/errors.ts';
import { phaseCloseScheduleName, scheduler } from '#shared/platform/scheduler.ts';
import { getChallenge } from './repository.ts';

/** When a challenge is published, each phase gets a one-time schedule at its deadline. */
export async function scheduleDeadlines(
  challengeId: string,
  phases: readonly { number: number; submissionDeadline: string }[],
) {
  for (const phase of phases) {
    await scheduler().scheduleOnce({
      name: phaseCloseScheduleName(challengeId, phase.number, phase.submissionDeadline),
      at: phase.submissionDeadline,
      target: 'phaseCloser',
      payload: { challengeId, phase: phase.number, deadline: phase.submissionDeadline },
    });
  }
}

/** Live (not withdrawn) proposals of a phase: one Query on the phase's own index partition. */
export async function countLiveProposals(challengeId: string, phase: number): Promise<number> {
  return countItems({
    partition: proposalKeys.byPhase(challengeId, phase, '', '').gsi2pk,
    index: 'gsi2',
    filter: {
      expression: '#status = :submitted',
      names: { '#status': 'status' },
      values: { ':submitted': 'submitted' },
    },
  });
}

/**
 * Runs when a phase's deadline schedule fires. Idempotent: a phase closes once. Firing early is
 * an error, so the scheduler retries; the deadline itself is enforced on every request anyway.
 */
export async function closePhase(
  challengeId: string,
  phaseNumber: number,
  correlationId: string,
  /** The deadline the schedule was made for: one a correction has since extended is stale. */
  scheduledFor?: string,
): Promise<boolean> {
  const challenge = await getChallenge(challengeId);
  const phase = challenge?.phases.find((p) => p.number === phaseNumber);
  if (!challenge || !phase || challenge.status !== 'published') return false;
  if (scheduledFor !== undefined && scheduledFor !== phase.submissionDeadline) return false;
  const now = clock.nowIso();
  if (now < phase.submissionDeadline)
    throw new Error(`phase ${phaseNumber} of ${challengeId} closes at ${phase.submissionDeadline}, not yet`);
  const event = newEvent(
    PhaseClosedV1,
    {
      challengeId,
      phase: phaseNumber as 1 | 2 | 3,
      deadline: phase.submissionDeadline,
      closedAt: now,
      proposalCount: await countLiveProposals(challengeId, phaseNumber),
    },
    { correlationId, actor: { role: 'system' } },
  );
  // The phase's state follows from its deadline; this record only makes the closing happen once.
  try {
    await transact([
      {
        item: {
          Put: {
            Item: {
              ...keys.phaseClosed(challengeId, phaseNumber),
              entity: ENTITY.phaseClosed,
              closedAt: now,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => conflict('phase-closed-already', `Phase ${phaseNumber} was closed already.`),
      },
      outboxWrite(event),
    ]);
  } catch (error) {
    if (error instanceof DomainError && error.type === 'phase-closed-already') return false;
    throw error;
  }
  return true;
}
