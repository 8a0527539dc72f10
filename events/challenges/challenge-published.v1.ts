import { z } from 'zod';
import { centsSchema, instrumentSchema, oinSchema, themeSchema } from '#shared/challenges/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/**
 * A challenge went public. Carries the summary the listing and reports need, so consumers never
 * read the challenge back (event-carried state).
 */
export const ChallengePublishedV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'ChallengePublished',
  version: 1,
  description: 'A buyer published a challenge; its first phase opens for proposals.',
  data: z.strictObject({
    challengeId: z.uuid(),
    instrument: instrumentSchema,
    title: z.strictObject({ nl: z.string().max(200), en: z.string().max(200).optional() }),
    theme: themeSchema,
    cpvCodes: z.array(z.string().max(10)).max(10),
    leadBuyer: z.strictObject({ oin: oinSchema, name: z.string().max(200) }),
    funders: z
      .array(
        z.strictObject({
          oin: oinSchema,
          name: z.string().max(200),
          side: z.enum(['ezk', 'co-funder']),
          shareBasisPoints: z.int().min(0).max(10_000),
        }),
      )
      .min(1)
      .max(20),
    phases: z
      .array(
        z.strictObject({
          number: z.union([z.literal(1), z.literal(2), z.literal(3)]),
          budgetCents: centsSchema,
          maxPerContractCents: centsSchema,
          plannedContracts: z.int().min(1).max(1000),
          submissionDeadline: z.iso.datetime(),
          status: z.enum(['planned', 'open', 'closed']),
        }),
      )
      .min(1)
      .max(3),
    totalBudgetCents: centsSchema,
    /** Whose envelopes carry it, and each funder's exact share (the one split function). */
    programmeYear: z.int().min(2000).max(2100),
    fundingSplit: z
      .array(z.strictObject({ funderOin: oinSchema, amountCents: centsSchema }))
      .min(1)
      .max(20),
    publishedAt: z.iso.datetime(),
  }),
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
