import * as z from 'zod/mini';
import { SIGNIFICANT_CHANGES } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';
import { ChallengePublishedV1 } from './challenge-published.v1.ts';
import { challengeSummaryV1 } from './challenge-summary.v1.ts';

const phase = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/**
 * A published challenge was corrected (rectificatie): numbered and dated, with its reason;
 * deadlines only ever move later. Carries the summary, so the listing follows without reading back.
 */
export const ChallengeCorrectedV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'ChallengeCorrected',
  version: 1,
  description:
    'A buyer published a correction of a published challenge: deadlines extended and/or text clarified.',
  data: z.strictObject({
    challengeId: z.uuid(),
    number: z.int().check(z.gte(1)),
    reason: z.string().check(z.maxLength(2_000)),
    deadlines: z
      .array(z.strictObject({ phase, from: z.iso.datetime(), to: z.iso.datetime() }))
      .check(z.maxLength(3)),
    questionDeadline: z.optional(z.strictObject({ from: z.iso.datetime(), to: z.iso.datetime() })),
    textChanged: z.boolean(),
    /** Documents it added or replaced (additive, optional: v1 consumers ignore it). */
    documentsChanged: z.optional(z.boolean()),
    /** Phases whose award criteria it changed (additive, optional). */
    criteriaChanged: z.optional(z.array(phase).check(z.maxLength(3))),
    /** What made it significant: bidders got a new period to respond (additive, optional). */
    significant: z.optional(z.array(z.enum(SIGNIFICANT_CHANGES)).check(z.maxLength(4))),
    correctedAt: z.iso.datetime(),
    summary: challengeSummaryV1,
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    number: 1,
    reason: 'Op verzoek van inschrijvers: meer tijd voor het projectplan.',
    deadlines: [{ phase: 1, from: '2018-12-05T16:00:00.000Z', to: '2018-12-12T16:00:00.000Z' }],
    textChanged: false,
    correctedAt: '2018-11-20T09:00:00.000Z',
    summary: {
      ...ChallengePublishedV1.example,
      phases: [
        { ...ChallengePublishedV1.example.phases[0]!, submissionDeadline: '2018-12-12T16:00:00.000Z' },
      ],
    },
  },
});
