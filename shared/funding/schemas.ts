import * as z from 'zod/mini';
import { GOVERNMENT_KINDS } from '#shared/kernel/organisations.ts';
import { centsSchema, dutchAddressSchema, instrumentSchema, oinSchema } from '#shared/kernel/vocabulary.ts';

export const yearParam = z.pipe(
  z.pipe(z.string().check(z.regex(/^\d{4}$/, 'a year like 2018')), z.transform(Number)),
  z.int().check(z.gte(2000), z.lte(2100)),
);

export const envelopeParams = z.strictObject({ year: yearParam, funderOin: oinSchema });
export const yearParams = z.strictObject({ year: yearParam });

export const putEnvelopeBody = z.strictObject({
  caps: z
    .array(
      z.strictObject({
        instrument: instrumentSchema,
        capCents: centsSchema,
        maxPerChallengeCents: z.optional(centsSchema),
      }),
    )
    .check(
      z.minLength(1),
      z.maxLength(2),
      z.refine((caps) => new Set(caps.map((c) => c.instrument)).size === caps.length, 'each instrument once'),
    ),
  /** Bodies that draw from this envelope, e.g. the provinces for IPO's joint envelope. */
  members: z.optional(z.array(oinSchema).check(z.maxLength(20))),
});

const money = { capCents: z.int(), reservedCents: z.int(), awardedCents: z.int(), remainingCents: z.int() };

export const envelopeView = z.object({
  year: z.int(),
  holderOin: z.string(),
  holderName: z.string(),
  side: z.enum(['ezk', 'co-funder']),
  instrument: instrumentSchema,
  ...money,
  maxPerChallengeCents: z.optional(z.int()),
  members: z.array(z.string()),
  version: z.int(),
  updatedAt: z.string(),
});

export const envelopeList = z.object({
  year: z.int(),
  envelopes: z.array(envelopeView),
  /** Per instrument: EZK's side, the other ministries' and provinces' side, and the whole. */
  totals: z.record(
    z.string(),
    z.object({ ezk: z.object(money), coFunders: z.object(money), all: z.object(money) }),
  ),
});

export const organisationParams = z.strictObject({ oin: oinSchema });
export const putOrganisationBody = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(2), z.maxLength(200)),
  kind: z.enum(GOVERNMENT_KINDS),
  /** Where companies' e-invoices to it go (the site's drafted invoices take it from here). */
  invoiceAddress: z.optional(dutchAddressSchema),
});
export const organisationView = z.object({
  oin: z.string(),
  name: z.string(),
  kind: z.enum(GOVERNMENT_KINDS),
  invoiceAddress: z.optional(z.object({ street: z.string(), postcode: z.string(), city: z.string() })),
});

/** A co-funder's consent to its share of a draft. */
export const consentView = z.object({
  challengeId: z.uuid(),
  title: z.object({ nl: z.string(), en: z.optional(z.string()) }),
  leadBuyer: z.object({ oin: z.string(), name: z.string() }),
  funderOin: z.string(),
  funderName: z.string(),
  shareBasisPoints: z.int(),
  /** It pays its part of each payment to the company itself (no settlement with the lead buyer). */
  paysDirectly: z.optional(z.literal(true)),
  amountCents: z.int(),
  totalBudgetCents: z.int(),
  fundingVersion: z.int(),
  /** What the approval covers besides share and total (absent on requests from before they were recorded). */
  instrument: z.optional(instrumentSchema),
  programmeYear: z.optional(z.int()),
  phaseAmounts: z.optional(z.array(z.object({ phase: z.int(), amountCents: z.int() }))),
  status: z.enum(['requested', 'approved', 'declined']),
  reason: z.optional(z.string()),
  decidedBy: z.optional(z.object({ role: z.string(), sub: z.string() })),
  decidedAt: z.optional(z.string()),
  requestedAt: z.string(),
});
export const consentList = z.object({ items: z.array(consentView) });
export const consentParams = z.strictObject({ challengeId: z.uuid(), funderOin: oinSchema });
export const consentBody = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve') }),
  z.strictObject({
    decision: z.literal('decline'),
    reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(2_000)),
  }),
  z.strictObject({
    decision: z.literal('withdraw'),
    reason: z.optional(z.string().check(z.trim(), z.maxLength(2_000))),
  }),
]);
