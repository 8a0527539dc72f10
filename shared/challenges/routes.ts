import { defineRoute } from '#shared/http/route.ts';
import {
  challengeIdParams,
  challengePage,
  challengeView,
  createChallengeBody,
  listChallengesQuery,
} from './schemas.ts';

const tags = ['Challenges'];

export const challengeRoutes = {
  createChallenge: defineRoute({
    operationId: 'createChallenge',
    method: 'POST',
    path: '/challenges',
    function: 'challengesApi',
    summary: 'Draft a challenge (the caller’s organisation is the lead buyer)',
    tags,
    access: ['buyer'],
    body: createChallengeBody,
    response: challengeView,
    successStatus: 201,
  }),
  publishChallenge: defineRoute({
    operationId: 'publishChallenge',
    method: 'POST',
    path: '/challenges/{challengeId}/publish',
    function: 'challengesApi',
    summary: 'Publish a draft: phase 1 opens and the challenge appears in the public listing',
    tags,
    access: ['buyer'],
    params: challengeIdParams,
    response: challengeView,
    successStatus: 200,
  }),
  listChallenges: defineRoute({
    operationId: 'listChallenges',
    method: 'GET',
    path: '/challenges',
    function: 'challengesApi',
    summary: 'Published challenges, newest first; filter by theme, instrument and status; cursor pages',
    tags,
    access: 'public',
    query: listChallengesQuery,
    response: challengePage,
    successStatus: 200,
  }),
  getChallenge: defineRoute({
    operationId: 'getChallenge',
    method: 'GET',
    path: '/challenges/{challengeId}',
    function: 'challengesApi',
    summary: 'A challenge: public once published; a draft only for its own buyer',
    tags,
    access: 'public',
    params: challengeIdParams,
    response: challengeView,
    successStatus: 200,
  }),
};
