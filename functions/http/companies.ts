import { httpHandler, implement } from '#shared/http/handler.ts';
import { getCompanyProfile } from '#shared/organisations/company.ts';
import { notFound } from '#shared/platform/errors.ts';
import { proposalRoutes } from '#shared/proposals/routes.ts';
import {
  listMyProposals,
  readProposal,
  reviseProposal,
  saveCompanyProfile,
  submitProposal,
  withdrawProposal,
} from '#shared/proposals/use-cases.ts';

// Only this function's route groups (and their schemas) are bundled with it.
const routes = { ...proposalRoutes };

export const handler = httpHandler([
  implement(routes.putCompanyProfile, async ({ body, caller, correlationId }) => ({
    body: await saveCompanyProfile(body, { caller, correlationId }),
  })),
  implement(routes.getCompanyProfile, async ({ caller }) => {
    const profile = await getCompanyProfile(caller.org);
    if (!profile) throw notFound('Company profile', caller.org);
    return { body: profile };
  }),
  implement(routes.submitProposal, async ({ params, body, caller, correlationId }) => {
    const proposal = await submitProposal(params.challengeId, params.phase, body, { caller, correlationId });
    return { body: proposal, headers: { location: `/proposals/${proposal.id}` } };
  }),
  implement(routes.getProposal, async ({ params, caller }) => ({
    body: await readProposal(params.proposalId, caller),
  })),
  implement(routes.reviseProposal, async ({ params, body, caller, correlationId }) => ({
    body: await reviseProposal(params.proposalId, body, { caller, correlationId }),
  })),
  implement(routes.withdrawProposal, async ({ params, caller, correlationId }) => ({
    body: await withdrawProposal(params.proposalId, { caller, correlationId }),
  })),
  implement(routes.myProposals, async ({ query, caller }) => ({
    body: await listMyProposals(caller.org, query.limit, query.cursor),
  })),
]);
