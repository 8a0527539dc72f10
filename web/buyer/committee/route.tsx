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

const committeePage = async (
  c: SiteContext,
  call: CallView,
  phase: number,
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
      candidates={await candidatesOf(c)}
      {...(expertForm ? { expertForm } : {})}
      {...(c.req.query('melding') === 'deskundige' ? { flash: texts(c.get('view')).expertInvited } : {})}
    />,
    status,
  );

committee.get('/beheer/oproepen/:challengeId/fase/:phase/commissie', async (c) => {
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  const current = await c.get('api')(routes.phaseEvaluation, {
    params: { challengeId: found.call.id, phase: found.phase },
  });
  return committeePage(
    c,
    found.call,
    found.phase,
    emptyForm(committeeValues(current.ok ? current.data : undefined, await candidatesOf(c))),
    200,
    Boolean(current.ok && current.data.committee?.reopened),
  );
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
    page: (form) => committeePage(c, found.call, found.phase, form, 400, true),
  });
});

/** A buyer invites an outside expert to this phase's committee (an e-mailed invitation). */
committee.post('/beheer/oproepen/:challengeId/fase/:phase/deskundige', async (c) => {
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  const v = c.get('view');
  const values = await formValues(c);
  const current = await c.get('api')(routes.phaseEvaluation, {
    params: { challengeId: found.call.id, phase: found.phase },
  });
  const committeeForm = emptyForm(
    committeeValues(current.ok ? current.data : undefined, await candidatesOf(c)),
  );
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
    page: (form, status) => committeePage(c, found.call, found.phase, committeeForm, status, false, form),
  });
});
