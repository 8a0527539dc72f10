import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';

/** The API's answers as the site's pages take them: one name per shape, from the route table. */
export type CallView = z.output<typeof routes.getChallenge.response>;
export type QuestionList = z.output<typeof routes.listQuestions.response>;
export type Question = QuestionList['items'][number];
export type PhaseStatistics = z.output<typeof routes.phaseStatistics.response>;
export type MyProposal = z.output<typeof routes.myProposals.response>['items'][number];
export type ProposalView = z.output<typeof routes.getProposal.response>;
export type MyScores = z.output<typeof routes.myScores.response>;
export type Evaluation = z.output<typeof routes.phaseEvaluation.response>;
export type Ranking = z.output<typeof routes.phaseRanking.response>;
export type Award = z.output<typeof routes.challengeAwards.response>['items'][number];
export type EnvelopeList = z.output<typeof routes.listEnvelopes.response>;
export type PublicationCheck = z.output<typeof routes.publicationCheck.response>;
export type ExclusionGround = Ranking['excluded'][number]['ground'];
