import { awardIdParams } from '#shared/awards/schemas.ts';
import { defineRoute } from '#shared/http/route.ts';
import { followUpBody, followUpList, followUpView } from './schemas.ts';

const tags = ['Follow-up monitoring'];

export const followUpRoutes = {
  reportFollowUp: defineRoute({
    operationId: 'reportFollowUp',
    method: 'POST',
    path: '/awards/{awardId}/follow-ups',
    function: 'awardsApi',
    summary:
      'Report what your company did with the result (+1, +2, +3 years after completion): revenue, jobs, investment, market launch, launching customer',
    tags,
    assurance: 'eh3',
    access: ['sme'],
    tenancy: 'award-company',
    params: awardIdParams,
    body: followUpBody,
    response: followUpView,
    successStatus: 201,
  }),
  myFollowUps: defineRoute({
    operationId: 'myFollowUps',
    method: 'GET',
    path: '/me/follow-ups',
    function: 'awardsApi',
    summary: 'Follow-up rounds of your completed contracts: scheduled, due, overdue or reported',
    tags,
    access: ['sme'],
    tenancy: 'caller',
    response: followUpList,
    successStatus: 200,
  }),
};
