import type { EventMetadata } from '#events/envelope.ts';
import { rule } from '#events/rules.ts';
import { listingItemFromSummary, listingWrites } from '#shared/challenges/listing.ts';
import type { ListedStatus } from '#shared/challenges/model.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

type Summary = Parameters<typeof listingItemFromSummary>[0];
const show = (summary: Summary, status: ListedStatus, metadata: EventMetadata) =>
  listingWrites(listingItemFromSummary(summary, status), metadata.occurredAt);

/**
 * Keeps the public listing in step with challenge events. Every event carries the summary, and
 * the projection keeps the newest by event time, so delivery order does not matter.
 */
export const handler = eventConsumer(rule.challengeListing, {
  ChallengePublished: (data, metadata) => show(data, 'published', metadata),
  ChallengeCorrected: (data, metadata) => show(data.summary, 'published', metadata),
  ChallengeCompleted: (data, metadata) => show(data.summary, 'completed', metadata),
  // A cancelled draft was never public: nothing to show.
  ChallengeCancelled: (data, metadata) => (data.summary ? show(data.summary, 'cancelled', metadata) : []),
});
