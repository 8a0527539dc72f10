/** @jsxImportSource hono/jsx */

import type { Hono } from 'hono';
import { companyIdCountry } from '#shared/kernel/company-id.ts';
import { routes } from '#shared/routes.ts';
import { FeedbackPage } from '#web/company/feedback/view.tsx';
import { FollowUpFormPage, FollowUpsPage } from '#web/company/follow-ups/view.tsx';
import { InvitationsPage } from '#web/company/invitations/view.tsx';
import { MyProposalsPage } from '#web/company/my-proposals/view.tsx';
import { CompanyPage } from '#web/company/profile/view.tsx';
import { ProposalPage } from '#web/company/proposal/view.tsx';
import { ProposalFormPage } from '#web/company/proposal-form/view.tsx';
import { WithdrawPage } from '#web/company/withdraw/view.tsx';
import type { ApiClient } from '#web/kit/api.ts';
import {
  flash,
  formValues,
  notFoundPage,
  only,
  render,
  type SiteContext,
  type SiteEnv,
} from '#web/kit/context.tsx';
import { FILE_FIELD } from '#web/kit/files.tsx';
import { addSchemaErrors, formErrors } from '#web/kit/forms.ts';
import type { ChallengeView, ProposalView } from '#web/kit/types.ts';
import { maxUploadMb, postedFile, uploadErrors, uploadThrough } from '#web/kit/uploads.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { eurosForInput, formatMoney, type Lang, parseEuros } from '../i18n/format.ts';
import type { Messages } from '../i18n/nl.ts';
import { problemText } from '../i18n/problems.ts';
import { UUID } from './public.tsx';

/** The challenges named by a list of ids, read once each (for titles in tables). */
async function challengesById(api: ApiClient, ids: string[]): Promise<Map<string, ChallengeView>> {
  const unique = [...new Set(ids)];
  const results = await Promise.all(
    unique.map((challengeId) => api(routes.getChallenge, { params: { challengeId } })),
  );
  const map = new Map<string, ChallengeView>();
  results.forEach((r, i) => {
    if (r.ok) map.set(unique[i]!, r.data);
  });
  return map;
}

// ---- Proposals ----

/** The amount field's refusal, naming the phase's maximum in the reader's format. */
function withPhaseMaximum(
  form: FormState,
  phase: { maxPerContractCents: number },
  t: Messages,
  lang: Lang,
): FormState {
  if (form.errors.requestedAmount !== problemText('over-phase-maximum', lang)) return form;
  return {
    ...form,
    errors: {
      ...form.errors,
      requestedAmount: t.proposal.overMaximum(formatMoney(phase.maxPerContractCents, lang)),
    },
  };
}

const PROPOSAL_API_FIELDS: Record<string, string> = {
  summary: 'summary',
  plan: 'plan',
  requestedAmountCents: 'requestedAmount',
  durationMonths: 'durationMonths',
};

/** The proposal form's values as the API's body, or the fields the site can already tell are wrong. */
function proposalBody(values: Record<string, string>, t: Messages) {
  const errors: Record<string, string> = {};
  const amount = parseEuros(values.requestedAmount ?? '');
  if (amount === undefined) errors.requestedAmount = t.form.moneyInvalid;
  const duration = /^\d{1,3}$/.test((values.durationMonths ?? '').trim())
    ? Number(values.durationMonths)
    : undefined;
  if (duration === undefined) errors.durationMonths = t.form.numberInvalid;
  // Only the document rows that were filled in are sent; remember which row each one came from.
  const rows = [1, 2, 3].filter(
    (n) => (values[`docTitle${n}`] ?? '').trim() || (values[`docUrl${n}`] ?? '').trim(),
  );
  const body = {
    summary: values.summary ?? '',
    plan: values.plan ?? '',
    requestedAmountCents: amount ?? 0,
    durationMonths: duration ?? 0,
    documents: rows.map((n) => ({
      title: values[`docTitle${n}`]?.trim() ?? '',
      url: values[`docUrl${n}`]?.trim() ?? '',
    })),
  };
  const fieldOf = (apiField: string) => {
    const parts = apiField.split('.');
    if (parts[1] === 'documents') {
      const row = rows[Number(parts[2] ?? 0)] ?? 1;
      return parts[3] === 'url' ? `docUrl${row}` : `docTitle${row}`;
    }
    return PROPOSAL_API_FIELDS[parts[1] ?? ''];
  };
  return { body, errors, fieldOf };
}

