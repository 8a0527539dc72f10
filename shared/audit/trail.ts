import { createHash } from 'node:crypto';
import type { EventDefinition, EventMetadata } from '#events/envelope.ts';
import { auditKeys, ENTITY, PROCESSED_TTL_SECONDS, withoutKeys } from '#shared/db/keys.ts';
import { epochSeconds, getItems, queryAll, type TxWrite, transact } from '#shared/db/store.ts';
import { DomainError } from '#shared/platform/errors.ts';

/**
 * The audit trail. Every state change writes an event in its own transaction (the outbox), so
 * the audit consumer sees every change, with who made it (role, organisation, user), when, and
 * the ids it touched. It appends each to a hash chain per subject — a challenge, a programme
 * year, an organisation — where every entry carries the hash of the one before: editing,
 * removing or reordering any entry breaks every hash after it, which `verifyChain` detects.
 */
export interface AuditEntry {
  chain: string;
  seq: number;
  eventId: string;
  action: string;
  source: string;
  /** Who acted; a company's level of assurance (eHerkenning/eIDAS) with what binds it. */
  actor: { role: string; org?: string; sub?: string; assurance?: string };
  at: string;
  correlationId: string;
  /** The ids the change touched (challenge, phase, proposal, award, decision, question, organisation). */
  ids: Record<string, string | number>;
  previousHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

const ID_FIELD = /(?:Id|Oin|Kvk)$|^(?:oin|kvk|phase|round|year)$/;

/** The identifying fields of an event's data (top level): what the change was about. */
export function idsOf(data: Record<string, unknown>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([key, value]) => ID_FIELD.test(key) && (typeof value === 'string' || typeof value === 'number'),
    ),
  ) as Record<string, string | number>;
}

/** JSON with keys sorted at every level: the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const hashOf = (entry: Omit<AuditEntry, 'hash'>): string =>
  createHash('sha256').update(canonicalJson(entry)).digest('hex');

export const HEAD_MOVED = 'audit-head-moved';

/** An event as the audit trail takes it. */
export interface AuditedEvent {
  definition: Pick<EventDefinition, 'detailType' | 'source'>;
  metadata: EventMetadata;
  data: Record<string, unknown>;
}

/** 1 head + 2 items (entry, record of the event) per entry stay within one transaction (100 items). */
const APPEND_BATCH = 49;

/**
 * Appends events to one chain, in the order given. The audit queue delivers each chain's events
 * in order to one writer at a time (an SQS FIFO message group per chain in AWS, the same rule in
 * the local queue), so nothing races for the head: one consistent read of the head and of these
 * events' records, then one transaction per 49 entries. The head's condition stays as a guard —
 * a second writer would be a bug, and fails loudly instead of forking the chain. An event
 * delivered again (after a crash between commit and acknowledgement) finds its record and is
 * left out: each event is in the chain exactly once.
 */
