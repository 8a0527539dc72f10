import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';

import { defineEvent, SOURCES } from '../envelope.ts';

const phase = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/**
 * The reasoned award decision went to every bidder of the phase (each reads its own letter): the
 * awards are provisional until the standstill ends without an open objection.
 */
export const AwardDecisionIssuedV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'AwardDecisionIssued',
  version: 1,
  description:
    'An award decision was sent to every bidder of the phase; its awards are provisional until the standstill ends.',
  data: z.strictObject({
    decisionId: z.uuid(),
    challengeId: z.uuid(),
    phase,
    decidedAt: z.iso.datetime(),
    standstillDays: z.int().check(z.gte(1), z.lte(60)),
    /** The end of the standstill (24:00 Amsterdam of its last day), as a UTC instant. */
    standstillEndsAt: z.iso.datetime(),
    /** Empty in a reasoned decision to award nothing (`noAward`). */
    awardIds: z.array(z.uuid()).check(z.maxLength(10)),
    noAward: z.optional(z.strictObject({ ground: z.string().check(z.maxLength(40)) })),
    /** Who received a letter, and with what outcome. */
    recipients: z
      .array(
        z.strictObject({
          proposalId: z.uuid(),
          companyKvk: companyIdSchema,
          outcome: z.enum(['awarded', 'not-awarded']),
        }),
      )
      .check(z.minLength(1), z.maxLength(1_000)),
  }),
  example: {
    decisionId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    decidedAt: '2018-12-20T10:00:00.000Z',
    standstillDays: 20,
    standstillEndsAt: '2019-01-09T23:00:00.000Z',
    awardIds: ['3f0a6c1e-2b7d-4e9a-8c5f-1d2e3f4a5b6c'],
    recipients: [
      { proposalId: '0b6f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09', companyKvk: '12345678', outcome: 'awarded' },
      { proposalId: '1c7a8d3f-4e2b-4d7c-8a3f-6b5e4d3c2b1a', companyKvk: '87654321', outcome: 'not-awarded' },
    ],
  },
});

/** The standstill ended without an open objection: the award became definitive, the contract is concluded. */
export const AwardConcludedV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'AwardConcluded',
  version: 1,
  description:
    'The standstill ended without an open objection: the award is definitive and the contract concluded.',
  data: z.strictObject({
    awardId: z.uuid(),
    decisionId: z.uuid(),
    challengeId: z.uuid(),
    phase,
    companyKvk: companyIdSchema,
    concludedAt: z.iso.datetime(),
  }),
  example: {
    awardId: '3f0a6c1e-2b7d-4e9a-8c5f-1d2e3f4a5b6c',
    decisionId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    companyKvk: '12345678',
    concludedAt: '2019-01-09T23:00:05.000Z',
  },
});

/**
 * A decision's standstill ended with nothing standing in the way: it is definitive. Its awards
 * are concluded (each its own `AwardConcluded`); a decision to award nothing released what the
 * phase's budget still held.
 */
export const AwardDecisionConcludedV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'AwardDecisionConcluded',
  version: 1,
  description: 'An award decision became definitive at the end of its standstill.',
  data: z.strictObject({
    decisionId: z.uuid(),
    challengeId: z.uuid(),
    phase,
    awardIds: z.array(z.uuid()).check(z.maxLength(10)),
    /** A decision to award nothing: what went back to the funders from the phase's budget. */
    releasedCents: z.optional(z.int().check(z.gte(0))),
    concludedAt: z.iso.datetime(),
  }),
  example: {
    decisionId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    awardIds: ['3f0a6c1e-2b7d-4e9a-8c5f-1d2e3f4a5b6c'],
    concludedAt: '2019-01-09T23:00:05.000Z',
  },
});

/** A bidder objected to the award decision during its standstill: its awards stay provisional. */
export const ObjectionLodgedV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'ObjectionLodged',
  version: 1,
  description: 'A bidder objected to an award decision during its standstill; the awards stay provisional.',
  data: z.strictObject({
    objectionId: z.uuid(),
    decisionId: z.uuid(),
    challengeId: z.uuid(),
    phase,
    proposalId: z.uuid(),
    companyKvk: companyIdSchema,
    lodgedAt: z.iso.datetime(),
  }),
  example: {
    objectionId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
    decisionId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    proposalId: '1c7a8d3f-4e2b-4d7c-8a3f-6b5e4d3c2b1a',
    companyKvk: '87654321',
    lodgedAt: '2018-12-28T09:00:00.000Z',
  },
});

/** The buyer answered an objection: upheld (the decision must be withdrawn or changed) or rejected. */
export const ObjectionAnsweredV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'ObjectionAnswered',
  version: 1,
  description: 'The buyer answered an objection: upheld or rejected, with reasons.',
  data: z.strictObject({
    objectionId: z.uuid(),
    decisionId: z.uuid(),
    challengeId: z.uuid(),
    phase,
    outcome: z.enum(['upheld', 'rejected']),
    answeredAt: z.iso.datetime(),
    /** When the decision's standstill ends (or ended): it may become definitive from then. */
    standstillEndsAt: z.iso.datetime(),
  }),
  example: {
    objectionId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
    decisionId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    outcome: 'rejected',
    answeredAt: '2019-01-04T14:00:00.000Z',
    standstillEndsAt: '2019-01-09T23:00:00.000Z',
  },
});

/** The buyer withdrew a provisional award decision: its money went back through the ledger. */
export const AwardDecisionWithdrawnV1 = defineEvent({
  source: SOURCES.awards,
  detailType: 'AwardDecisionWithdrawn',
  version: 1,
  description:
    'A provisional award decision was withdrawn; what it awarded went back to the phase budget and the funders.',
  data: z.strictObject({
    decisionId: z.uuid(),
    challengeId: z.uuid(),
    phase,
    reason: z.string().check(z.maxLength(4_000)),
    withdrawnAt: z.iso.datetime(),
    awards: z
      .array(
        z.strictObject({
          awardId: z.uuid(),
          companyKvk: companyIdSchema,
          returned: z
            .array(z.strictObject({ funderOin: z.string(), amountCents: z.int().check(z.gte(0)) }))
            .check(z.maxLength(20)),
        }),
      )
      .check(z.minLength(1), z.maxLength(10)),
  }),
  example: {
    decisionId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    reason: 'Het bezwaar is gegrond: de prijs is verkeerd gescoord.',
    withdrawnAt: '2019-01-05T10:00:00.000Z',
    awards: [
      {
        awardId: '3f0a6c1e-2b7d-4e9a-8c5f-1d2e3f4a5b6c',
        companyKvk: '12345678',
        returned: [
          { funderOin: '00000099000000001000', amountCents: 2_475_000 },
          { funderOin: '00000099000000002000', amountCents: 2_475_000 },
        ],
      },
    ],
  },
});
