import { describe, expect, it } from 'vitest';
import type { Award } from '#shared/awards/schemas.ts';
import type { FollowUpRecord } from '#shared/follow-ups/use-cases.ts';
import { followUpReport } from '#shared/reports/follow-up.ts';

/*
 * Issue #15, point 8: outcomes belong to a company's result in a challenge. Its phase-1 and
 * phase-2 contracts both report on that result (cumulatively), so the report counts it once.
 */
const CHALLENGE = '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b';
const award = (id: string, phase: number, kvk: string, endedAt: string): Award =>
  ({
    id,
    challengeId: CHALLENGE,
    phase,
    companyKvk: kvk,
    companyName: `Bedrijf ${kvk}`,
    status: 'completed',
    endedAt,
  }) as Award;
const reported = (
  awardId: string,
  kvk: string,
  round: 1 | 2 | 3,
  reportedAt: string,
  revenue: number,
  marketLaunch = false,
): FollowUpRecord => ({
  awardId,
  challengeId: CHALLENGE,
  companyKvk: kvk,
  programmeYear: 2018,
  round,
  dueAt: reportedAt,
  reportedAt,
  outcome: {
    followOnRevenueCents: revenue,
    jobsCreated: revenue / 1_000_000,
    followOnInvestmentCents: 0,
    marketLaunch,
    launchingCustomer: false,
  },
});

describe('the follow-up report', () => {
  it('counts each company’s result in a challenge once: the latest report of its phase-1 and phase-2 contracts', () => {
    const awards = [
      award('a1', 1, '50000001', '2019-07-01T10:00:00.000Z'),
      award('a2', 2, '50000001', '2020-07-01T10:00:00.000Z'),
      award('b1', 1, '50000002', '2019-07-01T10:00:00.000Z'),
    ];
    const followUps = [
      reported('a1', '50000001', 1, '2020-07-10T10:00:00.000Z', 5_000_000, true),
      reported('a1', '50000001', 2, '2021-07-10T10:00:00.000Z', 9_000_000, true),
      // The phase-2 contract's first round reports the same result, later: this one counts.
      reported('a2', '50000001', 1, '2021-08-01T10:00:00.000Z', 12_000_000, true),
      reported('b1', '50000002', 1, '2020-07-05T10:00:00.000Z', 1_000_000),
    ];
    const report = followUpReport(
      2018,
      { challenges: [], awards, followUps },
      '2022-01-01T00:00:00.000Z',
      60,
    );
    expect(report.outcomes).toMatchObject({
      reportingAwards: 2,
      followOnRevenueCents: 12_000_000 + 1_000_000,
      jobsCreated: 12 + 1,
      marketLaunches: 1,
    });
  });
});
