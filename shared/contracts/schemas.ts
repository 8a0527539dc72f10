import * as z from 'zod/mini';
import { AWARD_STATUSES } from '#shared/awards/schemas.ts';
import { storedFileView } from '#shared/documents/schemas.ts';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import {
  centsSchema,
  dutchAddressSchema,
  instrumentSchema,
  localisedText,
  oinSchema,
} from '#shared/kernel/vocabulary.ts';

/*
 * After the award: the contract, its payment schedule of milestones, the deliverables the
 * company submits against them, the buyer's review, and the payment of each accepted milestone,
 * split over the funders.
 */

/**
 * open: waiting for the company's deliverable; submitted: waiting for the buyer's review;
 * rejected: sent back with a reason (the company submits again); accepted: to be invoiced;
 * invoiced: a valid e-invoice came in, payable; paid: the buyer paid it; cancelled: the contract
 * was terminated before it was accepted.
 */
export const MILESTONE_STATUSES = [
  'open',
  'submitted',
  'rejected',
  'accepted',
  'invoiced',
  'paid',
  'cancelled',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** How many days the buyer has to review a deliverable, unless the schedule says otherwise. */
export const DEFAULT_REVIEW_DAYS = 30;

const part = z.object({ funderOin: z.string(), holderOin: z.string(), amountCents: z.int() });

export const milestoneView = z.object({
  number: z.int(),
  /** What the company delivers for it (the contract's words). */
  deliverable: z.object({ nl: z.string(), en: z.optional(z.string()) }),
  dueDate: z.string(),
  amountCents: z.int(),
  status: z.enum(MILESTONE_STATUSES),
  /** Every submission, oldest first: a rejected deliverable is submitted again. */
  submissions: z.array(
    z.object({
      submittedAt: z.string(),
      summary: z.string(),
      reference: z.optional(z.string()),
      /** Who submitted it (the person's id in the company's sign-in). */
      by: z.optional(z.string()),
      /** Its documents, frozen at submission (name, type, size, SHA-256): sealed to the buyer and the committee. */
      files: z.optional(z.array(storedFileView)),
    }),
  ),
  /**
   * The documents the company has added for its next submission (only the company sees them
   * until it submits; the submission takes them along).
   */
  files: z.optional(z.array(storedFileView)),
  /** The buyer's reviews, oldest first: accepted, or rejected with the reason. */
  reviews: z.array(
    z.object({
      outcome: z.enum(['accepted', 'rejected']),
      reason: z.optional(z.string()),
      reviewedAt: z.string(),
      /** Reviewed after the review period had passed. */
      late: z.boolean(),
    }),
  ),
  /** While submitted: the last day the buyer has to review it (Amsterdam date). */
  reviewDueDate: z.optional(z.string()),
  acceptedAt: z.optional(z.string()),
  /** The e-invoice that passed the rules and matched the milestone (its XML: the invoice route). */
  invoice: z.optional(
    z.object({
      invoiceId: z.uuid(),
      invoiceNumber: z.string(),
      issueDate: z.string(),
      dueDate: z.optional(z.string()),
      amountCents: z.int(),
      source: z.enum(['drafted', 'uploaded']),
      sha256: z.string(),
      receivedAt: z.string(),
    }),
  ),
  payment: z.optional(
    z.object({
      paymentId: z.uuid(),
      paidOn: z.string(),
      reference: z.string(),
      amountCents: z.int(),
      /** Each funder's part of this payment (THE split function, within its part of the award). */
      parts: z.array(part),
      recordedAt: z.string(),
    }),
  ),
});
export type Milestone = z.infer<typeof milestoneView>;

export const contractView = z.object({
  awardId: z.uuid(),
  challengeId: z.uuid(),
  challengeTitle: z.object({ nl: z.string(), en: z.optional(z.string()) }),
  phase: z.int(),
  programmeYear: z.int(),
  instrument: instrumentSchema,
  buyer: z.object({
    oin: z.string(),
    name: z.string(),
    /** Where its e-invoices go, as the register of government organisations has it. */
    invoiceAddress: z.optional(z.object({ street: z.string(), postcode: z.string(), city: z.string() })),
  }),
  company: z.object({ id: companyIdSchema, name: z.string() }),
  /** The contract price incl. VAT (the award), and without. */
  amountCents: z.int(),
  amountExclVatCents: z.int(),
  startDate: z.string(),
  endDate: z.string(),
  /** The award's status: the contract runs while it is `awarded`. */
  awardStatus: z.enum(AWARD_STATUSES),
  /** Each funder's part of the award, and what it has paid of it. */
  funders: z.array(
    z.object({
      funderOin: z.string(),
      holderOin: z.string(),
      name: z.string(),
      awardedCents: z.int(),
      paidCents: z.int(),
    }),
  ),
  reviewDays: z.int(),
  /** The schedule is the call's default until the buyer sets it; it can change until the contract starts. */
  scheduleSetAt: z.optional(z.string()),
  scheduleChangeable: z.boolean(),
  milestones: z.array(milestoneView),
  /** Paid so far; accepted and not paid yet (payable); the rest of the award. */
  paidCents: z.int(),
  payableCents: z.int(),
  version: z.int(),
});
export type Contract = z.infer<typeof contractView>;

const milestoneInput = z.strictObject({
  deliverable: localisedText(500),
  dueDate: z.iso.date(),
  /** Incl. VAT, as the award; every milestone pays something. */
  amountCents: centsSchema.check(z.gte(1)),
});

export const scheduleBody = z.strictObject({
  milestones: z.array(milestoneInput).check(
    z.minLength(1),
    z.maxLength(12),
    z.refine(
      (ms) => ms.every((m, i) => i === 0 || ms[i - 1]!.dueDate <= m.dueDate),
      'milestones in the order of their due dates',
    ),
  ),
  /** Days the buyer has to review a submitted deliverable. */
  reviewDays: z.optional(z.int().check(z.gte(1), z.lte(90))),
});

export const milestoneParams = z.strictObject({
  awardId: z.uuid(),
  milestone: z.pipe(
    z.string().check(z.regex(/^(?:[1-9]|1[0-2])$/, 'a milestone number from 1 to 12')),
    z.transform(Number),
  ),
});

/** A milestone's upload, and one of its deliverable's files. */
export const deliverableUploadParams = z.strictObject({ ...milestoneParams.shape, uploadId: z.uuid() });
export const deliverableFileParams = z.strictObject({ ...milestoneParams.shape, fileId: z.uuid() });

export const deliverableBody = z.strictObject({
  /** What is delivered and where it can be found, in the company's words. */
  summary: z.string().check(z.trim(), z.minLength(10), z.maxLength(4_000)),
  /** The document's reference (a report number, a repository, a file name). */
  reference: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))),
});

