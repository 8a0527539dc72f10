/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { formValues, notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { formLists, postForm } from '#web/kit/form-post.ts';
import type { CallView } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { phaseOf } from '../loaders.ts';
import { committeeMapping, committeeValues } from './form.ts';
import { texts } from './messages.ts';
import { CommitteePage } from './view.tsx';

/** The committee of a phase. */
export const committee = new Hono<SiteEnv>();

/** The assessors the buyer may name, by name: none when the directory cannot be read. */
const candidatesOf = async (c: SiteContext) => {
  const answer = await c.get('api')(routes.assessorCandidates);
  return answer.ok ? answer.data.items : [];
};
type Candidates = Awaited<ReturnType<typeof candidatesOf>>;

/** The committee form as the committee stands, with the directory's people ticked. */
const currentForm = async (c: SiteContext, challengeId: string, phase: number, candidates: Candidates) => {
  const current = await c.get('api')(routes.phaseEvaluation, { params: { challengeId, phase } });
  return {
    form: emptyForm(committeeValues(current.ok ? current.data : undefined, candidates)),
    reopened: Boolean(current.ok && current.data.committee?.reopened),
  };
};

const committeePage = (
  c: SiteContext,
  call: CallView,
  phase: number,
  candidates: Candidates,
  form: FormState,
  status: 200 | 400 | 409 = 200,
  reopened = false,
  expertForm?: FormState,
) =>
  render(
    c,
    <CommitteePage
      v={c.get('view')}
      call={call}
      phase={phase}
      form={form}
      reopened={reopened}
      candidates={candidates}
      {...(expertForm ? { expertForm } : {})}
      {...(c.req.query('melding') === 'deskundige' ? { flash: texts(c.get('view')).expertInvited } : {})}
    />,
    status,
  );

committee.get('/beheer/oproepen/:challengeId/fase/:phase/commissie', async (c) => {
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  const candidates = await candidatesOf(c);
  const { form, reopened } = await currentForm(c, found.call.id, found.phase, candidates);
  return committeePage(c, found.call, found.phase, candidates, form, 200, reopened);
});

committee.post('/beheer/oproepen/:challengeId/fase/:phase/commissie', async (c) => {
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  const candidates = await candidatesOf(c);
  const { values } = await formLists(c, ['picked']);
  return postForm(c, {
    route: routes.nameCommittee,
    params: { challengeId: found.call.id, phase: found.phase },
    values,
    map: (posted) => committeeMapping(posted, candidates),
    redirect: () => `/beheer/oproepen/${found.call.id}?melding=commissie#fasen`,
    page: (form) => committeePage(c, found.call, found.phase, candidates, form, 400, true),
  });
});

/** A buyer invites an outside expert to this phase's committee (an e-mailed invitation). */
committee.post('/beheer/oproepen/:challengeId/fase/:phase/deskundige', async (c) => {
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  const v = c.get('view');
  const values = await formValues(c);
  return postForm(c, {
    route: routes.inviteExpert,
    params: { challengeId: found.call.id, phase: found.phase },
    values,
    map: () => ({
      body: {
        name: (values.expertName ?? '').trim(),
        email: (values.expertEmail ?? '').trim(),
        organisationName: (values.expertOrganisation ?? '').trim(),
      },
      fieldOf: (field) =>
        ({
          'body.name': 'expertName',
          'body.email': 'expertEmail',
          'body.organisationName': 'expertOrganisation',
        })[field],
      problemField: { 'already-member': 'expertEmail', 'address-in-other-organisation': 'expertEmail' },
      texts: { expertEmail: texts(v).expertEmailError },
    }),
    redirect: () => `/beheer/oproepen/${found.call.id}/fase/${found.phase}/commissie?melding=deskundige`,
    conflictStatus: true,
    // Only when the invitation is refused: the page again, the committee form as it stands.
    page: async (form, status) => {
      const candidates = await candidatesOf(c);
      const current = await currentForm(c, found.call.id, found.phase, candidates);
      return committeePage(
        c,
        found.call,
        found.phase,
        candidates,
        current.form,
        status,
        current.reopened,
        form,
      );
    },
  });
});
