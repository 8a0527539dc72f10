import { ChallengePublishedV1 } from '#events/challenges/challenge-published.v1.ts';
import { listingItemFromPublished, listingWrites } from '#shared/challenges/listing.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

/** Keeps the public listing in step with challenge events. */
export const handler = eventConsumer('ChallengeListingProjection', [ChallengePublishedV1], async (event) => {
  const data = ChallengePublishedV1.data.parse(event.data);
  return listingWrites(listingItemFromPublished(data, 'published'), event.metadata.occurredAt);
});
