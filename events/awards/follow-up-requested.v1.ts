import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';

import { defineEvent, SOURCES } from '../envelope.ts';
import { roundSchema } from './follow-up-reported.v1.ts';

/** A follow-up round fell due: the company is asked what it did with its result. */
export const FollowUpRequestedV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'FollowUpRequested',
  version: 1,
  description:
    'A completed award’s follow-up round (+1, +2 or +3 years) fell due; the company is asked to report.',
  data: z.strictObject({
    awardId: z.uuid(),
    challengeId: z.uuid(),
    companyKvk: companyIdSchema,
    round: roundSchema,
    dueAt: z.iso.datetime(),
    requestedAt: z.iso.datetime(),
  }),
  example: {
    awardId: '3f0a6c1e-2b7d-4e9a-8c5f-1d2e3f4a5b6c',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    companyKvk: '12345678',
    round: 1,
    dueAt: '2020-07-08T10:00:00.000Z',
    requestedAt: '2020-07-08T10:00:01.000Z',
  },
});
