import { rule } from '#events/rules.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';
import { proposalRowWrites } from '#shared/reports/projection.ts';

/**
 * Keeps the reports' view of proposals (phase, company, size class, withdrawn or not) in the
 * programme year's index, so a pipeline report reads one year and nothing else.
 */
export const handler = eventConsumer(rule.reportProjection, {
  ProposalSubmitted: (data) => proposalRowWrites({ kind: 'submitted', ...data }),
  ProposalWithdrawn: (data) => proposalRowWrites({ kind: 'withdrawn', ...data }),
});
