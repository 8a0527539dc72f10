/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import {
  flash,
  formValues,
  notFoundPage,
  render,
  type SiteContext,
  type SiteEnv,
} from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { CallView, Evaluation } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { ownCall } from '../loaders.ts';
import { answerField, answerMapping, notaMapping, publishedField } from './form.ts';
import { notaFields } from './nota-form.tsx';
import { ManageCallPage } from './view.tsx';

/** A call as its buyer manages it: its phases, questions to answer, notas, awards and contracts. */
export const manageCall = new Hono<SiteEnv>();

const managePage = async (c: SiteContext, call: CallView, form = emptyForm(), status: 200 | 400 = 200) => {
  const api = c.get('api');
  const published = call.status !== 'draft';
  const params = { challengeId: call.id };
  const [questions, notas, evaluations, awards] = await Promise.all([
    published ? api(routes.listQuestions, { params }) : undefined,
    published ? api(routes.listNotas, { params }) : undefined,
    published
      ? Promise.all(
          call.phases.map((p) => api(routes.phaseEvaluation, { params: { ...params, phase: p.number } })),
        )
      : [],
    published ? api(routes.challengeAwards, { params }) : undefined,
  ]);
  return render(
    c,
    <ManageCallPage
      v={c.get('view')}
      call={call}
      questions={questions?.ok ? questions.data.items : []}
      notas={notas?.ok ? notas.data.items : []}
      evaluations={evaluations.flatMap((e): Evaluation[] => (e.ok ? [e.data] : []))}
      awards={awards?.ok ? awards.data.items : []}
      form={form}
      flash={flash(c)}
    />,
    status,
  );
};

manageCall.get('/beheer/oproepen/:challengeId', async (c) => {
  const call = await ownCall(c, c.req.param('challengeId'));
  if (!call) return notFoundPage(c);
  return managePage(c, call);
});

manageCall.post('/beheer/vragen/:questionId/antwoord', async (c) => {
  const questionId = c.req.param('questionId');
  const call = await ownCall(c, c.req.query('oproep') ?? '');
  if (!call || !UUID.test(questionId)) return notFoundPage(c);
  const values = await formValues(c);
  const name = answerField(questionId);
  return postForm(c, {
    route: routes.answerQuestion,
    params: { questionId },
    // Only this question's answer is kept on the page again (the others were not posted).
    values: {
      [name]: values[name] ?? '',
      [publishedField(questionId)]: values[publishedField(questionId)] ?? '',
    },
    map: answerMapping(questionId),
    redirect: () => `/beheer/oproepen/${call.id}?melding=beantwoord#vragen`,
    page: (form) => managePage(c, call, form, 400),
  });
});

manageCall.post('/beheer/oproepen/:challengeId/fasen/:phase/nota', async (c) => {
  const call = await ownCall(c, c.req.param('challengeId'));
  const phase = Number(c.req.param('phase'));
  if (!call || !(phase === 1 || phase === 2 || phase === 3)) return notFoundPage(c);
  const values = await formValues(c);
  const names = Object.values(notaFields(phase));
  return postForm(c, {
    route: routes.publishNota,
    params: { challengeId: call.id, phase },
    values: Object.fromEntries(names.map((n) => [n, values[n] ?? ''])),
    map: notaMapping(phase),
    redirect: () => `/beheer/oproepen/${call.id}?melding=nota#vragen`,
    page: (form: FormState) => managePage(c, call, form, 400),
  });
});
