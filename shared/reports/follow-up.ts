import { FOLLOW_UP_ROUNDS, type FollowUpView } from '#shared/follow-ups/schemas.ts';
import { followUpRounds } from '#shared/follow-ups/use-cases.ts';
import { paidPerAward } from './payments.ts';
import type { YearData } from './year-index.ts';

/**
 * Follow-up monitoring for the completed contracts of one programme year: per round how many
 * were reported, are due or overdue; what the companies achieved; and the list of overdue rounds
 * to chase. Outcomes are cumulative and belong to a company's result in a challenge, which its
 * phase-1 and phase-2 contracts both report on: per company and challenge the latest report
 * counts, once.
 */
export function followUpReport(
  year: number,
  data: Pick<YearData, 'challenges' | 'awards' | 'followUps'> & Partial<Pick<YearData, 'ledger'>>,
  now: string,
  graceDays: number,
) {
  const titleOf = new Map(data.challenges.map((c) => [c.id, c.title.nl]));
  const awardOf = new Map(data.awards.map((a) => [a.id, a]));
  const rounds: FollowUpView[] = data.awards.flatMap((award) => followUpRounds(award, data.followUps, now));
  const resultOf = (r: FollowUpView) => `${r.challengeId}#${r.companyKvk}`;
  const latest = new Map<string, FollowUpView>();
  for (const r of rounds.filter((r) => r.status === 'reported')) {
    const before = latest.get(resultOf(r));
    const later = (x: FollowUpView) => x.reportedAt ?? x.dueAt;
    if (!before || later(before) < later(r)) latest.set(resultOf(r), r);
  }
  const reported = [...latest.values()];
  const anyRound = (test: (r: FollowUpView) => boolean) =>
    new Set(rounds.filter((r) => r.status === 'reported' && test(r)).map(resultOf)).size;
  const paid = paidPerAward(data.ledger ?? []);
  const describe = (r: FollowUpView) => {
    const award = awardOf.get(r.awardId);
    return {
      ...r,
      challengeTitle: titleOf.get(r.challengeId) ?? '',
      companyName: award?.companyName ?? '',
      phase: award?.phase ?? 1,
      contract: {
        status: award?.status ?? 'completed',
        finalAmountCents: award?.finalAmountCents ?? null,
        paidCents: paid.get(r.awardId) ?? 0,
      },
    };
  };
  return {
    year,
    graceDays,
    asOf: now,
    completedAwards: new Set(rounds.map((r) => r.awardId)).size,
    rounds: FOLLOW_UP_ROUNDS.map((round) => {
      const of = rounds.filter((r) => r.round === round);
      const count = (status: FollowUpView['status']) => of.filter((r) => r.status === status).length;
      return {
        round,
        expected: of.length,
        reported: count('reported'),
        due: count('due'),
        overdue: count('overdue'),
        scheduled: count('scheduled'),
      };
    }),
    outcomes: {
      reportingAwards: reported.length,
      followOnRevenueCents: reported.reduce((s, r) => s + r.outcome!.followOnRevenueCents, 0),
      followOnInvestmentCents: reported.reduce((s, r) => s + r.outcome!.followOnInvestmentCents, 0),
      // Summed in tenths of an FTE, so 0.1 + 0.2 is 0.3 and not 0.30000000000000004.
      jobsCreated: reported.reduce((s, r) => s + Math.round(r.outcome!.jobsCreated * 10), 0) / 10,
      marketLaunches: anyRound((r) => r.outcome!.marketLaunch),
      launchingCustomerPurchases: anyRound((r) => r.outcome!.launchingCustomer),
    },
    overdue: rounds
      .filter((r) => r.status === 'overdue')
      .map((r) => ({
        ...describe(r),
        daysSinceDue: Math.floor((Date.parse(now) - Date.parse(r.dueAt)) / 86_400_000),
      }))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
    items: rounds
      .map(describe)
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.awardId.localeCompare(b.awardId)),
  };
}
