import * as z from 'zod/mini';
import { centsSchema, oinSchema } from '#shared/kernel/vocabulary.ts';

/*
 * The finance port (pure: the message and the queue's settings, read by CDK, the local runtime
 * and the consumer). A buyer's finance system pays an invoiced milestone and reports it here, so
 * nobody types the payment in again: in AWS it sends a message to an SQS FIFO queue of ours
 * (its account may send, nothing else); locally the buyer records the transfer on the site, and
 * tests send through the same in-process queue. Either way the same use case records it.
 */

export const financePaymentsQueue = {
  name: 'FinancePayments',
  description:
    "Payments a buyer's finance system made, reported back: each pays its milestone, matched by contract, milestone and amount.",
  target: 'financePayments',
  /** Payments of one milestone in order; the others in parallel. */
  messageGroup: (m: FinancePayment) => `${m.awardId}#${m.milestone}`,
  /** The finance system's own reference: sent twice within five minutes, the queue drops it; later, the use case knows it. */
  deduplicationId: (m: FinancePayment) => `${m.payerOin}:${m.reference}`,
  batchSize: 10,
  concurrency: 2,
  /** A payment that cannot be matched is received this often, then kept in the dead-letter queue (alarmed). */
  maxReceiveCount: 3,
} as const;

/** What a finance system reports: one payment of one milestone, as its payment run made it. */
export const financePaymentMessage = z.strictObject({
  version: z.literal(1),
  /** The paying organisation (the contract's lead buyer). */
  payerOin: oinSchema,
  awardId: z.uuid(),
  milestone: z.int().check(z.gte(1), z.lte(12)),
  /** What was transferred, incl. VAT: it must be the milestone's amount exactly. */
  amountCents: centsSchema,
  currency: z.literal('EUR'),
  /** The day the money left the account. */
  paidOn: z.iso.date(),
  /** The finance system's payment reference (end-to-end id). */
  reference: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  /** The invoice it paid, when the finance system says (checked against the milestone's). */
  invoiceNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type FinancePayment = z.infer<typeof financePaymentMessage>;
