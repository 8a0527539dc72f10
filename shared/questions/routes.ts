import * as z from 'zod/mini';
import { defineRoute } from '#shared/http/route.ts';
import { phaseParams } from '#shared/proposals/schemas.ts';
import {
  answerBody,
  askBody,
  notaList,
  notaView,
  publishNotaBody,
  questionList,
  questionView,
} from '#shared/questions/schemas.ts';

const tags = ['Clarification questions'];
const challengeParams = z.strictObject({ challengeId: z.uuid() });

export const questionRoutes = {
  askQuestion: defineRoute({
    operationId: 'askQuestion',
    method: 'POST',
    path: '/challenges/{challengeId}/questions',
    function: 'challengesApi',
    summary:
      "Ask a clarification question before the phase's question deadline (phase 2 and 3: if you may bid for it; your name is never published)",
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
  publishNota: defineRoute({
    operationId: 'publishNota',
    method: 'POST',
    path: '/challenges/{challengeId}/phases/{phase}/notas',
    function: 'challengesApi',
    summary:
      "Publish the phase's nota van inlichtingen after its question deadline: every question numbered and answered, askers anonymous; later notas add questions or amend answers with a reason",
    tags,
    access: ['buyer'],
    tenancy: 'challenge-buyer',
    params: phaseParams,
    body: publishNotaBody,
    response: notaView,
    successStatus: 201,
  }),
  listNotas: defineRoute({
    operationId: 'listNotas',
    method: 'GET',
    path: '/challenges/{challengeId}/notas',
    function: 'challengesApi',
    summary: 'The published notas van inlichtingen of a call, per phase in order (part of the call)',
    tags,
    access: 'public',
    tenancy: 'any',
    params: challengeParams,
    response: notaList,
    successStatus: 200,
  }),
};
