import { chainOf } from '#events/chain.ts';
import type { EventRecord } from '#events/envelope.ts';
import { auditKeys, ENTITY, keys, OUTBOX_TTL_SECONDS } from '#shared/db/keys.ts';
import { epochSeconds, type TxWrite } from '#shared/db/store.ts';

/**
 * The outbox: an event is an item written in the same transaction as the state change it
 * reports. The table's stream carries it to the bus (EventBridge Pipes in AWS, the stream
 * relay locally), so a crash after the write can never lose the event.
 */
export function outboxWrite(event: EventRecord): TxWrite {
  const { metadata } = event.detail;
  const chain = chainOf((event.detail.data ?? {}) as Record<string, unknown>, metadata);
  return {
    item: {
      Put: {
        Item: {
          ...keys.outbox(metadata.eventId),
          ...auditKeys.outboxOfChain(chain, metadata.occurredAt, metadata.eventId),
          entity: ENTITY.outbox,
          source: event.source,
          detailType: event.detailType,
          detail: JSON.stringify(event.detail),
          occurredAt: metadata.occurredAt,
          // The audit queue's message group: one writer per chain (events/rules.ts, auditTrailQueue).
          auditChain: chain,
          expiresAt: epochSeconds(metadata.occurredAt, OUTBOX_TTL_SECONDS),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}

/**
 * The filter of the table's stream down to new outbox items: the Pipes' filter criteria in AWS
 * (to the bus and to the audit queue), the same pattern matched by the local relay's pipes.
 */
export const OUTBOX_STREAM_FILTER = {
  eventName: ['INSERT'],
  dynamodb: { NewImage: { entity: { S: [ENTITY.outbox] } } },
};

/** A PutEvents entry; the same shape the local bus accepts. */
export interface BusEntry {
  Source: string;
  DetailType: string;
  /** JSON text of `{ metadata, data }`. */
  Detail: string;
  Time?: Date;
}

/**
 * From a new outbox item (the stream's NewImage, unmarshalled) to a bus entry. Shared by the
 * Pipe's enrichment Lambda and the local stream relay. Other items give undefined.
 */
export function busEntryFromOutboxItem(item: Record<string, unknown> | undefined): BusEntry | undefined {
  if (!item || item.entity !== ENTITY.outbox) return undefined;
  const { source, detailType, detail, occurredAt } = item;
  if (typeof source !== 'string' || typeof detailType !== 'string' || typeof detail !== 'string')
    return undefined;
  return {
    Source: source,
    DetailType: detailType,
    Detail: detail,
    ...(typeof occurredAt === 'string' ? { Time: new Date(occurredAt) } : {}),
  };
}
