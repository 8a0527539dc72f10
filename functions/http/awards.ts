import {
  challengeAwards,
  decideAwards,
  endAward,
  listInvitations,
  readAward,
} from '#shared/awards/use-cases.ts';
import { myFollowUps, reportFollowUp } from '#shared/follow-ups/use-cases.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { routes } from '#shared/routes.ts';

export const handler = httpHandler([
  implement(routes.decideAwards, async ({ params, body, caller, correlationId }) => {
    const result = await decideAwards(params.challengeId, params.phase, body.decisionId, body.awards, {
      caller,
      correlationId,
    });
    // A resent decision changes nothing: 200 with the same awards instead of 201.
    return { body: result, status: result.replayed ? 200 : 201 };
  }),
  implement(routes.challengeAwards, async ({ params, caller }) => ({
    body: { items: await challengeAwards(params.challengeId, caller) },
  })),
  implement(routes.getAward, async ({ params, caller }) => ({
    body: await readAward(params.awardId, caller),
  })),
  implement(routes.completeAward, async ({ params, body, caller, correlationId }) => ({
    body: await endAward(params.awardId, { kind: 'completed', ...body }, { caller, correlationId }),
  })),
  implement(routes.terminateAward, async ({ params, body, caller, correlationId }) => ({
    body: await endAward(params.awardId, { kind: 'terminated', ...body }, { caller, correlationId }),
  })),
  implement(routes.myInvitations, async ({ caller }) => ({ body: await listInvitations(caller.org) })),
  implement(routes.reportFollowUp, async ({ params, body, caller, correlationId }) => {
    const { round, ...outcome } = body;
    return { body: await reportFollowUp(params.awardId, round, outcome, { caller, correlationId }) };
  }),
  implement(routes.myFollowUps, async ({ caller }) => ({ body: await myFollowUps(caller.org) })),
]);
