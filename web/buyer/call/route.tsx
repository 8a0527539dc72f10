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
import type { ChallengeView, Evaluation } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { ownChallenge } from '../loaders.ts';
import { answerField, answerMapping, notaMapping } from './form.ts';
import { notaFields } from './nota-form.tsx';
import { ManageChallengePage } from './view.tsx';

/** A call as its buyer manages it: its phases, questions to answer, notas, awards and contracts. */
export const call = new Hono<SiteEnv>();

const managePage = async (
  c: SiteContext,
  challenge: ChallengeView,
  form = emptyForm(),
  status: 200 | 400 = 200,
) => {
  const api = c.get('api');
  const published = challenge.status !== 'draft';
  const params = { challengeId: challenge.id };
  const [questions, notas, evaluations, awards] = await Promise.all([
    published ? api(routes.listQuestions, { params }) : undefined,
    published ? api(routes.listNotas, { params }) : undefined,
    published
      ? Promise.all(
          challenge.phases.map((p) =>
            api(routes.phaseEvaluation, { params: { ...params, phase: p.number } }),
          ),
        )
      : [],
    published ? api(routes.challengeAwards, { params }) : undefined,
  ]);
  return render(
    c,
    <ManageChallengePage
      v={c.get('view')}
      challenge={challenge}
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

call.get('/beheer/oproepen/:challengeId', async (c) => {
  const challenge = await ownChallenge(c, c.req.param('challengeId'));
  if (!challenge) return notFoundPage(c);
  return managePage(c, challenge);
});

call.post('/beheer/vragen/:questionId/antwoord', async (c) => {
  const questionId = c.req.param('questionId');
  const challenge = await ownChallenge(c, c.req.query('oproep') ?? '');
  if (!challenge || !UUID.test(questionId)) return notFoundPage(c);
  const values = await formValues(c);
  const name = answerField(questionId);
  return postForm(c, {
    route: routes.answerQuestion,
    params: { questionId },
    // Only this question's answer is kept on the page again (the others were not posted).
    values: { [name]: values[name] ?? '' },
    map: answerMapping(questionId),
    redirect: () => `/beheer/oproepen/${challenge.id}?melding=beantwoord#vragen`,
    page: (form) => managePage(c, challenge, form, 400),
  });
});

call.post('/beheer/oproepen/:challengeId/fasen/:phase/nota', async (c) => {
  const challenge = await ownChallenge(c, c.req.param('challengeId'));
  const phase = Number(c.req.param('phase'));
  if (!challenge || !(phase === 1 || phase === 2 || phase === 3)) return notFoundPage(c);
  const values = await formValues(c);
  const names = Object.values(notaFields(phase));
  return postForm(c, {
    route: routes.publishNota,
    params: { challengeId: challenge.id, phase },
    values: Object.fromEntries(names.map((n) => [n, values[n] ?? ''])),
    map: notaMapping(phase),
    redirect: () => `/beheer/oproepen/${challenge.id}?melding=nota#vragen`,
    page: (form: FormState) => managePage(c, challenge, form, 400),
  });
});
