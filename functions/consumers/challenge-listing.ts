import { ChallengeCancelledV1 } from '#events/challenges/challenge-cancelled.v1.ts';
import { ChallengeCompletedV1 } from '#events/challenges/challenge-completed.v1.ts';
import { ChallengePublishedV1 } from '#events/challenges/challenge-published.v1.ts';
import { listingItemFromSummary, listingWrites } from '#shared/challenges/listing.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

/**
 * Keeps the public listing in step with challenge events. Every event carries the summary, and
 * the projection keeps the newest by event time, so delivery order does not matter.
 */
export const handler = eventConsumer(
  'ChallengeListingProjection',
  [ChallengePublishedV1, ChallengeCancelledV1, ChallengeCompletedV1],
  async (event) => {
    if (event.definition === ChallengePublishedV1) {
      const data = ChallengePublishedV1.data.parse(event.data);
      return listingWrites(listingItemFromSummary(data, 'published'), event.metadata.occurredAt);
    }
    if (event.definition === ChallengeCompletedV1) {
      const data = ChallengeCompletedV1.data.parse(event.data);
      return listingWrites(listingItemFromSummary(data.summary, 'completed'), event.metadata.occurredAt);
    }
    const { summary } = ChallengeCancelledV1.data.parse(event.data);
    // A cancelled draft was never public: nothing to show.
    return summary
      ? listingWrites(listingItemFromSummary(summary, 'cancelled'), event.metadata.occurredAt)
      : [];
  },
);
