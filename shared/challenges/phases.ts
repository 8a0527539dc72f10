import { PhaseClosedV1 } from '#events/challenges/phase-closed.v1.ts';
import { newEvent } from '#events/envelope.ts';
import { proposalKeys } from '#shared/db/keys.ts';
import { countItems } from '#shared/db/store.ts';
import { clock } from '#shared/platform/clock.ts';
import { phaseCloseScheduleName, scheduler } from '#shared/platform/scheduler.ts';
import type { Challenge } from './model.ts';
import { getChallenge, updateChallenge } from './repository.ts';

/** When a challenge is published, each phase gets a one-time schedule at its deadline. */
export async function scheduleDeadlines(
  challengeId: string,
  phases: readonly { number: number; submissionDeadline: string }[],
) {
  for (const phase of phases) {
    await scheduler().scheduleOnce({
      name: phaseCloseScheduleName(challengeId, phase.number),
      at: phase.submissionDeadline,
      target: 'phaseCloser',
      payload: { challengeId, phase: phase.number },
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
): Promise<Challenge | undefined> {
  const challenge = await getChallenge(challengeId);
  const phase = challenge?.phases.find((p) => p.number === phaseNumber);
  if (!challenge || !phase || challenge.status !== 'published' || phase.status === 'closed') return undefined;
  const now = clock.nowIso();
  if (now < phase.submissionDeadline)
    throw new Error(`phase ${phaseNumber} of ${challengeId} closes at ${phase.submissionDeadline}, not yet`);
  const next: Challenge = {
    ...challenge,
    version: challenge.version + 1,
    updatedAt: now,
    phases: challenge.phases.map((p) => (p.number === phaseNumber ? { ...p, status: 'closed' } : p)),
  };
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
  await updateChallenge(next, challenge.version, [event]);
  return next;
}
