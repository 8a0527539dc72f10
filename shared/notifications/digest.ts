import { notificationKeys } from '#shared/db/keys.ts';
import { queryAll } from '#shared/db/store.ts';
import { followUpRounds } from '#shared/follow-ups/use-cases.ts';
import { listEnvelopes } from '#shared/funding/envelopes.ts';
import { programmeYearOf } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { isoWeek, type RecurringPayload } from '#shared/platform/scheduler.ts';
import { readYear } from '#shared/reports/year-index.ts';
import { type DeliveryOutcome, deliver } from './delivery.ts';
import { compose, type Digest } from './messages.ts';
import { subscriberOf } from './subscribers.ts';

/** An envelope at or above this share of its cap (basis points) is in the digest. */
export const DIGEST_ENVELOPE_THRESHOLD_BP = 9_000;
/**
 * Follow-ups are asked up to three years after a contract ends, and a contract can end some
 * years after its programme year: the digest looks this many programme years back.
 */
export const DIGEST_YEARS_BACK = 8;

type Item<T extends keyof Digest> = Digest[T][number] & { orgs: string[] };

/** What every reader could be told this week, each item with the organisations it concerns. */
async function gather(now: string): Promise<{ overdue: Item<'overdue'>[]; envelopes: Item<'envelopes'>[] }> {
  const year = programmeYearOf(now);
  const years = Array.from({ length: DIGEST_YEARS_BACK + 1 }, (_, i) => year - DIGEST_YEARS_BACK + i);
  const [perYear, envelopes] = await Promise.all([
    Promise.all(
      years.map((y) =>
        readYear(y, [
          ['CHALLENGE', 'AWARD'],
          ['FOLLOWUP', 'FOLLOWUP'],
        ]),
      ),
    ),
    listEnvelopes(year),
  ]);
  const overdue: Item<'overdue'>[] = [];
  for (const data of perYear) {
    const challenges = new Map(data.challenges.map((c) => [c.id, c]));
    for (const award of data.awards)
      for (const round of followUpRounds(award, data.followUps, now)) {
        if (round.status !== 'overdue') continue;
        const challenge = challenges.get(award.challengeId);
        overdue.push({
          companyName: award.companyName,
          challengeTitle: challenge?.title ?? { nl: award.challengeId },
          phase: award.phase,
          round: round.round,
          daysOverdue: Math.floor((Date.parse(now) - Date.parse(round.dueAt)) / 86_400_000),
          orgs: challenge ? [challenge.leadBuyer.oin, ...challenge.funders.map((f) => f.oin)] : [],
        });
      }
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.companyName.localeCompare(b.companyName));
  const full = envelopes
    .filter((e) => e.capCents > 0)
    .map((e) => ({
      holderName: e.holderName,
      instrument: e.instrument,
      year: e.year,
      capCents: e.capCents,
      remainingCents: e.remainingCents,
      usedBasisPoints: Math.floor(((e.capCents - e.remainingCents) * 10_000) / e.capCents),
      orgs: [e.holderOin, ...e.members],
    }))
    .filter((e) => e.usedBasisPoints >= DIGEST_ENVELOPE_THRESHOLD_BP)
    .sort((a, b) => b.usedBasisPoints - a.usedBasisPoints);
  return { overdue, envelopes: full };
}

const strip = <T extends { orgs: string[] }>({ orgs: _orgs, ...rest }: T) => rest;

/**
 * Monday morning: each officer and the programme office get what needs chasing — follow-up
 * rounds overdue and envelopes above 90% use. The programme office sees the whole programme; an
 * officer what concerns their organisation (calls it leads or funds, envelopes it holds or draws
 * from). A reader with nothing to chase gets nothing. Once per reader per week: the week is the
 * delivery's key, however often the schedule fires.
 */
export async function sendWeeklyDigest({
  scheduledAt,
}: RecurringPayload): Promise<Partial<Record<DeliveryOutcome | 'nothing', number>>> {
  const week = isoWeek(scheduledAt);
  const everything = await gather(clock.nowIso());
  const readers = await queryAll<{ org: string; sub: string }>({
    partition: notificationKeys.digestReadersPartition,
  });
  const outcomes: Partial<Record<DeliveryOutcome | 'nothing', number>> = {};
  for (const { org, sub } of readers) {
    const subscriber = await subscriberOf(org, sub);
    if (!subscriber) continue;
    const concerns = (item: { orgs: string[] }) => subscriber.role === 'programme' || item.orgs.includes(org);
    const digest: Digest = {
      week,
      overdue: everything.overdue.filter(concerns).map(strip),
      envelopes: everything.envelopes.filter(concerns).map(strip),
    };
    const outcome =
      digest.overdue.length + digest.envelopes.length === 0
        ? 'nothing'
        : await deliver({ eventId: `digest-${week}` }, subscriber, 'weekly-digest', (l) =>
            compose.weeklyDigest(digest, l),
          );
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  return outcomes;
}