export const reviewBody = z
  .strictObject({
    outcome: z.enum(['accepted', 'rejected']),
    /** Required when rejected: the company must know what to put right. */
    reason: z.optional(z.string().check(z.trim(), z.minLength(10), z.maxLength(4_000))),
  })
  .check(
    z.refine((b) => b.outcome === 'accepted' || b.reason !== undefined, {
      message: 'say why the deliverable is rejected',
      path: ['reason'],
    }),
  );

export const paymentBody = z.strictObject({
  /** The day the money left the buyer's account (Amsterdam date, not in the future). */
  paidOn: z.iso.date(),
  /** The buyer's payment reference (the finance system's). */
  reference: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
});

export const contractList = z.object({ items: z.array(contractView) });

/** A quarter, e.g. 2026-Q4: payments recorded in it are settled after it ends. */
export const periodSchema = z.string().check(z.regex(/^20\d\d-Q[1-4]$/, 'a quarter looks like 2026-Q4'));

export const settlementParams = z.strictObject({ funderOin: oinSchema, period: periodSchema });

/**
 * What one co-funder owes one lead buyer for the payments that buyer made in a quarter: per
 * contract and milestone, its part exact to the cent; and whether it was settled.
 */
export const settlementView = z.object({
  funderOin: z.string(),
  funderName: z.string(),
  period: z.string(),
  /** The quarter's first and last day (Amsterdam). */
  from: z.string(),
  to: z.string(),
  /** Still running: payments may be added; settle it after its last day. */
  open: z.boolean(),
  statements: z.array(
    z.object({
      payerOin: z.string(),
      payerName: z.string(),
      lines: z.array(
        z.object({
          awardId: z.uuid(),
          challengeId: z.uuid(),
          companyName: z.string(),
          milestone: z.int(),
          paymentId: z.uuid(),
          paidAt: z.string(),
          programmeYear: z.int(),
          amountCents: z.int(),
        }),
      ),
      owedCents: z.int(),
      settlement: z.optional(
        z.object({
          receivedOn: z.string(),
          reference: z.string(),
          amountCents: z.int(),
          recordedAt: z.string(),
        }),
      ),
    }),
  ),
});
export type Settlement = z.infer<typeof settlementView>;

export const settleBody = z.strictObject({
  /** The day the lead buyer received the co-funder's payment. */
  receivedOn: z.iso.date(),
  reference: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  /** What was received: must be exactly what the statement says is owed. */
  amountCents: centsSchema,
});

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;
/** An IBAN whose check digits hold (ISO 13616 mod 97). */
export const ibanValid = (iban: string) => {
  if (!IBAN.test(iban)) return false;
  const moved = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const digit of moved) rest = (rest * 10 + Number(digit)) % 97;
  return rest === 1;
};

const addressInput = dutchAddressSchema;

/** An invoice: the company's own UBL 2.1 XML, or what the site needs to draft one. */
export const invoiceBody = z
  .strictObject({
    /** A UBL 2.1 invoice (XML text). */
    ubl: z.optional(z.string().check(z.minLength(100), z.maxLength(300_000))),
    draft: z.optional(
      z.strictObject({
        invoiceNumber: z
          .string()
          .check(z.trim(), z.minLength(1), z.maxLength(30), z.regex(/^[A-Za-z0-9._/-]+$/)),
        issueDate: z.iso.date(),
        paymentDays: z._default(z.int().check(z.gte(0), z.lte(60)), 30),
        iban: z.string().check(
          z.overwrite((s) => s.replace(/\s/g, '').toUpperCase()),
          z.refine(ibanValid, 'an IBAN such as NL91 ABNA 0417 1643 00'),
        ),
        vatNumber: z
          .string()
          .check(z.trim(), z.regex(/^NL\d{9}B\d{2}$/, 'a Dutch VAT number such as NL123456782B01')),
        supplierAddress: addressInput,
        /** Absent: the buyer's invoice address in the register of government organisations. */
        buyerAddress: z.optional(addressInput),
      }),
    ),
  })
  .check(
    z.refine((b) => (b.ubl === undefined) !== (b.draft === undefined), {
      message: 'send either your own UBL invoice or what the site needs to draft one',
      path: ['ubl'],
    }),
  );

export const invoiceView = z.object({
  invoiceId: z.uuid(),
  invoiceNumber: z.string(),
  milestone: z.int(),
  source: z.enum(['drafted', 'uploaded']),
  receivedAt: z.string(),
  sha256: z.string(),
  /** The UBL 2.1 XML, as it passed the rules. */
  xml: z.string(),
});
