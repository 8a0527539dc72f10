import type { Caller } from '#shared/auth/caller.ts';
import { type Challenge, phaseState, wasPublished } from '#shared/challenges/model.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { orgKeys, peopleKeys } from '#shared/db/keys.ts';
import { getItems } from '#shared/db/store.ts';
import { clock } from '#shared/platform/clock.ts';
import { notFound } from '#shared/platform/errors.ts';
import { chainCompleteness } from './completeness.ts';
import { type AuditEntry, readChain, verifyEntries } from './trail.ts';

/*
 * Reading a challenge's audit trail: who may, and what they may see. The chain itself keeps
 * everything (and is verified whole); the view holds back what would break the seal of an open
 * phase, and never shows who asked a question.
 */

/** Whose trail it is: the lead buyer's and every funder's. */
const partiesOf = (challenge: Challenge) =>
  new Set([challenge.leadBuyer.oin, ...challenge.funders.map((f) => f.oin)]);

/**
 * While a phase takes bids, the trail shows what happened up to its opening and holds back the
 * rest until it closes — whether or not anyone bid, so neither who bid nor how many (nor whether
 * anyone did) can be read from it, not even from the entries' numbers.
 */
function heldBack(
  challenge: Challenge,
  now: string,
): { phase: number; openedAt: string; until: string } | undefined {
  const open = challenge.phases.find((p) => phaseState(challenge, p.number, now) === 'open');
  if (!open || !wasPublished(challenge)) return undefined;
  const previous = challenge.phases.find((p) => p.number === open.number - 1);
  return {
    phase: open.number,
    openedAt: previous ? previous.submissionDeadline : challenge.publishedAt,
    until: open.submissionDeadline,
  };
}

/** The entries before the open phase's opening (its publication for phase 1): a prefix of the chain. */
function before(entries: readonly AuditEntry[], hold: { phase: number; openedAt: string }): AuditEntry[] {
  if (hold.phase === 1) {
    const published = entries.findIndex((e) => e.action === 'ChallengePublished');
    return entries.slice(0, published + 1);
  }
  const first = entries.findIndex((e) => e.at >= hold.openedAt);
  return first < 0 ? [...entries] : entries.slice(0, first);
}

/** Who asked a question is never shown (answers promise anonymity); the entry says what was left out. */
export function visibleEntry(entry: AuditEntry): AuditEntry & { redacted?: string[] } {
  if (entry.actor.role === 'sme' && entry.action === 'QuestionAsked') {
    return { ...entry, actor: { role: entry.actor.role }, redacted: ['actor.org', 'actor.sub'] };
  }
  return entry;
}

/**
 * Names beside the ids: the organisation (a government body's register entry, a company's
 * profile) and, for officials, the person (their membership). Read in two batches; an actor
 * without a record (a system, a person from before invitations) keeps just the ids.
 */
async function withNames<E extends AuditEntry & { redacted?: string[] }>(entries: E[]) {
  const orgs = [...new Set(entries.map((e) => e.actor.org).filter((o): o is string => Boolean(o)))];
  const people = [
    ...new Map(
      entries
        .filter((e) => e.actor.org && e.actor.sub && e.actor.role !== 'sme')
        .map((e) => [`${e.actor.org}#${e.actor.sub}`, peopleKeys.member(e.actor.org!, e.actor.sub!)]),
    ).values(),
  ];
  const found = await getItems<{ pk: string; sk: string; name?: string }>([
    ...orgs.map((o) => orgKeys.organisation(o)),
    ...people,
  ]);
  const names = new Map(found.filter((i) => i.name).map((i) => [`${i.pk}|${i.sk}`, i.name!]));
  const nameOf = (key: { pk: string; sk: string }) => names.get(`${key.pk}|${key.sk}`);
  return entries.map((e) => {
    const organisation = e.actor.org ? nameOf(orgKeys.organisation(e.actor.org)) : undefined;
    const person =
      e.actor.org && e.actor.sub && e.actor.role !== 'sme'
        ? nameOf(peopleKeys.member(e.actor.org, e.actor.sub))
        : undefined;
    return organisation || person
      ? { ...e, names: { ...(person ? { person } : {}), ...(organisation ? { organisation } : {}) } }
      : e;
  });
}

/** The trail of a challenge for an officer of its lead buyer or one of its funders; others are told it does not exist. */
export async function challengeAuditTrail(challengeId: string, caller: Caller) {
  const challenge = await getChallenge(challengeId);
  if (!challenge || caller.role !== 'officer' || !partiesOf(challenge).has(caller.org))
    throw notFound('Audit trail of challenge', challengeId);
  const chain = `challenge:${challengeId}`;
  const { entries, head } = await readChain(chain);
  if (entries.length === 0) throw notFound('Audit trail of challenge', challengeId);
  const hold = heldBack(challenge, clock.nowIso());
  const shown = await withNames((hold ? before(entries, hold) : entries).map(visibleEntry));
  // The whole chain is verified; the count is of what is shown.
  const { valid, brokenAt, reason } = verifyEntries(chain, entries, head);
  // Complete: every event written for this call is in it (what is held back is not counted).
  const completeness = await chainCompleteness(chain, hold ? { until: hold.openedAt } : {});
  return {
    verification: {
      chain,
      entries: shown.length,
      valid,
      ...(brokenAt !== undefined ? { brokenAt, reason } : {}),
    },
    completeness: {
      checked: completeness.checked,
      complete: completeness.missing.length === 0,
      missing: completeness.missing.map((m) => ({
        eventId: m.eventId,
        action: m.detailType,
        at: m.occurredAt,
      })),
      pending: completeness.pending,
      ...(completeness.oldestPendingSeconds !== undefined
        ? { oldestPendingSeconds: completeness.oldestPendingSeconds }
        : {}),
    },
    entries: shown,
    ...(hold ? { heldBackUntil: hold.until } : {}),
  };
}
