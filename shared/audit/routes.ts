import * as z from 'zod/mini';
import { defineRoute } from '#shared/http/route.ts';

const verification = z.object({
  chain: z.string(),
  entries: z.int(),
  valid: z.boolean(),
  brokenAt: z.optional(z.int()),
  reason: z.optional(z.string()),
});
const entry = z.object({
  chain: z.string(),
  seq: z.int(),
  eventId: z.string(),
  action: z.string(),
  source: z.string(),
  actor: z.object({
    role: z.string(),
    org: z.optional(z.string()),
    sub: z.optional(z.string()),
    /** A company's level of assurance (eHerkenning/eIDAS) when it acted. */
    assurance: z.optional(z.string()),
  }),
  at: z.string(),
  correlationId: z.string(),
  ids: z.record(z.string(), z.union([z.string(), z.number()])),
  previousHash: z.string(),
  hash: z.string(),
  /** Fields left out of this entry for the reader (its hash covers the whole entry). */
  redacted: z.optional(z.array(z.string())),
  /** Who that is, by name (outside the hashed entry): the official and the organisation. */
  names: z.optional(z.object({ person: z.optional(z.string()), organisation: z.optional(z.string()) })),
});

export const auditRoutes = {
  challengeAuditTrail: defineRoute({
    operationId: 'challengeAuditTrail',
    method: 'GET',
    path: '/challenges/{challengeId}/audit-trail',
    function: 'reportsApi',
    summary:
      'The challenge’s audit trail for officers of its buyer and funders: every change with actor, organisation, time and ids, hash-chained, and whether the chain verifies. While a phase takes bids, what happened since it opened is held back until its deadline; askers of questions are never shown.',
    tags: ['Audit'],
    access: ['officer'],
    tenancy: 'challenge-party',
    params: z.strictObject({ challengeId: z.uuid() }),
    response: z.object({
      verification,
      /**
       * Whether the trail is complete, not only unbroken: every event written for this call (within
       * the outbox's 7 days) is in it. Missing: older than a minute and not there; pending: on its way.
       */
      completeness: z.object({
        checked: z.int(),
        complete: z.boolean(),
        missing: z.array(z.object({ eventId: z.string(), action: z.string(), at: z.string() })),
        pending: z.int(),
        oldestPendingSeconds: z.optional(z.int()),
      }),
      entries: z.array(entry),
      /** While a phase takes bids, what happened since it opened is held back until this deadline. */
      heldBackUntil: z.optional(z.string()),
    }),
    successStatus: 200,
  }),
};
