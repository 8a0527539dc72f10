import { ENTITY, proposalKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItem, type Item, queryAll, queryPage } from '#shared/db/store.ts';
import type { Proposal } from './schemas.ts';

/** Proposals in the table: by id, by company (gsi1), by phase (gsi2). */

/** A proposal as stored, with its three keys. */
export const proposalItem = (p: Proposal) => ({
  ...proposalKeys.proposal(p.id),
  ...proposalKeys.byCompany(p.companyKvk, p.submittedAt, p.id),
  ...proposalKeys.byPhase(p.challengeId, p.phase, p.submittedAt, p.id),
  entity: ENTITY.proposal,
  ...p,
});

export async function loadProposal(proposalId: string): Promise<Proposal | undefined> {
  const item = await getItem(proposalKeys.proposal(proposalId));
  return item ? withoutKeys<Proposal>(item) : undefined;
}

/** The live proposals of a phase: one Query on the phase's index partition. */
export async function phaseProposals(challengeId: string, phase: number): Promise<Proposal[]> {
  const items = await queryAll({
    partition: proposalKeys.byPhase(challengeId, phase, '', '').gsi2pk,
    index: 'gsi2',
  });
  return items.map((i) => withoutKeys<Proposal>(i)).filter((p) => p.status === 'submitted');
}

/** May this company bid for this phase (it completed a contract of the phase before)? */
export async function isEligible(challengeId: string, phase: number, kvk: string): Promise<boolean> {
  return (await getItem(proposalKeys.eligibility(challengeId, phase, kvk))) !== undefined;
}

/** One page of a company's proposals, newest first. */
export async function companyProposalsPage(
  kvk: string,
  limit: number,
  after?: Item,
): Promise<{ items: Proposal[]; next?: Item }> {
  const page = await queryPage({
    partition: proposalKeys.companyPartition(kvk),
    index: 'gsi1',
    prefix: 'PROPOSAL#',
    descending: true,
    limit,
    ...(after ? { after } : {}),
  });
  return {
    items: page.items.map((i) => withoutKeys<Proposal>(i)),
    ...(page.next ? { next: page.next } : {}),
  };
}
