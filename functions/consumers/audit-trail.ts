import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { findEvent } from '#events/catalogue.ts';
import { chainOf } from '#events/chain.ts';
import { auditTrailQueue, valueAtPath } from '#events/rules.ts';
import { type AuditedEvent, appendToChain } from '#shared/audit/trail.ts';
import { busEntryFromOutboxItem } from '#shared/messaging/outbox.ts';
import { logger } from '#shared/platform/logger.ts';

/** A queue message (a DynamoDB stream record of a new outbox item) as the event it carries. */
function auditedEventOf(body: string): { chain: string; event: AuditedEvent } {
  const record = JSON.parse(body) as { dynamodb?: { NewImage?: Record<string, unknown> } };
  const item = record.dynamodb?.NewImage ? unmarshall(record.dynamodb.NewImage as never) : undefined;
  const entry = busEntryFromOutboxItem(item);
  if (!entry) throw new Error('audit message is not a new outbox item');
  const detail = JSON.parse(entry.Detail) as { metadata?: { version?: unknown } };
  const definition = findEvent(entry.DetailType, Number(detail.metadata?.version));
  if (!definition) throw new Error(`unknown event ${entry.DetailType} v${String(detail.metadata?.version)}`);
  const { metadata, data } = definition.detail.parse(detail);
  const event = { definition, metadata, data: data as Record<string, unknown> };
  // The group the message came in (its chain); older outbox items without one: decided here.
  const group = valueAtPath(record, auditTrailQueue.messageGroupPath);
  return { chain: typeof group === 'string' ? group : chainOf(event.data, metadata), event };
}

/**
 * Appends every event to its subject's hash-chained audit trail, exactly once. Fed by the ordered
 * audit queue (events/rules.ts, `auditTrailQueue`): a batch holds some chains' next events in
 * order, and no other invocation holds those chains meanwhile, so each chain is appended to by
 * one writer — no race for its head. Chains of one batch are written in parallel. Any failure
 * fails the batch: the queue delivers it again in the same order, and what was already appended
 * is recognised and left out.
 */
export const handler = async (event: SQSEvent) => {
  const byChain = new Map<string, AuditedEvent[]>();
  for (const record of event.Records) {
    const { chain, event: audited } = auditedEventOf(record.body);
    byChain.set(chain, [...(byChain.get(chain) ?? []), audited]);
  }
  const results = await Promise.all(
    [...byChain].map(async ([chain, events]) => ({ chain, ...(await appendToChain(chain, events)) })),
  );
  const duplicates = results.reduce((n, r) => n + r.duplicates, 0);
  if (duplicates > 0) logger.info('redelivered events left out', { duplicates });
  return { appended: results.reduce((n, r) => n + r.appended, 0), duplicates };
};
