import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import { centsSchema, oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/** Follow-up rounds: one, two and three years after a contract was completed. */
export const FOLLOW_UP_ROUNDS = [1, 2, 3] as const;
export const roundSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/**
 * What a company reports about what it did with its result (the agreement's monitoring of the
 * "feitelijke economische effect" long after the contract). Amounts in cents, excl. VAT.
 */
export const followUpOutcome = z.strictObject({
  /** Revenue from the result since the contract ended (cumulative). */
  followOnRevenueCents: centsSchema,
  /** Jobs created because of the result, in FTE to one decimal (2.5: two full-time and one half-time). */
  jobsCreated: z.number().check(
    z.gte(0),
    z.lte(100_000),
    z.refine((n) => Math.round(n * 10) === n * 10, { message: 'FTE to at most one decimal' }),
  ),
  /** Private or public investment attracted for the next steps. */
  followOnInvestmentCents: centsSchema,
  /** The product or service is on the market. */
  marketLaunch: z.boolean(),
  /** A public body bought the result as launching customer (phase 3). */
  launchingCustomer: z.boolean(),
  launchingCustomerOin: z.optional(oinSchema),
  remarks: z.optional(z.string().check(z.trim(), z.maxLength(2_000))),
});
export type FollowUpOutcome = z.infer<typeof followUpOutcome>;

/** A company reported what it did with its result in one follow-up round. */
export const FollowUpReportedV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'FollowUpReported',
  version: 1,
  description: 'A company reported follow-on revenue, jobs, investment, market launch and public purchase.',
  data: z.strictObject({
    awardId: z.uuid(),
    challengeId: z.uuid(),
    companyKvk: companyIdSchema,
    programmeYear: z.int(),
    round: roundSchema,
    outcome: followUpOutcome,
    reportedAt: z.iso.datetime(),
  }),
  example: {
    awardId: '3f0a6c1e-2b7d-4e9a-8c5f-1d2e3f4a5b6c',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    companyKvk: '12345678',
    programmeYear: 2018,
    round: 1,
    outcome: {
      followOnRevenueCents: 12_000_000,
      jobsCreated: 3,
      followOnInvestmentCents: 50_000_000,
      marketLaunch: true,
      launchingCustomer: false,
    },
    reportedAt: '2020-08-01T09:00:00.000Z',
  },
});