function proposalValues(p: ProposalView, lang: Lang): Record<string, string> {
  const values: Record<string, string> = {
    summary: p.summary,
    plan: p.plan,
    requestedAmount: eurosForInput(p.requestedAmountCents, lang),
    durationMonths: String(p.durationMonths),
  };
  p.documents.slice(0, 3).forEach((d, i) => {
    values[`docTitle${i + 1}`] = d.title;
    values[`docUrl${i + 1}`] = d.url;
  });
  return values;
}

async function loadOwnProposal(c: SiteContext, proposalId: string) {
  if (!UUID.test(proposalId)) return undefined;
  const result = await c.get('api')(routes.getProposal, { params: { proposalId } });
  if (!result.ok) {
    if ([400, 403, 404].includes(result.status)) return undefined;
    throw new Error(`proposal ${proposalId}: ${result.problem.type}`);
  }
  return result.data;
}

async function loadChallenge(c: SiteContext, challengeId: string) {
  if (!UUID.test(challengeId)) return undefined;
  const result = await c.get('api')(routes.getChallenge, { params: { challengeId } });
  return result.ok ? result.data : undefined;
}

export function smeRoutes(app: Hono<SiteEnv>) {
  // A company's own pages: others are sent to sign in, or refused. The e-mail settings under
  // /mijn/ are everyone's (guarded by the mail routes).
  const companyOnly = only(['sme']);
  app.use('/mijn/*', (c, next) =>
    c.req.path === '/mijn/e-mail' || c.req.path.startsWith('/mijn/e-mail/') ? next() : companyOnly(c, next),
  );
  for (const path of ['/voorstellen/*', '/oproepen/:challengeId/fase/*']) app.use(path, companyOnly);
  // Company profile and SME declaration.
  app.get('/mijn/bedrijf', async (c) => {
    const v = c.get('view');
    const result = await c.get('api')(routes.getCompanyProfile);
    const profile = result.ok ? result.data : undefined;
    const form = emptyForm(
      profile
        ? {
            name: profile.name,
            btwId: profile.btwId ?? '',
            staff: String(profile.staff),
            turnover: eurosForInput(profile.turnoverCents, v.lang),
            balanceSheet: eurosForInput(profile.balanceSheetCents, v.lang),
            country: profile.country,
          }
        : { country: companyIdCountry(c.get('session')?.org ?? '') },
    );
    return render(c, <CompanyPage v={v} form={form} {...(profile ? { profile } : {})} flash={flash(c)} />);
  });

  app.post('/mijn/bedrijf', async (c) => {
    const v = c.get('view');
    const values = await formValues(c);
    const form: FormState = { values, errors: {} };
    const turnover = parseEuros(values.turnover ?? '');
    const balance = parseEuros(values.balanceSheet ?? '');
    const staff = /^\d{1,7}$/.test((values.staff ?? '').trim()) ? Number(values.staff) : undefined;
    if (turnover === undefined) form.errors.turnover = v.t.form.moneyInvalid;
    if (balance === undefined) form.errors.balanceSheet = v.t.form.moneyInvalid;
    if (staff === undefined) form.errors.staff = v.t.form.numberInvalid;
    const btwId = values.btwId?.trim();
    const country = values.country?.trim();
    const body = {
      name: values.name ?? '',
      ...(btwId ? { btwId } : {}),
      staff,
      turnoverCents: turnover,
      balanceSheetCents: balance,
      ...(country ? { country } : {}),
    };
    const names: Record<string, string> = {
      name: 'name',
      btwId: 'btwId',
      staff: 'staff',
      turnoverCents: 'turnover',
      balanceSheetCents: 'balanceSheet',
      country: 'country',
    };
    const fieldOf = (f: string) => names[f.split('.')[1] ?? ''];
    if (Object.keys(form.errors).length > 0)
      addSchemaErrors(form, routes.putCompanyProfile.body, body, v.lang, fieldOf);
    else {
      const result = await c.get('api')(routes.putCompanyProfile, { body });
      if (result.ok) return c.redirect('/mijn/bedrijf?melding=opgeslagen', 303);
      Object.assign(form, formErrors(result.problem, v.lang, fieldOf));
    }
    const current = await c.get('api')(routes.getCompanyProfile);
    return render(
      c,
      <CompanyPage v={v} form={form} {...(current.ok ? { profile: current.data } : {})} />,
      400,
    );
  });

  // A new proposal for a phase.
  const proposalForm = async (c: SiteContext, form?: FormState, status: 200 | 400 | 409 | 422 = 200) => {
    const v = c.get('view');
    const challenge = await loadChallenge(c, c.req.param('challengeId') ?? '');
    const phase = challenge?.phases.find((p) => String(p.number) === c.req.param('phase'));
    if (!challenge || !phase || challenge.status === 'draft') return notFoundPage(c);
    const profile = await c.get('api')(routes.getCompanyProfile);
    return render(
      c,
      <ProposalFormPage
        v={v}
        challenge={challenge}
        phase={phase}
        form={
          form
            ? withPhaseMaximum(form, phase, v.t, v.lang)
            : emptyForm({ durationMonths: String(phase.durationMonths) })
        }
        action={`/oproepen/${challenge.id}/fase/${phase.number}/voorstel`}
        mode="new"
        profileMissing={!profile.ok}
      />,
      status,
    );
  };

  app.get('/oproepen/:challengeId/fase/:phase/voorstel', async (c) => {
    return proposalForm(c);
  });

  app.post('/oproepen/:challengeId/fase/:phase/voorstel', async (c) => {
    const v = c.get('view');
    const values = await formValues(c);
    const { body, errors, fieldOf } = proposalBody(values, v.t);
    const form: FormState = { values, errors };
    if (Object.keys(errors).length > 0)
      addSchemaErrors(form, routes.submitProposal.body, body, v.lang, fieldOf);
    else {
      const challengeId = c.req.param('challengeId');
      const phase = c.req.param('phase');
      if (!UUID.test(challengeId) || !['1', '2', '3'].includes(phase)) return notFoundPage(c);
      const result = await c.get('api')(routes.submitProposal, { params: { challengeId, phase }, body });
      if (result.ok) return c.redirect(`/voorstellen/${result.data.id}?melding=ingediend`, 303);
      if (result.status === 404) return notFoundPage(c);
      Object.assign(
        form,
        formErrors(result.problem, v.lang, fieldOf, { 'over-phase-maximum': 'requestedAmount' }),
      );
    }
    return proposalForm(c, form, 400);
  });

  const proposalPage = async (c: SiteContext, proposal: ProposalView, upload?: FormState) => {
    const [challenge, feedback] = await Promise.all([
      loadChallenge(c, proposal.challengeId),
      c.get('api')(routes.proposalFeedback, { params: { proposalId: proposal.id } }),
    ]);
    return render(
      c,
      <ProposalPage
        v={c.get('view')}
        proposal={proposal}
        {...(challenge ? { challenge } : {})}
        feedbackAvailable={feedback.ok}
        flash={flash(c)}
        {...(upload ? { upload } : {})}
        maxUploadMb={maxUploadMb()}
      />,
      upload ? 400 : 200,
    );
  };

  app.get('/voorstellen/:proposalId', async (c) => {
    const proposal = await loadOwnProposal(c, c.req.param('proposalId'));
    if (!proposal) return notFoundPage(c);
    return proposalPage(c, proposal);
  });

  // A file for the proposal: posted to the site, sent on to the store, checked by the API.
  app.post('/voorstellen/:proposalId/bijlagen', async (c) => {
    const proposal = await loadOwnProposal(c, c.req.param('proposalId'));
    if (!proposal) return notFoundPage(c);
    const { values, file } = await postedFile(c);
    const form: FormState = { values, errors: {} };
    if (!file) form.errors[FILE_FIELD] = c.get('view').t.documents.fileMissing;
    else {
      const api = c.get('api');
      const params = { proposalId: proposal.id };
      const result = await uploadThrough(
        c,
        file,
        (body) => api(routes.requestAttachmentUpload, { params, body }),
        (uploadId, sha256) =>
          api(routes.completeAttachmentUpload, { params: { ...params, uploadId }, body: { sha256 } }),
      );
      if (result.ok) return c.redirect(`/voorstellen/${proposal.id}?melding=bijlage#bijlagen`, 303);
      Object.assign(form, uploadErrors(result.problem, c));
    }
    return proposalPage(c, (await loadOwnProposal(c, proposal.id)) ?? proposal, form);
  });

  app.post('/voorstellen/:proposalId/bijlagen/:attachmentId/verwijderen', async (c) => {
    const proposalId = c.req.param('proposalId');
    const attachmentId = c.req.param('attachmentId');
    if (!UUID.test(proposalId) || !UUID.test(attachmentId)) return notFoundPage(c);
    const result = await c.get('api')(routes.removeAttachment, { params: { proposalId, attachmentId } });
    if (result.ok) return c.redirect(`/voorstellen/${proposalId}?melding=bijlage-weg#bijlagen`, 303);
    const proposal = await loadOwnProposal(c, proposalId);
    if (!proposal) return notFoundPage(c);
    return proposalPage(c, proposal, { values: {}, ...uploadErrors(result.problem, c) });
  });

  const editForm = async (
    c: SiteContext,
    proposal: ProposalView,
    form: FormState,
    status: 200 | 400 = 200,
  ) => {
    const challenge = await loadChallenge(c, proposal.challengeId);
    const phase = challenge?.phases.find((p) => p.number === proposal.phase);
    if (!challenge || !phase) return notFoundPage(c);
    return render(
      c,
      <ProposalFormPage
        v={c.get('view')}
        challenge={challenge}
        phase={phase}
        form={withPhaseMaximum(form, phase, c.get('view').t, c.get('view').lang)}
        action={`/voorstellen/${proposal.id}/wijzigen`}
        mode="edit"
      />,
      status,
    );
  };

  app.get('/voorstellen/:proposalId/wijzigen', async (c) => {
    const proposal = await loadOwnProposal(c, c.req.param('proposalId'));
    if (!proposal) return notFoundPage(c);
    return editForm(c, proposal, emptyForm(proposalValues(proposal, c.get('view').lang)));
  });

  app.post('/voorstellen/:proposalId/wijzigen', async (c) => {
    const v = c.get('view');
    const proposal = await loadOwnProposal(c, c.req.param('proposalId'));
    if (!proposal) return notFoundPage(c);
    const values = await formValues(c);
    const { body, errors, fieldOf } = proposalBody(values, v.t);
    const form: FormState = { values, errors };
    if (Object.keys(errors).length > 0)
      addSchemaErrors(form, routes.reviseProposal.body, body, v.lang, fieldOf);
    else {
      const result = await c.get('api')(routes.reviseProposal, { params: { proposalId: proposal.id }, body });
      if (result.ok) return c.redirect(`/voorstellen/${proposal.id}?melding=gewijzigd`, 303);
      Object.assign(
        form,
        formErrors(result.problem, v.lang, fieldOf, { 'over-phase-maximum': 'requestedAmount' }),
      );
    }
    return editForm(c, proposal, form, 400);
  });

  app.get('/voorstellen/:proposalId/intrekken', async (c) => {
    const proposal = await loadOwnProposal(c, c.req.param('proposalId'));
    if (!proposal) return notFoundPage(c);
    const challenge = await loadChallenge(c, proposal.challengeId);
    return render(
      c,
      <WithdrawPage
        v={c.get('view')}
        proposal={proposal}
        {...(challenge ? { challenge } : {})}
        form={emptyForm()}
      />,
    );
  });

  app.post('/voorstellen/:proposalId/intrekken', async (c) => {
    const proposal = await loadOwnProposal(c, c.req.param('proposalId'));
    if (!proposal) return notFoundPage(c);
    const result = await c.get('api')(routes.withdrawProposal, { params: { proposalId: proposal.id } });
    if (result.ok) return c.redirect(`/oproepen/${proposal.challengeId}?melding=ingetrokken`, 303);
    const challenge = await loadChallenge(c, proposal.challengeId);
    const form: FormState = {
      values: {},
      errors: {},
      general: [problemText(result.problem.type, c.get('view').lang)],
    };
    return render(
      c,
      <WithdrawPage
        v={c.get('view')}
        proposal={proposal}
        {...(challenge ? { challenge } : {})}
        form={form}
      />,
      409,
    );
  });

  app.get('/voorstellen/:proposalId/terugkoppeling', async (c) => {
    const proposal = await loadOwnProposal(c, c.req.param('proposalId'));
    if (!proposal) return notFoundPage(c);
    const api = c.get('api');
    const [challenge, feedback, statistics] = await Promise.all([
      loadChallenge(c, proposal.challengeId),
      api(routes.proposalFeedback, { params: { proposalId: proposal.id } }),
      api(routes.phaseStatistics, { params: { challengeId: proposal.challengeId, phase: proposal.phase } }),
    ]);
    return render(
      c,
      <FeedbackPage
        v={c.get('view')}
        proposal={proposal}
        {...(challenge ? { challenge } : {})}
        {...(feedback.ok ? { feedback: feedback.data } : {})}
        {...(statistics.ok ? { statistics: statistics.data } : {})}
      />,
    );
  });

  app.get('/mijn/voorstellen', async (c) => {
    const result = await c.get('api')(routes.myProposals, { query: { limit: 100 } });
    if (!result.ok) throw new Error(`my proposals: ${result.problem.type}`);
    const challenges = await challengesById(
      c.get('api'),
      result.data.items.map((p) => p.challengeId),
    );
    return render(
      c,
      <MyProposalsPage
        v={c.get('view')}
        proposals={result.data.items}
        challenges={challenges}
        flash={flash(c)}
      />,
    );
  });

  app.get('/mijn/uitnodigingen', async (c) => {
    const result = await c.get('api')(routes.myInvitations);
    if (!result.ok) throw new Error(`invitations: ${result.problem.type}`);
    const challenges = await challengesById(
      c.get('api'),
      result.data.items.map((i) => i.challengeId),
    );
    return render(
      c,
      <InvitationsPage v={c.get('view')} invitations={result.data.items} challenges={challenges} />,
    );
  });

  // Follow-up monitoring.
  const followUpOf = async (c: SiteContext) => {
    const result = await c.get('api')(routes.myFollowUps);
    if (!result.ok) throw new Error(`follow-ups: ${result.problem.type}`);
    return result.data.items;
  };

  app.get('/mijn/vervolgmonitoring', async (c) => {
    const items = await followUpOf(c);
    const challenges = await challengesById(
      c.get('api'),
      items.map((f) => f.challengeId),
    );
    return render(
      c,
      <FollowUpsPage v={c.get('view')} followUps={items} challenges={challenges} flash={flash(c)} />,
    );
  });

  const followUpForm = async (c: SiteContext, form: FormState, status: 200 | 400 = 200) => {
    const items = await followUpOf(c);
    const followUp = items.find(
      (f) => f.awardId === c.req.param('awardId') && String(f.round) === c.req.param('round'),
    );
    if (!followUp) return notFoundPage(c);
    const challenge = await loadChallenge(c, followUp.challengeId);
    return render(
      c,
      <FollowUpFormPage
        v={c.get('view')}
        followUp={followUp}
        {...(challenge ? { challenge } : {})}
        form={form}
      />,
      status,
    );
  };

  app.get('/mijn/vervolgmonitoring/:awardId/:round', async (c) => {
    return followUpForm(c, emptyForm({ jobs: '0', revenue: '0', investment: '0' }));
  });

  app.post('/mijn/vervolgmonitoring/:awardId/:round', async (c) => {
    const v = c.get('view');
    const awardId = c.req.param('awardId');
    const round = Number(c.req.param('round'));
    if (!UUID.test(awardId) || ![1, 2, 3].includes(round)) return notFoundPage(c);
    const values = await formValues(c);
    const form: FormState = { values, errors: {} };
    const revenue = parseEuros(values.revenue ?? '');
    const investment = parseEuros(values.investment ?? '');
    const jobs = /^\d{1,6}$/.test((values.jobs ?? '').trim()) ? Number(values.jobs) : undefined;
    if (revenue === undefined) form.errors.revenue = v.t.form.moneyInvalid;
    if (investment === undefined) form.errors.investment = v.t.form.moneyInvalid;
    if (jobs === undefined) form.errors.jobs = v.t.form.numberInvalid;
    for (const name of ['marketLaunch', 'launchingCustomer'])
      if (values[name] !== 'yes' && values[name] !== 'no') form.errors[name] = v.t.form.chooseYesNo;
    const oin = values.launchingCustomerOin?.trim();
    const remarks = values.remarks?.trim();
    const body = {
      round,
      followOnRevenueCents: revenue,
      jobsCreated: jobs,
      followOnInvestmentCents: investment,
      marketLaunch: values.marketLaunch === 'yes',
      launchingCustomer: values.launchingCustomer === 'yes',
      ...(oin ? { launchingCustomerOin: oin } : {}),
      ...(remarks ? { remarks } : {}),
    };
    const names: Record<string, string> = {
      followOnRevenueCents: 'revenue',
      followOnInvestmentCents: 'investment',
      jobsCreated: 'jobs',
      launchingCustomerOin: 'launchingCustomerOin',
      remarks: 'remarks',
    };
    const fieldOf = (f: string) => names[f.split('.')[1] ?? ''];
    if (Object.keys(form.errors).length > 0)
      addSchemaErrors(form, routes.reportFollowUp.body, body, v.lang, fieldOf);
    else {
      const result = await c.get('api')(routes.reportFollowUp, { params: { awardId }, body });
      if (result.ok) return c.redirect('/mijn/vervolgmonitoring?melding=vervolg', 303);
      Object.assign(form, formErrors(result.problem, v.lang, fieldOf));
    }
    return followUpForm(c, form, 400);
  });
}
