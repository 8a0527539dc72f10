import { defineRoute } from '#shared/http/route.ts';
import { phaseParams } from '#shared/proposals/schemas.ts';
import {
  awardIdParams,
  awardView,
  completeBody,
  decisionBody,
  decisionView,
  invitationList,
  terminateBody,
} from './schemas.ts';

const tags = ['Awards'];

export const awardRoutes = {
  decideAwards: defineRoute({
    operationId: 'decideAwards',
    method: 'POST',
    path: '/challenges/{challengeId}/phases/{phase}/awards',
    function: 'awardsApi',
    summary:
      'Award ranked proposals within the phase budget, split exactly over the funders (idempotent on decisionId)',
    tags,
    access: ['buyer'],
    params: phaseParams,
    body: decisionBody,
    response: decisionView,
    successStatus: 201,
  }),
  getAward: defineRoute({
    operationId: 'getAward',
    method: 'GET',
    path: '/awards/{awardId}',
    function: 'awardsApi',
    summary: 'An award (own buyer, or the company that won it)',
    tags,
    access: ['buyer', 'sme'],
    params: awardIdParams,
    response: awardView,
    successStatus: 200,
  }),
  completeAward: defineRoute({
    operationId: 'completeAward',
    method: 'POST',
    path: '/awards/{awardId}/complete',
    function: 'awardsApi',
    summary:
      'Accept the deliverable; unspent money returns to the funders; the company is invited to the next phase',
    tags,
    access: ['buyer'],
    params: awardIdParams,
    body: completeBody,
    response: awardView,
    successStatus: 200,
  }),
  terminateAward: defineRoute({
    operationId: 'terminateAward',
    method: 'POST',
    path: '/awards/{awardId}/terminate',
    function: 'awardsApi',
    summary: 'End a contract early; what was not spent returns to the funders',
    tags,
    access: ['buyer'],
    params: awardIdParams,
    body: terminateBody,
    response: awardView,
    successStatus: 200,
  }),
  myInvitations: defineRoute({
    operationId: 'myInvitations',
    method: 'GET',
    path: '/me/invitations',
    function: 'awardsApi',
    summary: 'Phases your company is invited to (after completing the phase before)',
    tags,
    access: ['sme'],
    response: invitationList,
    successStatus: 200,
  }),
};
