import { createHash } from 'node:crypto';
import type { EventDefinition, EventMetadata } from '#events/envelope.ts';
import { auditKeys, ENTITY, withoutKeys } from '#shared/db/keys.ts';
import { getItem, queryAll, queryPage, type TxWrite, transact } from '#shared/db/store.ts';
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
  actor: { role: string; org?: string; sub?: string };
  at: string;
  correlationId: string;
  /** The ids the change touched (challenge, phase, proposal, award, decision, question, organisation). */
  ids: Record<string, string | number>;
  previousHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The chain an event belongs to: its challenge, else its programme year, else its organisation. */
export function chainOf(data: Record<string, unknown>, metadata: EventMetadata): string {
  if (typeof data.challengeId === 'string') return `challenge:${data.challengeId}`;
  if (typeof data.year === 'number') return `programme-year:${data.year}`;
  for (const key of ['oin', 'kvk', 'companyKvk'] as const)
    if (typeof data[key] === 'string') return `organisation:${data[key]}`;
  return metadata.actor?.org ? `organisation:${metadata.actor.org}` : 'system';
}

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

/** What an event records before it has its place in the chain. */
type PendingEntry = Omit<AuditEntry, 'seq' | 'previousHash' | 'hash'>;

/**
 * Step 1, in the consumer's transaction (with its dedupe record): the change is recorded as a
 * pending entry of its chain. Nothing races here, however many changes arrive at once.
 */
export function auditWrites(
  definition: EventDefinition,
  metadata: EventMetadata,
  data: Record<string, unknown>,
): { chain: string; writes: TxWrite[] } {
  const chain = chainOf(data, metadata);
  const pending: PendingEntry = {
    chain,
    eventId: metadata.eventId,
    action: definition.detailType,
    source: definition.source,
    actor: metadata.actor ?? { role: 'system' },
    at: metadata.occurredAt,
    correlationId: metadata.correlationId,
    ids: idsOf(data),
  };
  return {
    chain,
    writes: [
      {
        item: {
          Put: {
            Item: {
              ...auditKeys.pending(chain, metadata.occurredAt, metadata.eventId),
              entity: ENTITY.auditPending,
              ...pending,
            },
          },
        },
      },
    ],
  };
}

const SEAL_BATCH = 40; // 1 head + 2 items per entry stay within one transaction (100 items)

/**
 * Step 2: seal pending entries into the chain — numbered, each hashed with the one before — in
 * batches, in one conditional transaction per batch that moves the head. When several consumers
 * seal the same chain at once, one wins per batch and the others find their entries sealed:
 * contention costs a retry per batch, not per change. Returns how many entries it sealed.
 */
export async function sealChain(chain: string, own?: string, maxRounds = 3): Promise<number> {
  let sealed = 0;
  for (let round = 0; round < maxRounds; round++) {
    const [head, pending] = await Promise.all([
      getItem<{ seq: number; hash: string }>(auditKeys.head(chain), { consistent: true }),
      queryPage({
        partition: auditKeys.chainPartition(chain),
        prefix: auditKeys.pendingPrefix,
        consistent: true,
        limit: SEAL_BATCH,
      }).then((page) => page.items),
    ]);
    // Done when nothing waits — or, for a consumer, once its own entry is in the chain.
    if (pending.length === 0) return sealed;
    if (own && round > 0 && !pending.some((item) => item.sk === own)) return sealed;
    const previous = head;
    let seq = previous?.seq ?? 0;
    let previousHash = previous?.hash ?? GENESIS_HASH;
    const entries = pending.map((item) => {
      const { sk, ...rest } = item;
      const body: Omit<AuditEntry, 'hash'> = { ...withoutKeys<PendingEntry>(rest), seq: ++seq, previousHash };
      const entry: AuditEntry = { ...body, hash: hashOf(body) };
      previousHash = entry.hash;
      return { entry, pendingSk: sk as string };
    });
    const last = entries.at(-1)!.entry;
    try {
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
          onConditionFailed: () => new DomainError('conflict', HEAD_MOVED, `${chain} moved on meanwhile`),
        },
        ...entries.flatMap(({ entry, pendingSk }): TxWrite[] => [
          {
            item: {
              Put: {
                Item: { ...auditKeys.entry(chain, entry.seq), entity: ENTITY.auditEntry, ...entry },
                ConditionExpression: 'attribute_not_exists(pk)', // append-only
              },
            },
            onConditionFailed: () => new DomainError('conflict', HEAD_MOVED, `${chain} moved on meanwhile`),
          },
          {
            item: {
              Delete: {
                Key: { pk: auditKeys.chainPartition(chain), sk: pendingSk },
                ConditionExpression: 'attribute_exists(pk)',
              },
            },
            onConditionFailed: () => new DomainError('conflict', HEAD_MOVED, `${chain} was sealed meanwhile`),
          },
        ]),
      ]);
      sealed += entries.length;
    } catch (error) {
      if (!(error instanceof DomainError && error.type === HEAD_MOVED)) throw error;
      // Someone else sealed this batch: back off a little more each time, then look again.
      // (generously: losers hammering the table would slow everyone else's requests)
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 60 * (round + 1)));
    }
  }
  return sealed;
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
  // Pending entries (not sealed yet) are not part of the chain until they are.
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
