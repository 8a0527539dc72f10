import { ChallengeCancelledV1 } from './challenges/challenge-cancelled.v1.ts';
import { ChallengeDraftedV1 } from './challenges/challenge-drafted.v1.ts';
import { ChallengePublishedV1 } from './challenges/challenge-published.v1.ts';
import { ChallengeUpdatedV1 } from './challenges/challenge-updated.v1.ts';
import type { EventDefinition } from './envelope.ts';

/** Every event version the marketplace emits. Contract tests and the docs walk this list. */
export const eventCatalogue: readonly EventDefinition[] = [
  ChallengeDraftedV1,
  ChallengeUpdatedV1,
  ChallengePublishedV1,
  ChallengeCancelledV1,
];

export function findEvent(detailType: string, version: number): EventDefinition | undefined {
  return eventCatalogue.find((e) => e.detailType === detailType && e.version === version);
}
