import { wasPublished } from '#shared/challenges/model.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { ENTITY, proposalKeys, reportKeys } from '#shared/db/keys.ts';
import { setFields } from '#shared/db/set-fields.ts';
import { getItem, type TxWrite } from '#shared/db/store.ts';
import type { SizeClass } from '#shared/kernel/organisations.ts';

/** A proposal as the reports see it: who bid on which phase, never what they wrote. */
export interface ProposalRow {
  proposalId: string;
  challengeId: string;
  phase: 1 | 2 | 3;
  companyKvk: string;
  companyName?: string;
  sizeClass?: SizeClass;
  requestedAmountCents?: number;
  submittedAt?: string;
  withdrawnAt?: string;
}

type ProposalFact =
  | ({ kind: 'submitted' } & Required<Omit<ProposalRow, 'withdrawnAt' | 'companyName'>>)
  | ({ kind: 'withdrawn'; withdrawnAt: string } & Pick<
      ProposalRow,
      'proposalId' | 'challengeId' | 'phase' | 'companyKvk'
    >);

/**
 * The report row of one proposal, in its programme year's index. Both events only SET their own
 * attributes, so the row comes out the same whichever order they arrive in.
 */
export async function proposalRowWrites(fact: ProposalFact): Promise<TxWrite[]> {
  const challenge = await getChallenge(fact.challengeId);
  if (!challenge || !wasPublished(challenge)) return [];
  const { kind, ...row } = fact;
  const fields: Record<string, unknown> = {
    ...reportKeys.entry(challenge.programmeYear, 'PROPOSAL', fact.proposalId),
    entity: ENTITY.proposalReportRow,
    ...row,
  };
  if (kind === 'submitted') {
    const proposal = await getItem(proposalKeys.proposal(fact.proposalId), { attributes: ['companyName'] });
    if (proposal?.companyName) fields.companyName = proposal.companyName;
  }
  const { expression, names, values } = setFields(fields);
  return [
    {
      item: {
        Update: {
          Key: reportKeys.proposalRow(fact.proposalId),
          UpdateExpression: `SET ${expression}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
    },
  ];
}
