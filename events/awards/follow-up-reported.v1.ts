import { z } from 'zod';
import { kvkSchema } from '#shared/challenges/vocabulary.ts';
import { followUpOutcome, roundSchema } from '#shared/follow-ups/schemas.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/** A company reported what it did with its result in one follow-up round. */
export const FollowUpReportedV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'FollowUpReported',
  version: 1,
  description: 'A company reported follow-on revenue, jobs, investment, market launch and public purchase.',
  data: z.strictObject({
    awardId: z.uuid(),
    challengeId: z.uuid(),
    companyKvk: kvkSchema,
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
