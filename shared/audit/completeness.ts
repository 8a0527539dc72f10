import { auditKeys, ENTITY } from '#shared/db/keys.ts';
import { getItems, queryAll, scanEntity } from '#shared/db/store.ts';
import { clock } from '#shared/platform/clock.ts';

/** An event the outbox wrote whose chain does not hold it. */
export interface MissingEvent {
  eventId: string;
  detailType: string;
  chain: string;
  occurredAt: string;
}

export interface Completeness {
  /** Outbox events looked at: those within the outbox's retention (7 days). */
  checked: number;
  /** Older than the grace period and still not in their chain: lost on their way. */
  missing: MissingEvent[];
  /** Not in their chain yet, but young: on their way (the trail's lag). */
  pending: number;
  /** How long the oldest of those has waited, in seconds. */
  oldestPendingSeconds?: number;
}

/** How long an event may take from the outbox to its chain before it counts as missing. */
export const AUDIT_GRACE_SECONDS = 60;

/**
 * Whether the audit trail is complete, not only unbroken: every event the outbox wrote (each
 * within the outbox's retention) must have been appended to its chain — the chain records each
 * event it holds (`auditKeys.recorded`). A chain whose hashes all check out can still miss an
 * entry that never arrived; this names each one.
 */
export async function verifyCompleteness(graceSeconds = AUDIT_GRACE_SECONDS): Promise<Completeness> {
  const outbox = await scanEntity<OutboxItem>(ENTITY.outbox);
  return completenessOf(outbox.map(written), graceSeconds);
}

/**
 * The same check for one chain (an officer's "verify" of a call's trail): its outbox events are
 * one Query of the index that files them by chain. `until` leaves out what happened after it —
 * what the trail holds back while a phase takes bids is not counted either.
 */
export async function chainCompleteness(
  chain: string,
  options: { until?: string; graceSeconds?: number } = {},
): Promise<Completeness> {
  const outbox = await queryAll<OutboxItem>({
    index: 'gsi1',
    partition: auditKeys.outboxOfChain(chain, '', '').gsi1pk,
    ...(options.until
      ? {
          between: [
            auditKeys.outboxOfChainPrefix,
            `${auditKeys.outboxOfChainPrefix}${options.until}\uffff`,
          ] as const,
        }
      : { prefix: auditKeys.outboxOfChainPrefix }),
  });
  return completenessOf(outbox.map(written), options.graceSeconds ?? AUDIT_GRACE_SECONDS);
}

interface OutboxItem {
  detail: string;
  detailType: string;
  auditChain: string;
  occurredAt: string;
}

const written = (o: OutboxItem): MissingEvent => ({
  eventId: (JSON.parse(o.detail) as { metadata: { eventId: string } }).metadata.eventId,
  detailType: o.detailType,
  chain: o.auditChain,
  occurredAt: o.occurredAt,
});

async function completenessOf(events: readonly MissingEvent[], graceSeconds: number): Promise<Completeness> {
  // A record's sort key names its event, and event ids are unique: the key is enough to match.
  const recorded = await getItems(
    events.map((e) => auditKeys.recorded(e.chain, e.eventId)),
    { consistent: true },
  );
  const held = new Set(recorded.map((r) => `${r.pk}|${r.sk}`));
  const absent = events.filter((e) => {
    const key = auditKeys.recorded(e.chain, e.eventId);
    return !held.has(`${key.pk}|${key.sk}`);
  });
  const now = clock.now().getTime();
  const age = (e: MissingEvent) => (now - Date.parse(e.occurredAt)) / 1000;
  const missing = absent
    .filter((e) => age(e) > graceSeconds)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const pending = absent.filter((e) => age(e) <= graceSeconds);
  return {
    checked: events.length,
    missing,
    pending: pending.length,
    ...(pending.length > 0 ? { oldestPendingSeconds: Math.round(Math.max(...pending.map(age))) } : {}),
  };
}
