import { verifyToken } from '#shared/auth/tokens.ts';
import { cancelCall } from '#shared/awards/standstill.ts';
import { queryListing } from '#shared/challenges/listing.ts';
import { challengeRoutes } from '#shared/challenges/routes.ts';
import {
  answerConsentRequest,
  challengeConsents,
  challengeView,
  completeChallenge,
  consentRequestsFor,
  draftChallenge,
  editDraft,
  listOwnChallenges,
  publicationCheck,
  publishChallenge,
  publishCorrection,
  readChallenge,
} from '#shared/challenges/use-cases.ts';
import { fundingRoutes } from '#shared/funding/routes.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { assertActiveMember } from '#shared/people/members.ts';
import { listNotas, publishNota } from '#shared/questions/notas.ts';
import { answerQuestion, askQuestion, listQuestions } from '#shared/questions/questions.ts';
import { questionRoutes } from '#shared/questions/routes.ts';

// Only this function's route groups (and their schemas) are bundled with it.
const routes = { ...challengeRoutes, ...fundingRoutes, ...questionRoutes };

export const handler = httpHandler(
  [
    implement(routes.createChallenge, async ({ body, caller, correlationId }) => {
      const challenge = await draftChallenge(body, { caller, correlationId });
      return { body: challengeView(challenge), headers: { location: `/challenges/${challenge.id}` } };
    }),
    implement(routes.updateChallenge, async ({ params, body, caller, correlationId }) => ({
      body: challengeView(await editDraft(params.challengeId, body, { caller, correlationId })),
    })),
    implement(routes.cancelChallenge, async ({ params, body, caller, correlationId }) => ({
      body: challengeView(await cancelCall(params.challengeId, body.reason, { caller, correlationId })),
    })),
    implement(routes.correctChallenge, async ({ params, body, caller, correlationId }) => ({
      body: challengeView(await publishCorrection(params.challengeId, body, { caller, correlationId })),
    })),
    implement(routes.completeChallenge, async ({ params, caller, correlationId }) => ({
      body: challengeView(await completeChallenge(params.challengeId, { caller, correlationId })),
    })),
    implement(routes.publicationCheck, async ({ params, caller, correlationId }) => ({
      body: await publicationCheck(params.challengeId, { caller, correlationId }),
    })),
    implement(routes.publishChallenge, async ({ params, caller, correlationId }) => ({
      body: challengeView(await publishChallenge(params.challengeId, { caller, correlationId })),
    })),
    implement(routes.myChallenges, async ({ caller }) => ({
      body: { items: (await listOwnChallenges(caller.org)).map(challengeView) },
    })),
    implement(routes.askQuestion, async ({ params, body, caller, correlationId }) => ({
      body: await askQuestion(params.challengeId, body, { caller, correlationId }),
    })),
    implement(routes.answerQuestion, async ({ params, body, caller, correlationId }) => ({
      body: await answerQuestion(
        params.questionId,
        body.answer,
        { caller, correlationId },
        body.publishedQuestion,
      ),
    })),
    implement(routes.listQuestions, async ({ params, caller }) => ({
      body: await listQuestions(params.challengeId, caller),
    })),
    implement(routes.publishNota, async ({ params, body, caller, correlationId }) => ({
      body: await publishNota(params.challengeId, params.phase, body, { caller, correlationId }),
      headers: { location: `/challenges/${params.challengeId}/notas` },
    })),
    implement(routes.listNotas, async ({ params }) => ({ body: await listNotas(params.challengeId) })),
    implement(routes.challengeConsents, async ({ params, caller }) => ({
      body: await challengeConsents(params.challengeId, caller),
    })),
    implement(routes.myConsentRequests, async ({ caller }) => ({
      body: { items: await consentRequestsFor(caller) },
    })),
    implement(routes.decideConsent, async ({ params, body, caller, correlationId }) => ({
      body: await answerConsentRequest(params.challengeId, params.funderOin, body, { caller, correlationId }),
    })),
    implement(routes.listChallenges, async ({ query }) => ({ body: await queryListing(query) })),
    implement(routes.getChallenge, async ({ params, caller }) => ({
      body: challengeView(await readChallenge(params.challengeId, caller)),
    })),
  ],
  { verifyToken, activeMember: assertActiveMember },
);
