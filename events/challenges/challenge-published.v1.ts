import { defineEvent, SOURCES } from '../envelope.ts';
import { challengeSummaryV1 } from './challenge-summary.v1.ts';

/**
 * A challenge went public. Carries the summary the listing and reports need, so consumers never
 * read the challenge back (event-carried state).
 */
export const ChallengePublishedV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'ChallengePublished',
  version: 1,
  description: 'A buyer published a challenge; its first phase opens for proposals.',
  data: challengeSummaryV1,
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    instrument: 'sbir',
    title: { nl: 'SBIR Energietransitie Vaarwegen', en: 'SBIR Energy transition of waterways' },
    theme: 'energietransitie-duurzaamheid',
    cpvCodes: ['73000000-2'],
    leadBuyer: { oin: '00000099000000002000', name: 'Provincie Zuid-Holland' },
    funders: [
      {
        oin: '00000099000000001000',
        name: 'Ministerie van Economische Zaken en Klimaat',
        side: 'ezk',
        shareBasisPoints: 5000,
      },
      {
        oin: '00000099000000002000',
        name: 'Provincie Zuid-Holland',
        side: 'co-funder',
        shareBasisPoints: 5000,
      },
    ],
    phases: [
      {
        number: 1,
        budgetCents: 40_000_000,
        maxPerContractCents: 5_000_000,
        plannedContracts: 8,
        submissionDeadline: '2018-12-05T16:00:00.000Z',
        status: 'open',
      },
    ],
    totalBudgetCents: 100_000_000,
    programmeYear: 2018,
    fundingSplit: [
      { funderOin: '00000099000000001000', amountCents: 50_000_000 },
      { funderOin: '00000099000000002000', amountCents: 50_000_000 },
    ],
    publishedAt: '2018-10-15T08:00:00.000Z',
  },
});
