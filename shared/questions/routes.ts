import { z } from 'zod';
import { defineRoute } from '#shared/http/route.ts';
import { answerBody, askBody, questionList, questionView } from './questions.ts';

const tags = ['Clarification questions'];
const challengeParams = z.strictObject({ challengeId: z.uuid() });

export const questionRoutes = {
  askQuestion: defineRoute({
    operationId: 'askQuestion',
    method: 'POST',
    path: '/challenges/{challengeId}/questions',
    function: 'challengesApi',
    summary: 'Ask a clarification question before the question deadline (your name is never published)',
    tags,
    access: ['sme'],
    tenancy: 'caller',
    params: challengeParams,
    body: askBody,
    response: questionView,
    successStatus: 201,
  }),
  answerQuestion: defineRoute({
    operationId: 'answerQuestion',
    method: 'POST',
    path: '/questions/{questionId}/answer',
    function: 'challengesApi',
    summary: 'Answer a question (own buyer); question and answer are published to everyone',
    tags,
    access: ['buyer'],
    tenancy: 'challenge-buyer',
    params: z.strictObject({ questionId: z.uuid() }),
    body: answerBody,
    response: questionView,
    successStatus: 200,
  }),
  listQuestions: defineRoute({
    operationId: 'listQuestions',
    method: 'GET',
    path: '/challenges/{challengeId}/questions',
    function: 'challengesApi',
    summary: 'The published questions and answers (the buyer also sees open ones; a company its own)',
    tags,
    access: 'public',
    tenancy: 'any',
    params: challengeParams,
    response: questionList,
    successStatus: 200,
  }),
};
