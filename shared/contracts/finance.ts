import type { Caller } from '#shared/auth/caller.ts';
import { DomainError } from '#shared/platform/errors.ts';
import { logger } from '#shared/platform/logger.ts';
import { type FinancePayment, financePaymentMessage } from './finance-queue.ts';
import { load, milestoneOf, recordPayment } from './use-cases.ts';

/**
 * A payment reported by a buyer's finance system: recorded as the buyer would record it (the same
 * use case: split over the funders, the ledgers, the event), after matching it to the contract —
 * the payer is the lead buyer, the milestone is invoiced, the amount is exactly the milestone's
 * and, when given, so is the invoice number. A payment already recorded with the same reference
 * is recognised (a second delivery changes nothing).
 */

/** Why a reported payment is not recorded: it will not match however often it is delivered. */
export class UnmatchedPayment extends Error {
  constructor(
    readonly reason: string,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'UnmatchedPayment';
  }
}

/** The finance system acts for its organisation, as a buyer of it would. */
const financeSystemOf = (payerOin: string): Caller => ({
  role: 'buyer',
  org: payerOin,
  sub: 'finance-system',
});

export async function recordFinancePayment(
  body: unknown,
  correlationId: string,
): Promise<'recorded' | 'already-recorded'> {
  const parsed = financePaymentMessage.safeParse(body);
  if (!parsed.success)
    throw new UnmatchedPayment('malformed', parsed.error.issues.map((i) => i.path.join('.')).join(', '));
  const payment: FinancePayment = parsed.data;
  const caller = financeSystemOf(payment.payerOin);
  let loaded: Awaited<ReturnType<typeof load>>;
  const notThePayer = () =>
    new UnmatchedPayment(
      'not-the-payer',
      `there is no contract ${payment.awardId} of which ${payment.payerOin} is the lead buyer`,
    );
  try {
    loaded = await load(payment.awardId, caller);
  } catch (error) {
    if (error instanceof DomainError)
      throw error.kind === 'not-found' ? notThePayer() : new UnmatchedPayment(error.type, error.detail);
    throw error;
  }
  if (loaded.access !== 'buyer') throw notThePayer();
  const milestone = milestoneOf(loaded.record, payment.milestone, payment.awardId);
  if (milestone.status === 'paid' && milestone.payment?.reference === payment.reference)
    return 'already-recorded';
  if (milestone.status !== 'invoiced')
    throw new UnmatchedPayment(
      'milestone-not-payable',
      milestone.status === 'paid'
        ? `Milestone ${payment.milestone} was paid on ${milestone.payment?.paidOn} (${milestone.payment?.reference}).`
        : `Milestone ${payment.milestone} is ${milestone.status}: only an accepted deliverable with a valid invoice is paid.`,
    );
  if (payment.amountCents !== milestone.amountCents)
    throw new UnmatchedPayment(
      'amount-mismatch',
      `milestone ${payment.milestone} is ${milestone.amountCents} cents; ${payment.amountCents} were paid`,
    );
  if (payment.invoiceNumber !== undefined && payment.invoiceNumber !== milestone.invoice?.invoiceNumber)
    throw new UnmatchedPayment(
      'invoice-mismatch',
      `milestone ${payment.milestone}'s invoice is ${milestone.invoice?.invoiceNumber ?? 'not there'}, not ${payment.invoiceNumber}`,
    );
  try {
    await recordPayment(
      payment.awardId,
      payment.milestone,
      { paidOn: payment.paidOn, reference: payment.reference },
      { caller, correlationId },
    );
  } catch (error) {
    // Someone else wrote the contract meanwhile: try again (the queue delivers it again).
    if (error instanceof DomainError && error.type !== 'concurrent-change')
      throw new UnmatchedPayment(error.type, error.detail);
    throw error;
  }
  logger.info('finance payment recorded', { awardId: payment.awardId, milestone: payment.milestone });
  return 'recorded';
}
