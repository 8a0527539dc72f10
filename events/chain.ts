import type { EventMetadata } from '#events/envelope.ts';

/**
 * The chain an event belongs to: its challenge, else its programme year, else its organisation.
 * Decided when the event is written (the outbox item carries it), so the queue that feeds the
 * audit trail can keep each chain's events in one ordered group with a single writer.
 */
export function chainOf(data: Record<string, unknown>, metadata: EventMetadata): string {
  if (typeof data.challengeId === 'string') return `challenge:${data.challengeId}`;
  if (typeof data.year === 'number') return `programme-year:${data.year}`;
  for (const key of ['oin', 'kvk', 'companyKvk'] as const)
    if (typeof data[key] === 'string') return `organisation:${data[key]}`;
  return metadata.actor?.org ? `organisation:${metadata.actor.org}` : 'system';
}
