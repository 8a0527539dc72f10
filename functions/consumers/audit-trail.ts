import type { Context, EventBridgeEvent } from 'aws-lambda';
import { eventCatalogue } from '#events/catalogue.ts';
import { auditWrites, HEAD_MOVED } from '#shared/audit/trail.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';
import { DomainError } from '#shared/platform/errors.ts';

const append = eventConsumer('AuditTrail', eventCatalogue, (event) =>
  auditWrites(event.definition, event.metadata, event.data as Record<string, unknown>),
);

/**
 * Appends every event to its subject's hash chain, exactly once (dedupe record in the same
 * transaction). Two changes to one challenge may race for the next number: the loser reads the
 * new head and tries again, so the chain never forks.
 */
export const handler = async (event: EventBridgeEvent<string, unknown>, context: Context) => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await append(event, context);
    } catch (error) {
      if (!(error instanceof DomainError && error.type === HEAD_MOVED) || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
};
