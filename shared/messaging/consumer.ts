import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import type { z } from 'zod/mini';
import type { EventDefinition, EventMetadata } from '#events/envelope.ts';
import type { RuleDefinition } from '#events/rules.ts';
import { ENTITY, keys, PROCESSED_TTL_SECONDS } from '#shared/db/keys.ts';
import { epochSeconds, type TxWrite, transact } from '#shared/db/store.ts';
import { clock } from '#shared/platform/clock.ts';
import { DomainError } from '#shared/platform/errors.ts';
import { logger, withLogKeys } from '#shared/platform/logger.ts';

export interface ConsumedEvent<Data = unknown> {
  definition: EventDefinition;
  metadata: EventMetadata;
  data: Data;
}

type Effects = Promise<TxWrite[]> | TxWrite[];

/** One handler per event the rule takes, keyed by detail type, each given that event's parsed data. */
export type EventHandlers<Events extends readonly EventDefinition[]> = {
  [D in Events[number] as D['detailType']]: (data: z.infer<D['data']>, metadata: EventMetadata) => Effects;
};

const ALREADY_PROCESSED = 'already-processed';

/**
 * The consumer of a rule: its name and the events it takes come from the rule (`events/rules.ts`).
 * The event is parsed once, against its own definition, and handed to the handler for its type
 * (or to one handler for every event). Applied exactly once in effect: the record that it
 * processed the event (keyed by our own `metadata.eventId`) is written in the same transaction as
 * its effect; a redelivery finds the record and changes nothing. Failures throw, so the platform
 * retries and finally dead-letters the event.
 */
export function eventConsumer<const Events extends readonly EventDefinition[]>(
  rule: RuleDefinition<Events>,
  handlers: NoInfer<EventHandlers<Events>> | ((event: ConsumedEvent) => Effects),
  options: {
    /**
     * The handlers keep their own exactly-once records (the notifier records each message before
     * it sends it): an event that leaves no effect to write then costs no transaction of its own.
     */
    onceByHandler?: boolean;
  } = {},
) {
  const handle = async (event: EventBridgeEvent<string, unknown>): Promise<{ applied: boolean }> => {
    const version = (event.detail as { metadata?: { version?: unknown } })?.metadata?.version;
    const definition = rule.events.find(
      (d) => d.detailType === event['detail-type'] && d.version === version,
    );
    if (!definition)
      throw new Error(`${rule.name} does not accept ${event['detail-type']} v${String(version)}`);
    const detail = definition.detail.parse(event.detail);
    const { eventId } = detail.metadata;
    return withLogKeys({ consumer: rule.name, eventId, correlationId: detail.metadata.correlationId }, () =>
      apply(definition, detail, eventId),
    );
  };
  const apply = async (
    definition: EventDefinition,
    detail: { metadata: EventMetadata; data: unknown },
    eventId: string,
  ): Promise<{ applied: boolean }> => {
    const effects = await (typeof handlers === 'function'
      ? handlers({ definition, metadata: detail.metadata, data: detail.data })
      : (handlers as Record<string, (data: unknown, metadata: EventMetadata) => Effects>)[
          definition.detailType
        ]!(detail.data, detail.metadata));
    if (options.onceByHandler && effects.length === 0) return { applied: true };
    const processed: TxWrite = {
      item: {
        Put: {
          Item: {
            ...keys.processed(rule.name, eventId),
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
