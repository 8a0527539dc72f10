import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import type { EventDefinition, EventMetadata } from '#events/envelope.ts';
import { tableName } from '#shared/db/client.ts';
import { ENTITY, keys, PROCESSED_TTL_SECONDS } from '#shared/db/keys.ts';
import { epochSeconds, type TxWrite, transact } from '#shared/db/store.ts';
import { clock } from '#shared/platform/clock.ts';
import { DomainError } from '#shared/platform/errors.ts';
import { logger } from '#shared/platform/logger.ts';

export interface ConsumedEvent<Data = unknown> {
  definition: EventDefinition;
  metadata: EventMetadata;
  data: Data;
}

const ALREADY_PROCESSED = 'already-processed';

/**
 * An EventBridge consumer that is applied exactly once in effect: the record that it processed
 * the event (keyed by our own `metadata.eventId`) is written in the same transaction as its
 * effect. A redelivery finds the record and changes nothing. Failures throw, so the platform
 * retries and finally dead-letters the event.
 */
export function eventConsumer(
  consumerName: string,
  accepts: readonly EventDefinition[],
  apply: (event: ConsumedEvent) => Promise<TxWrite[]>,
) {
  const handle = async (event: EventBridgeEvent<string, unknown>): Promise<{ applied: boolean }> => {
    const version = (event.detail as { metadata?: { version?: unknown } })?.metadata?.version;
    const definition = accepts.find((d) => d.detailType === event['detail-type'] && d.version === version);
    if (!definition)
      throw new Error(`${consumerName} does not accept ${event['detail-type']} v${String(version)}`);
    const detail = definition.detail.parse(event.detail);
    const { eventId } = detail.metadata;
    logger.appendKeys({ consumer: consumerName, eventId, correlationId: detail.metadata.correlationId });

    const effects = await apply({ definition, metadata: detail.metadata, data: detail.data });
    const processed: TxWrite = {
      item: {
        Put: {
          Item: {
            ...keys.processed(consumerName, eventId),
            entity: ENTITY.processed,
            detailType: definition.detailType,
            processedAt: clock.nowIso(),
            expiresAt: epochSeconds(clock.nowIso(), PROCESSED_TTL_SECONDS),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () =>
        new DomainError('conflict', ALREADY_PROCESSED, `event ${eventId} was already applied`),
    };
    try {
      // The dedupe record goes first, so when it fails that is the reason reported.
      await transact([processed, ...effects]);
      return { applied: true };
    } catch (error) {
      if (error instanceof DomainError && error.type === ALREADY_PROCESSED) {
        logger.info('duplicate delivery ignored');
        return { applied: false };
      }
      throw error;
    }
  };
  return middy(handle);
}
