import { ProposalSubmittedV1 } from '#events/proposals/proposal-submitted.v1.ts';
import { ProposalWithdrawnV1 } from '#events/proposals/proposal-withdrawn.v1.ts';
import { eventConsumer } from '#shared/messaging/consumer.ts';
import { proposalRowWrites } from '#shared/reports/projection.ts';

/**
 * Keeps the reports' view of proposals (phase, company, size class, withdrawn or not) in the
 * programme year's index, so a pipeline report reads one year and nothing else.
 */
export const handler = eventConsumer(
  'ReportProjection',
  [ProposalSubmittedV1, ProposalWithdrawnV1],
  async (event) => {
    if (event.definition === ProposalSubmittedV1)
      return proposalRowWrites({ kind: 'submitted', ...ProposalSubmittedV1.data.parse(event.data) });
    return proposalRowWrites({ kind: 'withdrawn', ...ProposalWithdrawnV1.data.parse(event.data) });
  },
);
