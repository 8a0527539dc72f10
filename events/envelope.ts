import * as z from 'zod/mini';
import { ASSURANCE_LEVELS } from '#shared/auth/assurance.ts';
import { clock } from '#shared/platform/clock.ts';
import { newId } from '#shared/platform/ids.ts';

/**
 * Every event's `detail` is `{ metadata, data }`. Consumers deduplicate on `metadata.eventId`,
 * which is ours and survives re-publishing (EventBridge's own envelope id does not).
 */
export const eventActor = z.strictObject({
  role: z.string().check(z.maxLength(32)),
  org: z.optional(z.string().check(z.maxLength(32))),
  sub: z.optional(z.string().check(z.maxLength(128))),
  /** A company's level of assurance at the time (eHerkenning/eIDAS): the audit trail keeps it. */
  assurance: z.optional(z.enum(ASSURANCE_LEVELS)),
});

export const eventMetadata = z.strictObject({
  eventId: z.uuid(),
  version: z.int().check(z.gte(1)),
  occurredAt: z.iso.datetime({ offset: true }),
  /** The request that started the chain; kept on every event it causes. */
  correlationId: z.string().check(z.minLength(1), z.maxLength(128)),
  /** The event or request that directly caused this one. */
  causationId: z.optional(z.string().check(z.maxLength(128))),
  actor: z.optional(eventActor),
});
export type EventMetadata = z.infer<typeof eventMetadata>;

/** Event sources, one per domain. */
export const SOURCES = {
  challenges: 'innovatiemarkt.challenges',
  proposals: 'innovatiemarkt.proposals',
  evaluation: 'innovatiemarkt.evaluation',
  awards: 'innovatiemarkt.awards',
  contracts: 'innovatiemarkt.contracts',
  organisations: 'innovatiemarkt.organisations',
  funding: 'innovatiemarkt.funding',
} as const;
export type EventSource = (typeof SOURCES)[keyof typeof SOURCES];

export interface EventDefinition<
  Data extends z.ZodMiniType = z.ZodMiniType,
  DetailType extends string = string,
> {
  source: EventSource;
  detailType: DetailType;
  version: number;
  description: string;
  data: Data;
  /** The full `detail` schema: metadata with this version, and the data. */
  detail: z.ZodMiniType<{ metadata: EventMetadata; data: z.infer<Data> }>;
  /** An example `data`, used by the contract tests and the event catalogue. */
  example: z.input<Data>;
}

export function defineEvent<Data extends z.ZodMiniType, const DetailType extends string>(def: {
  source: EventSource;
  detailType: DetailType;
  version: number;
  description: string;
  data: Data;
  example: z.input<Data>;
}): EventDefinition<Data, DetailType> {
  const detail = z.strictObject({
    metadata: z.extend(eventMetadata, { version: z.literal(def.version) }),
    data: def.data,
  }) as unknown as EventDefinition<Data, DetailType>['detail'];
  return { ...def, detail };
}

/** An event ready for the outbox. */
export interface EventRecord<Data = unknown> {
  source: EventSource;
  detailType: string;
  detail: { metadata: EventMetadata; data: Data };
}

export interface EventContext {
  correlationId: string;
  causationId?: string;
  actor?: z.infer<typeof eventActor>;
}

/** Changes made by the system itself or by setup scripts (demo data), not by a signed-in user. */
export const SYSTEM_CONTEXT: EventContext = { correlationId: 'system', actor: { role: 'system' } };

export function newEvent<Data extends z.ZodMiniType>(
  def: EventDefinition<Data>,
  data: z.infer<Data>,
  context: EventContext,
): EventRecord<z.infer<Data>> {
  const metadata: EventMetadata = {
    eventId: newId(),
    version: def.version,
    occurredAt: clock.nowIso(),
    correlationId: context.correlationId,
    ...(context.causationId ? { causationId: context.causationId } : {}),
    ...(context.actor ? { actor: context.actor } : {}),
  };
  // Validate on the way out too: a producer can never emit an event its consumers would refuse.
  const detail = def.detail.parse({ metadata, data });
  return { source: def.source, detailType: def.detailType, detail };
}

/** The EventBridge pattern that matches exactly this event version. */
export function patternFor(def: EventDefinition): Record<string, unknown> {
  return {
    source: [def.source],
    'detail-type': [def.detailType],
    detail: { metadata: { version: [def.version] } },
  };
}
