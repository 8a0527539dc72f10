import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import { centsSchema, oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/*
 * After the award: every step of a contract is an event, in the call's audit trail and e-mailed
 * to whom it concerns (the notifier's rule).
 */

const milestone = z.int().check(z.gte(1), z.lte(12));
const contract = {
  awardId: z.uuid(),
  challengeId: z.uuid(),
  phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  companyKvk: companyIdSchema,
  programmeYear: z.int(),
};
const file = z.strictObject({
  fileId: z.uuid(),
  fileName: z.string().check(z.maxLength(200)),
  sha256: z.string().check(z.regex(/^[a-f0-9]{64}$/)),
});
const fileExample = {
  fileId: '4d8e2a10-6b3c-4f7e-9a1d-2c5b8e7f0a31',
  fileName: 'haalbaarheidsstudie.pdf',
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
};
const example = {
  awardId: '3f0a6c1e-2b7d-4e9a-8c5f-1d2e3f4a5b6c',
  challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
  phase: 2 as const,
  companyKvk: '12345678',
  programmeYear: 2018,
};

/** The buyer set the contract's payment schedule (before the contract started). */
export const PaymentScheduleSetV1 = defineEvent({
  source: SOURCES.contracts,
  detailType: 'PaymentScheduleSet',
  version: 1,
  description:
    'The buyer set the payment schedule of a contract: milestones, due dates and amounts adding up to the award.',
  data: z.strictObject({
    ...contract,
    milestones: z
      .array(z.strictObject({ number: milestone, dueDate: z.iso.date(), amountCents: centsSchema }))
      .check(z.minLength(1), z.maxLength(12)),
    reviewDays: z.int().check(z.gte(1), z.lte(90)),
    at: z.iso.datetime(),
  }),
  example: {
    ...example,
    milestones: [
      { number: 1, dueDate: '2019-09-01', amountCents: 40_000_000 },
      { number: 2, dueDate: '2020-03-01', amountCents: 60_000_000 },
    ],
    reviewDays: 30,
    at: '2019-07-01T09:00:00.000Z',
  },
});

/** The company submitted a deliverable for a milestone (again, after a rejection). */
export const DeliverableSubmittedV1 = defineEvent({
  source: SOURCES.contracts,
  detailType: 'DeliverableSubmitted',
  version: 1,
  description:
    'A company submitted the deliverable of a milestone; the buyer reviews it within the review days.',
  data: z.strictObject({
    ...contract,
    milestone,
    /** 1 for the first submission, 2 after a rejection, … */
    submission: z.int().check(z.gte(1), z.lte(100)),
    reviewDueDate: z.iso.date(),
    /** Its documents as frozen: what the buyer reviews is exactly these bytes. */
    files: z.optional(z.array(file).check(z.maxLength(20))),
    at: z.iso.datetime(),
  }),
  example: {
    ...example,
    milestone: 1,
    submission: 1,
    reviewDueDate: '2019-10-01',
    files: [{ fileId: fileExample.fileId, fileName: fileExample.fileName, sha256: fileExample.sha256 }],
    at: '2019-09-01T09:00:00.000Z',
  },
});

/**
 * Someone opened a file of a deliverable (who: the event's actor): logged before the download URL
 * is handed out, as a proposal's files are, in the call's audit trail.
 */
export const DeliverableFileOpenedV1 = defineEvent({
  source: SOURCES.contracts,
  detailType: 'DeliverableFileOpened',
  version: 1,
  description: 'A file of a deliverable was opened (downloaded) by the company, the buyer or an assessor.',
  data: z.strictObject({
    ...contract,
    milestone,
    /** The submission it belongs to; absent: a file the company has not submitted yet. */
    submission: z.optional(z.int().check(z.gte(1), z.lte(100))),
    ...file.shape,
    openedAt: z.iso.datetime(),
  }),
  example: { ...example, milestone: 1, submission: 1, ...fileExample, openedAt: '2019-09-02T09:00:00.000Z' },
});

/** The buyer accepted the deliverable (the milestone is payable) or rejected it with a reason. */
export const DeliverableReviewedV1 = defineEvent({
  source: SOURCES.contracts,
  detailType: 'DeliverableReviewed',
  version: 1,
  description: 'The buyer accepted a deliverable (its milestone becomes payable) or rejected it, saying why.',
  data: z.strictObject({
    ...contract,
    milestone,
    outcome: z.enum(['accepted', 'rejected']),
    reason: z.optional(z.string().check(z.maxLength(4_000))),
    /** Reviewed after the review period had passed. */
    late: z.boolean(),
    at: z.iso.datetime(),
  }),
  example: { ...example, milestone: 1, outcome: 'accepted', late: false, at: '2019-09-15T09:00:00.000Z' },
});

/** The lead buyer paid an accepted milestone; each funder's part is in its ledger. */
export const MilestonePaidV1 = defineEvent({
  source: SOURCES.contracts,
  detailType: 'MilestonePaid',
  version: 1,
  description:
    'The lead buyer paid a milestone to the company; the payment is split over the funders within their parts of the award.',
  data: z.strictObject({
    ...contract,
    milestone,
    paymentId: z.uuid(),
    /** The lead buyer, who pays the company (and settles with the co-funders). */
    payerOin: oinSchema,
    /** Co-funders that pay their own parts directly (the call says so): no settlement for them. */
    directPayers: z.optional(z.array(oinSchema).check(z.maxLength(20))),
    paidOn: z.iso.date(),
    amountCents: centsSchema,
    parts: z.array(z.strictObject({ funderOin: oinSchema, amountCents: centsSchema })).check(z.maxLength(20)),
    at: z.iso.datetime(),
  }),
  example: {
    ...example,
    milestone: 1,
    paymentId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    payerOin: '00000001003214345000',
    paidOn: '2019-09-20',
    amountCents: 40_000_000,
    parts: [
      { funderOin: '00000001003214345000', amountCents: 20_000_000 },
      { funderOin: '00000001800866472000', amountCents: 20_000_000 },
    ],
    at: '2019-09-20T10:00:00.000Z',
  },
});

/** A co-funder paid the lead buyer what a quarter's settlement statement said it owed. */
export const SettlementRecordedV1 = defineEvent({
  source: SOURCES.contracts,
  detailType: 'SettlementRecorded',
  version: 1,
  description:
    "The lead buyer recorded a co-funder's payment of its parts of a quarter's payments (its settlement statement).",
  data: z.strictObject({
    funderOin: oinSchema,
    payerOin: oinSchema,
    period: z.string().check(z.regex(/^20\d\d-Q[1-4]$/)),
    amountCents: centsSchema,
    receivedOn: z.iso.date(),
    lines: z.int().check(z.gte(1), z.lte(10_000)),
    at: z.iso.datetime(),
  }),
  example: {
    funderOin: '00000001800866472000',
    payerOin: '00000001003214345000',
    period: '2019-Q3',
    amountCents: 20_000_000,
    receivedOn: '2019-10-10',
    lines: 1,
    at: '2019-10-11T10:00:00.000Z',
  },
});

/** A company's e-invoice for an accepted milestone passed the rules and matched it: payable. */
export const InvoiceAcceptedV1 = defineEvent({
  source: SOURCES.contracts,
  detailType: 'InvoiceAccepted',
  version: 1,
  description:
    'A company’s e-invoice for an accepted milestone passed EN 16931 and Peppol BIS 3.0 and matched the contract; the milestone is payable.',
  data: z.strictObject({
    ...contract,
    milestone,
    invoiceId: z.uuid(),
    invoiceNumber: z.string().check(z.maxLength(200)),
    amountCents: centsSchema,
    source: z.enum(['drafted', 'uploaded']),
    at: z.iso.datetime(),
  }),
  example: {
    ...example,
    milestone: 1,
    invoiceId: '8b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
    invoiceNumber: 'F-2019-001',
    amountCents: 40_000_000,
    source: 'drafted',
    at: '2019-09-16T09:00:00.000Z',
  },
});
