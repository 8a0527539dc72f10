/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import type { CallView } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { phaseOf } from '../loaders.ts';
import { committeeMapping, committeeValues } from './form.ts';
import { CommitteePage } from './view.tsx';

/** The committee of a phase. */
export const committee = new Hono<SiteEnv>();

const committeePage = (
  c: SiteContext,
  call: CallView,
  phase: number,
  form: FormState,
  status: 200 | 400 | 409 = 200,
  reopened = false,
) =>
  render(
    c,
    <CommitteePage v={c.get('view')} call={call} phase={phase} form={form} reopened={reopened} />,
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
    emptyForm(committeeValues(current.ok ? current.data : undefined)),
    200,
    Boolean(current.ok && current.data.committee?.reopened),
  );
});

committee.post('/beheer/oproepen/:challengeId/fase/:phase/commissie', async (c) => {
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  return postForm(c, {
    route: routes.nameCommittee,
    params: { challengeId: found.call.id, phase: found.phase },
    map: committeeMapping,
    redirect: () => `/beheer/oproepen/${found.call.id}?melding=commissie#fasen`,
    page: (form) => committeePage(c, found.call, found.phase, form, 400, true),
  });
});
