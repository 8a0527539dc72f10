import { z } from 'zod';
import { defineRoute } from '#shared/http/route.ts';
import { SIZE_CLASSES } from '#shared/organisations/company.ts';
import { phaseParams, proposalIdParams } from '#shared/proposals/schemas.ts';
import {
  committeeBody,
  committeeView,
  declarationsBody,
  declarationsView,
  rankingView,
  scoresBody,
  scoresView,
} from './schemas.ts';

const tags = ['Evaluation'];

export const evaluationRoutes = {
  nameCommittee: defineRoute({
    operationId: 'nameCommittee',
    method: 'PUT',
    path: '/challenges/{challengeId}/phases/{phase}/committee',
    function: 'evaluationApi',
    summary: 'Name the assessment committee of a phase (own buyer)',
    tags,
    access: ['buyer'],
    params: phaseParams,
    body: committeeBody,
    response: committeeView,
    successStatus: 200,
  }),
  listPhaseProposals: defineRoute({
    operationId: 'listPhaseProposals',
    method: 'GET',
    path: '/challenges/{challengeId}/phases/{phase}/proposals',
    function: 'evaluationApi',
    summary: 'Who bid in a phase, after its deadline (own buyer and the committee)',
    tags,
    access: ['buyer', 'assessor'],
    params: phaseParams,
    response: z.object({
      items: z.array(
        z.object({
          id: z.uuid(),
          companyKvk: z.string(),
          companyName: z.string(),
          sizeClass: z.enum(SIZE_CLASSES),
          requestedAmountCents: z.int(),
          submittedAt: z.string(),
        }),
      ),
    }),
    successStatus: 200,
  }),
  declareConflicts: defineRoute({
    operationId: 'declareConflicts',
    method: 'POST',
    path: '/challenges/{challengeId}/phases/{phase}/conflict-declarations',
    function: 'evaluationApi',
    summary: 'Declare, per proposal, no conflict of interest or recuse (final; before scoring)',
    tags,
    access: ['assessor'],
    params: phaseParams,
    body: declarationsBody,
    response: declarationsView,
    successStatus: 201,
  }),
  scoreProposal: defineRoute({
    operationId: 'scoreProposal',
    method: 'PUT',
    path: '/proposals/{proposalId}/scores',
    function: 'evaluationApi',
    summary:
      'Score a proposal on each criterion with a written motivation (assessor who declared no conflict)',
    tags,
    access: ['assessor'],
    params: proposalIdParams,
    body: scoresBody,
    response: scoresView,
    successStatus: 200,
  }),
  proposalFeedback: defineRoute({
    operationId: 'proposalFeedback',
    method: 'GET',
    path: '/proposals/{proposalId}/feedback',
    function: 'evaluationApi',
    summary:
      'After the award decision: your rank, scores and the committee’s motivations (assessors unnamed)',
    tags,
    access: ['sme'],
    params: proposalIdParams,
    response: z.object({
      proposalId: z.uuid(),
      rank: z.int(),
      of: z.int(),
      totalScore: z.number(),
      criterionScores: z.record(z.string(), z.number()),
      meetsThreshold: z.boolean(),
      awarded: z.boolean(),
      assessments: z.array(
        z.object({
          assessor: z.string(),
          scores: z.array(z.object({ criterion: z.string(), score: z.int() })),
          motivation: z.string(),
        }),
      ),
    }),
    successStatus: 200,
  }),
  phaseStatistics: defineRoute({
    operationId: 'phaseStatistics',
    method: 'GET',
    path: '/challenges/{challengeId}/phases/{phase}/statistics',
    function: 'evaluationApi',
    summary:
      'Anonymised statistics of a phase after the award decision: proposals, scores, lowest funded score, success rate',
    tags,
    access: 'public',
    params: phaseParams,
    response: z.object({
      challengeId: z.uuid(),
      phase: z.int(),
      proposals: z.int(),
      smeProposals: z.int(),
      awarded: z.int(),
      successRate: z.number(),
      lowestFundedScore: z.number().nullable(),
      highestScore: z.number().nullable(),
      scoreDistribution: z.array(z.object({ from: z.number(), to: z.number(), count: z.int() })),
    }),
    successStatus: 200,
  }),
  phaseRanking: defineRoute({
    operationId: 'phaseRanking',
    method: 'GET',
    path: '/challenges/{challengeId}/phases/{phase}/ranking',
    function: 'evaluationApi',
    summary: 'Weighted ranking over non-recused assessors, once every assessor has finished',
    tags,
    access: ['buyer', 'assessor'],
    params: phaseParams,
    response: rankingView,
    successStatus: 200,
  }),
};