export async function appendToChain(
  chain: string,
  events: readonly AuditedEvent[],
): Promise<{ appended: number; duplicates: number }> {
  const unique = [...new Map(events.map((e) => [e.metadata.eventId, e])).values()];
  const found = await getItems<{ sk: string; entity: string; seq?: number; hash?: string }>(
    [auditKeys.head(chain), ...unique.map((e) => auditKeys.recorded(chain, e.metadata.eventId))],
    { consistent: true },
  );
  const head = found.find((item) => item.entity === ENTITY.auditHead) as
    | { seq: number; hash: string }
    | undefined;
  const recorded = new Set(found.filter((i) => i.entity === ENTITY.auditRecorded).map((i) => i.sk));
  const fresh = unique.filter((e) => !recorded.has(auditKeys.recorded(chain, e.metadata.eventId).sk));

  let previous = head;
  for (let i = 0; i < fresh.length; i += APPEND_BATCH) {
    let seq = previous?.seq ?? 0;
    let previousHash = previous?.hash ?? GENESIS_HASH;
    const entries = fresh.slice(i, i + APPEND_BATCH).map(({ definition, metadata, data }) => {
      const body: Omit<AuditEntry, 'hash'> = {
        chain,
        seq: ++seq,
        eventId: metadata.eventId,
        action: definition.detailType,
        source: definition.source,
        actor: metadata.actor ?? { role: 'system' },
        at: metadata.occurredAt,
        correlationId: metadata.correlationId,
        ids: idsOf(data),
        previousHash,
      };
      const entry: AuditEntry = { ...body, hash: hashOf(body) };
      previousHash = entry.hash;
      return entry;
    });
    const last = entries.at(-1)!;
    const moved = () => new DomainError('conflict', HEAD_MOVED, `${chain} has another writer`);
    await transact([
      {
        item: {
          Put: {
            Item: {
              ...auditKeys.head(chain),
              ...auditKeys.headIndex(chain),
              entity: ENTITY.auditHead,
              chain,
              seq: last.seq,
              hash: last.hash,
            },
            ConditionExpression: previous ? 'seq = :seq' : 'attribute_not_exists(pk)',
            ...(previous ? { ExpressionAttributeValues: { ':seq': previous.seq } } : {}),
          },
        },
        onConditionFailed: moved,
      },
      ...entries.flatMap((entry): TxWrite[] => [
        {
          item: {
            Put: {
              Item: { ...auditKeys.entry(chain, entry.seq), entity: ENTITY.auditEntry, ...entry },
              ConditionExpression: 'attribute_not_exists(pk)', // append-only
            },
          },
          onConditionFailed: moved,
        },
        {
          item: {
            Put: {
              Item: {
                ...auditKeys.recorded(chain, entry.eventId),
                entity: ENTITY.auditRecorded,
                seq: entry.seq,
                expiresAt: epochSeconds(entry.at, PROCESSED_TTL_SECONDS),
              },
            },
          },
        },
      ]),
    ]);
    previous = { seq: last.seq, hash: last.hash };
  }
  return { appended: fresh.length, duplicates: events.length - fresh.length };
}

export interface ChainVerification {
  chain: string;
  entries: number;
  valid: boolean;
  /** The first entry that does not hold, and why. */
  brokenAt?: number;
  reason?: string;
}

/** Recomputes a chain from its entries: numbering, links and hashes, and the head's last hash. */
export function verifyEntries(
  chain: string,
  entries: readonly AuditEntry[],
  head?: { seq: number; hash: string },
): ChainVerification {
  let previousHash = GENESIS_HASH;
  for (const [i, entry] of entries.entries()) {
    const broken = (reason: string): ChainVerification => ({
      chain,
      entries: entries.length,
      valid: false,
      brokenAt: entry.seq ?? i + 1,
      reason,
    });
    if (entry.seq !== i + 1) return broken(`entry ${i + 1} is missing or out of order`);
    if (entry.chain !== chain) return broken('entry belongs to another chain');
    if (entry.previousHash !== previousHash) return broken('link to the previous entry does not match');
    const { hash, ...body } = entry;
    if (hashOf(body) !== hash) return broken('entry was changed after it was written');
    previousHash = hash;
  }
  if (head && (head.seq !== entries.length || head.hash !== previousHash)) {
    return {
      chain,
      entries: entries.length,
      valid: false,
      brokenAt: entries.length,
      reason: 'the chain was cut short: the head points past the last entry',
    };
  }
  return { chain, entries: entries.length, valid: true };
}

/** `challenge:<id>`, `programme-year:<year>`, `organisation:<oin or kvk>`, or `system`. */
export async function readChain(
  chain: string,
): Promise<{ entries: AuditEntry[]; head?: { seq: number; hash: string } }> {
  const items = await queryAll({ partition: auditKeys.chainPartition(chain), consistent: true });
  const head = items.find((i) => i.entity === ENTITY.auditHead) as { seq: number; hash: string } | undefined;
  const entries = items.filter((i) => i.entity === ENTITY.auditEntry).map((i) => withoutKeys<AuditEntry>(i));
  return { entries, ...(head ? { head: { seq: head.seq, hash: head.hash } } : {}) };
}

export async function verifyChain(chain: string): Promise<ChainVerification> {
  const { entries, head } = await readChain(chain);
  return verifyEntries(chain, entries, head);
}

/** Every chain there is (from the heads' index), verified one by one. */
export async function verifyAllChains(): Promise<ChainVerification[]> {
  const heads = await queryAll<{ chain: string }>({
    partition: auditKeys.chainsIndexPartition,
    index: 'gsi1',
  });
  const results: ChainVerification[] = [];
  for (const { chain } of heads) results.push(await verifyChain(chain));
  return results;
}
