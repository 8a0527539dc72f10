/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { ChallengeView, ProposalView } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { loadChallenge, loadOwnProposal } from '../loaders.ts';
import { proposalMapping, proposalValues, withPhaseMaximum } from './form.ts';
import { ProposalFormPage } from './view.tsx';

/** A proposal for a phase: submitted new, or changed until the deadline. */
export const proposalForm = new Hono<SiteEnv>();

type Phase = ChallengeView['phases'][number];

const formPage = (
  c: SiteContext,
  challenge: ChallengeView,
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
      challenge={challenge}
      phase={phase}
      form={withPhaseMaximum(form, phase, c.get('view'))}
      action={
        target.mode === 'new'
          ? `/oproepen/${challenge.id}/fase/${phase.number}/voorstel`
          : `/voorstellen/${target.proposal.id}/wijzigen`
      }
      mode={target.mode}
      {...(target.mode === 'new' ? { profileMissing } : {})}
    />,
    status,
  );

/** The call and phase of a new proposal, as the path names them; undefined when not open to it. */
async function phaseOf(c: SiteContext) {
  const challenge = await loadChallenge(c, c.req.param('challengeId') ?? '');
  const phase = challenge?.phases.find((p) => String(p.number) === c.req.param('phase'));
  if (!challenge || !phase || challenge.status === 'draft') return undefined;
  return { challenge, phase };
}

const newForm = async (c: SiteContext, form?: FormState, status: 200 | 400 = 200) => {
  const found = await phaseOf(c);
  if (!found) return notFoundPage(c);
  const profile = await c.get('api')(routes.getCompanyProfile);
  return formPage(
    c,
    found.challenge,
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
  return postForm(c, {
    route: routes.submitProposal,
    params: { challengeId, phase: phaseNumber },
    map: proposalMapping,
    redirect: (proposal) => `/voorstellen/${proposal.id}?melding=ingediend`,
    page: (form) => newForm(c, form, 400),
  });
});

/** The own proposal with its call and phase, for changing it. */
async function ownProposal(c: SiteContext) {
  const proposal = await loadOwnProposal(c, c.req.param('proposalId') ?? '');
  if (!proposal) return undefined;
  const challenge = await loadChallenge(c, proposal.challengeId);
  const phase = challenge?.phases.find((p) => p.number === proposal.phase);
  return challenge && phase ? { proposal, challenge, phase } : undefined;
}

proposalForm.get('/voorstellen/:proposalId/wijzigen', async (c) => {
  const found = await ownProposal(c);
  if (!found) return notFoundPage(c);
  const form = emptyForm(proposalValues(found.proposal, c.get('view')));
  return formPage(c, found.challenge, found.phase, form, { mode: 'edit', proposal: found.proposal });
});

proposalForm.post('/voorstellen/:proposalId/wijzigen', async (c) => {
  const proposal = await loadOwnProposal(c, c.req.param('proposalId'));
  if (!proposal) return notFoundPage(c);
  return postForm(c, {
    route: routes.reviseProposal,
    params: { proposalId: proposal.id },
    map: proposalMapping,
    redirect: () => `/voorstellen/${proposal.id}?melding=gewijzigd`,
    page: async (form) => {
      const found = await ownProposal(c);
      if (!found) return notFoundPage(c);
      return formPage(c, found.challenge, found.phase, form, { mode: 'edit', proposal }, 400);
    },
  });
});
