import { ChallengeCancelledV1 } from '#events/challenges/challenge-cancelled.v1.ts';
import { ChallengePublishedV1 } from '#events/challenges/challenge-published.v1.ts';
import { listingItemFromPublished, listingStatusWrites, listingWrites } from '#shared/challenges/listing.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

/** Keeps the public listing in step with challenge events. */
export const handler = eventConsumer(
  'ChallengeListingProjection',
  [ChallengePublishedV1, ChallengeCancelledV1],
  async (event) => {
    if (event.definition === ChallengePublishedV1) {
      const data = ChallengePublishedV1.data.parse(event.data);
      return listingWrites(listingItemFromPublished(data, 'published'), event.metadata.occurredAt);
    }
    const data = ChallengeCancelledV1.data.parse(event.data);
    return listingStatusWrites(data.challengeId, 'cancelled', event.metadata.occurredAt);
  },
);
