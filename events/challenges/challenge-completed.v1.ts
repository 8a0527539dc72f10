import { z } from 'zod';
import { centsSchema, instrumentSchema, oinSchema } from '#shared/challenges/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';
import { challengeSummaryV1 } from './challenge-summary.v1.ts';

/** Every phase closed and every contract ended: the challenge is done; what was never awarded went back. */
export const ChallengeCompletedV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'ChallengeCompleted',
  version: 1,
  description: 'The buyer closed the books on a challenge; unawarded reservations returned to the envelopes.',
  data: z.strictObject({
    challengeId: z.uuid(),
    leadBuyerOin: oinSchema,
    programmeYear: z.int(),
    released: z
      .array(z.strictObject({ holderOin: oinSchema, instrument: instrumentSchema, amountCents: centsSchema }))
      .max(20),
    completedAt: z.iso.datetime(),
    summary: challengeSummaryV1,
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    leadBuyerOin: '00000099000000002000',
    programmeYear: 2018,
    released: [{ holderOin: '00000099000000001000', instrument: 'sbir', amountCents: 12_500_000 }],
    completedAt: '2020-12-01T09:00:00.000Z',
    summary: ChallengeCompletedExample(),
  },
});

function ChallengeCompletedExample(): z.input<typeof challengeSummaryV1> {
  return {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    instrument: 'sbir',
    title: { nl: 'SBIR Energietransitie Vaarwegen' },
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
        status: 'closed',
      },
    ],
    totalBudgetCents: 40_000_000,
    programmeYear: 2018,
    fundingSplit: [
      { funderOin: '00000099000000001000', amountCents: 20_000_000 },
      { funderOin: '00000099000000002000', amountCents: 20_000_000 },
    ],
    publishedAt: '2018-10-15T08:00:00.000Z',
  };
}
