import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { recordFinancePayment, UnmatchedPayment } from '#shared/contracts/finance.ts';
import { logger } from '#shared/platform/logger.ts';

/**
 * The finance port's consumer: each message is a payment a buyer's finance system made. It
 * answers which messages failed (ReportBatchItemFailures), so the others are done. Each payment
 * is tried on its own, even behind a failed one of its group: payments of different milestones do
 * not depend on each other, and of one milestone only the first that matches is recorded — so a
 * corrected payment is never held back (and dead-lettered) behind a wrong one. A payment that does
 * not match its milestone ends in the dead-letter queue after a few receives, its reason in the log
 * (and, locally, in the dead letter).
 */
export const handler = async (
  event: SQSEvent,
): Promise<SQSBatchResponse & { recorded: number; reasons: Record<string, string> }> => {
  const reasons: Record<string, string> = {};
  let recorded = 0;
  for (const record of event.Records) {
    try {
      const outcome = await recordFinancePayment(JSON.parse(record.body), record.messageId);
      if (outcome === 'recorded') recorded++;
    } catch (error) {
      const unmatched = error instanceof UnmatchedPayment;
      reasons[record.messageId] = unmatched ? error.message : String(error);
      logger.error(unmatched ? 'finance payment does not match' : 'finance payment failed', {
        messageId: record.messageId,
        reason: reasons[record.messageId],
      });
    }
  }
  return {
    batchItemFailures: Object.keys(reasons).map((itemIdentifier) => ({ itemIdentifier })),
    recorded,
    reasons,
  };
};
