import { verifyToken } from '#shared/auth/tokens.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import {
  acceptInvitation,
  assessorCandidates,
  changeRole,
  inviteExpert,
  inviteMember,
  listMembers,
  readInvitation,
  revokeMember,
} from '#shared/people/members.ts';
import { peopleRoutes as routes } from '#shared/people/routes.ts';

export const handler = httpHandler(
  [
    implement(routes.inviteMember, async ({ params, body, caller, correlationId }) => ({
      body: await inviteMember(params.oin, body, { caller, correlationId }),
    })),
    implement(routes.listMembers, async ({ params, caller }) => ({
      body: await listMembers(params.oin, caller),
    })),
    implement(routes.changeMemberRole, async ({ params, body, caller, correlationId }) => ({
      body: await changeRole(params.oin, params.sub, body.role, { caller, correlationId }),
    })),
    implement(routes.revokeMember, async ({ params, caller, correlationId }) => ({
      body: await revokeMember(params.oin, params.sub, { caller, correlationId }),
    })),
    implement(routes.inviteExpert, async ({ params, body, caller, correlationId }) => ({
      body: await inviteExpert(params.challengeId, params.phase, body, { caller, correlationId }),
    })),
    implement(routes.assessorCandidates, async ({ caller }) => ({ body: await assessorCandidates(caller) })),
    implement(routes.readInvitation, async ({ params, query }) => ({
      body: await readInvitation(params.invitationId, query.code),
    })),
    implement(routes.acceptInvitation, async ({ params, body, correlationId }) => ({
      body: await acceptInvitation(params.invitationId, body, correlationId),
    })),
  ],
  { verifyToken },
);
