/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { CallView, ProposalView } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { loadCall, loadOwnProposal } from '../loaders.ts';
import { proposalMapping, proposalValues, withPhaseMaximum } from './form.ts';
import { ProposalFormPage } from './view.tsx';

/** A proposal for a phase: submitted new, or changed until the deadline. */
export const proposalForm = new Hono<SiteEnv>();

type Phase = CallView['phases'][number];

const formPage = (
  c: SiteContext,
  call: CallView,
  phase: Phase,
  form: FormState,
  target: { mode: 'new' } | { mode: 'edit'; proposal: ProposalView },
  status: 200 | 400 = 200,
  profileMissing = false,
) =>
  render(
    c,
    <ProposalFormPage
      v={c.get('view')}
      call={call}
      phase={phase}
      form={withPhaseMaximum(form, phase, c.get('view'))}
      action={
        target.mode === 'new'
          ? `/oproepen/${call.id}/fase/${phase.number}/voorstel`
          : `/voorstellen/${target.proposal.id}/wijzigen`
      }
      mode={target.mode}
      {...(target.mode === 'new' ? { profileMissing } : {})}
    />,
    status,
  );

/** The call and phase of a new proposal, as the path names them; undefined when not open to it. */
async function phaseOf(c: SiteContext) {
  const call = await loadCall(c, c.req.param('challengeId') ?? '');
  const phase = call?.phases.find((p) => String(p.number) === c.req.param('phase'));
  if (!call || !phase || call.status === 'draft') return undefined;
  return { call, phase };
}

const newForm = async (
  c: SiteContext,
  form?: FormState,
  status: 200 | 400 = 200,
  read?: Awaited<ReturnType<typeof phaseOf>>,
) => {
  const found = read ?? (await phaseOf(c));
  if (!found) return notFoundPage(c);
  const profile = await c.get('api')(routes.getCompanyProfile);
  return formPage(
    c,
    found.call,
    found.phase,
    form ?? emptyForm({ durationMonths: String(found.phase.durationMonths) }),
    { mode: 'new' },
    status,
    !profile.ok,
  );
};

proposalForm.get('/oproepen/:challengeId/fase/:phase/voorstel', (c) => newForm(c));

proposalForm.post('/oproepen/:challengeId/fase/:phase/voorstel', async (c) => {
  const challengeId = c.req.param('challengeId');
  const phaseNumber = c.req.param('phase');
  if (!UUID.test(challengeId) || !['1', '2', '3'].includes(phaseNumber)) return notFoundPage(c);
  // Read once: the phase's maximum is checked with the other mistakes, and the page shows it again.
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  return postForm(c, {
    route: routes.submitProposal,
    params: { challengeId, phase: phaseNumber },
    map: (values, v) => proposalMapping(values, v, found.phase),
    redirect: (proposal) => `/voorstellen/${proposal.id}/ontvangen`,
    page: (form) => newForm(c, form, 400, found),
  });
});

/** The own proposal with its call and phase, for changing it. */
async function ownProposal(c: SiteContext) {
  const proposal = await loadOwnProposal(c, c.req.param('proposalId') ?? '');
  if (!proposal) return undefined;
  const call = await loadCall(c, proposal.challengeId);
  const phase = call?.phases.find((p) => p.number === proposal.phase);
  return call && phase ? { proposal, call, phase } : undefined;
}

proposalForm.get('/voorstellen/:proposalId/wijzigen', async (c) => {
  const found = await ownProposal(c);
  if (!found) return notFoundPage(c);
  const form = emptyForm(proposalValues(found.proposal, c.get('view')));
  return formPage(c, found.call, found.phase, form, { mode: 'edit', proposal: found.proposal });
});

proposalForm.post('/voorstellen/:proposalId/wijzigen', async (c) => {
  const found = await ownProposal(c);
  if (!found) return notFoundPage(c);
  const { proposal } = found;
  return postForm(c, {
    route: routes.reviseProposal,
    params: { proposalId: proposal.id },
    map: (values, v) => proposalMapping(values, v, found.phase),
    redirect: () => `/voorstellen/${proposal.id}?melding=gewijzigd`,
    page: (form) => formPage(c, found.call, found.phase, form, { mode: 'edit', proposal }, 400),
  });
});
