import * as z from 'zod/mini';
import { defineEvent, SOURCES } from '../envelope.ts';

/**
 * A phase's first award decision froze its ranking: from now on its committee, declarations and
 * scores are final. Ties that survived every criterion were settled by lot from the seed committed
 * to at publication (revealed here); the drawn order is recorded here (and so in the audit trail).
 */
export const PhaseRankingFrozenV1 = defineEvent({
  source: SOURCES.evaluation,
  detailType: 'PhaseRankingFrozen',
  version: 1,
  description: 'The first award decision of a phase froze its ranking; ties were settled by lot.',
  data: z.strictObject({
    challengeId: z.uuid(),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    decisionId: z.uuid(),
    rankedProposals: z.int().check(z.gte(0)),
    /** Each group of proposals equal on every criterion, in the order the lot gave them. */
    lots: z
      .array(
        z.strictObject({
          proposalIds: z.array(z.uuid()).check(z.minLength(2)),
          draws: z.array(z.string().check(z.regex(/^[0-9a-f]{64}$/))).check(z.minLength(2)),
        }),
      )
      .check(z.maxLength(500)),
    frozenAt: z.iso.datetime(),
    /** The ranking's number (1; higher after an upheld complaint reopened the evaluation). */
    version: z.optional(z.int().check(z.gte(1))),
    /** The lot's seed, revealed now, and its commitment published before (SHA-256 of the seed). */
    lotSeed: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
    lotCommitment: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
    /** Bids that left the ranking, and on which ground. */
    excluded: z.optional(
      z
        .array(z.strictObject({ proposalId: z.uuid(), ground: z.string().check(z.maxLength(40)) }))
        .check(z.maxLength(500)),
    ),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    decisionId: '00000000-0000-4000-8000-000000002018',
    rankedProposals: 5,
    lots: [],
    frozenAt: '2018-12-20T10:00:00.000Z',
  },
});
