import type { Context, EventBridgeEvent } from 'aws-lambda';
import { rule } from '#events/rules.ts';
import { auditWrites, chainOf, sealChain } from '#shared/audit/trail.ts';
import { auditKeys } from '#shared/db/keys.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';

const record = eventConsumer(
  rule.auditTrail,
  async (event) =>
    auditWrites(event.definition, event.metadata, event.data as Record<string, unknown>).writes,
);

/**
 * Records every event in its subject's audit trail exactly once (pending entry + dedupe record
 * in one transaction), then seals what is pending into the hash chain — its own entry and any
 * others waiting, in batches, so a burst of changes to one challenge never forks the chain nor
 * piles up retries. An entry left pending is sealed by the next change of its chain.
 */
export const handler = async (event: EventBridgeEvent<string, unknown>, context: Context) => {
  const result = await record(event, context);
  const detail = event.detail as { metadata: Parameters<typeof chainOf>[1]; data: Record<string, unknown> };
  const chain = chainOf(detail.data, detail.metadata);
  const own = auditKeys.pending(chain, detail.metadata.occurredAt, detail.metadata.eventId).sk;
  await sealChain(chain, own);
  return result;
};
