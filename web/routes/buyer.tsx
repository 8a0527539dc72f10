/** @jsxImportSource hono/jsx */
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { splitCents } from '#shared/funding/split.ts';
import { toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { routes } from '#shared/routes.ts';
import { notaFields } from '#web/buyer/call/nota-form.tsx';
import { ManageChallengePage } from '#web/buyer/call/view.tsx';
import { ChallengeFormPage } from '#web/buyer/call-form/view.tsx';
import { MyChallengesPage } from '#web/buyer/calls/view.tsx';
import { CancelChallengePage } from '#web/buyer/cancel/view.tsx';
import { CommitteePage } from '#web/buyer/committee/view.tsx';
import { EndContractPage } from '#web/buyer/contracts/view.tsx';
import { CorrectionPage } from '#web/buyer/correction/view.tsx';
import { CallDocumentsPage } from '#web/buyer/documents/view.tsx';
import { BuyerProposalPage } from '#web/buyer/proposal/view.tsx';
import { PublishPage } from '#web/buyer/publish/view.tsx';
import { RankingPage } from '#web/buyer/ranking/view.tsx';
import type { ApiResult } from '#web/kit/api.ts';
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
import { addSchemaErrors, formErrors, parsePercent, parseWhole, percentForInput } from '#web/kit/forms.ts';
import type { ChallengeView, Evaluation } from '#web/kit/types.ts';
import { maxUploadMb, postedFile, uploadErrors, uploadThrough } from '#web/kit/uploads.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { fieldText } from '../i18n/fields.ts';
import { eurosForInput, formatMoney, type Lang, parseEuros } from '../i18n/format.ts';
import type { Messages } from '../i18n/nl.ts';
import { problemText } from '../i18n/problems.ts';
import { UUID } from './public.tsx';

/**
 * The buyer's side: its own calls, drafting and publishing, answering questions, the committee,
 * the ranking with the award decision, and ending contracts. Every change goes through the API.
 */
const SBIR_KEYS = ['impact', 'technical-feasibility', 'economic-prospects'] as const;
const IP_KEYS = ['quality', 'price'] as const;
const DEFAULT_WEIGHTS: Record<number, string> = { 1: '40/30/30', 2: '30/30/40', 3: '30/30/40' };

/** `2027-03-01T17:00` (datetime-local, Amsterdam wall-clock) from a UTC instant. */
const localInput = (iso: string) => toAmsterdamIso(iso).slice(0, 16);

/** The draft form's values from a challenge (to edit it), or the SBIR defaults (a new one). */
function challengeValues(c: ChallengeView | undefined, lang: Lang): Record<string, string> {
  if (!c)
    return {
      instrument: 'sbir',
      cpv: '73000000-2',
      phase1Contracts: '8',
      phase1Duration: '6',
      phase1Weights: DEFAULT_WEIGHTS[1]!,
      phase2Contracts: '2',
      phase2Duration: '18',
      phase2Weights: DEFAULT_WEIGHTS[2]!,
      phase3Weights: DEFAULT_WEIGHTS[3]!,
      funderShare1: '50',
      funderShare2: '50',
    };
  const values: Record<string, string> = {
    instrument: c.instrument,
    titleNl: c.title.nl,
    titleEn: c.title.en ?? '',
    descriptionNl: c.description.nl,
    descriptionEn: c.description.en ?? '',
    theme: c.theme,
    cpv: c.cpvCodes.join(','),
    questionDeadline: localInput(c.questionDeadline),
  };
  c.funders.forEach((f, i) => {
    values[`funderOin${i + 1}`] = f.oin;
    values[`funderShare${i + 1}`] = percentForInput(f.shareBasisPoints, lang);
  });
  for (const p of c.phases) {
    const n = p.number;
    if (n > 1) values[`phase${n}`] = 'on';
    values[`phase${n}Budget`] = eurosForInput(p.budgetCents, lang);
    values[`phase${n}Max`] = eurosForInput(p.maxPerContractCents, lang);
    values[`phase${n}Contracts`] = String(p.plannedContracts);
    values[`phase${n}Duration`] = String(p.durationMonths);
    values[`phase${n}Deadline`] = localInput(p.submissionDeadline);
    values[`phase${n}Weights`] = p.criteria.map((x) => percentForInput(x.weightBasisPoints, lang)).join('/');
    if (p.minimumScore !== undefined)
      values[`phase${n}MinScore`] = String(p.minimumScore).replace('.', lang === 'nl' ? ',' : '.');
  }
  if (c.innovationPartnership) {
    values.mayEndPartners = c.innovationPartnership.mayEndPartnersAfterPhase ? 'yes' : 'no';
    values.conditions = c.innovationPartnership.conditions ?? '';
  }
  return values;
}

/** The API body from the form, the errors the site can tell by itself, and where API errors go. */
function challengeBodyFrom(values: Record<string, string>, t: Messages) {
  const errors: Record<string, string> = {};
  const instrument = values.instrument ?? '';
  const funderRows = [1, 2, 3, 4].filter(
    (n) => values[`funderOin${n}`]?.trim() || values[`funderShare${n}`]?.trim(),
  );
  const funders = funderRows.map((n) => {
    const share = parsePercent(values[`funderShare${n}`]);
    if (share === undefined) errors[`funderShare${n}`] = t.gov.fields.funderShare(n);
    return { oin: values[`funderOin${n}`]?.trim() ?? '', shareBasisPoints: share ?? 0 };
  });
  const phaseNumbers = [1, 2, 3].filter((n) => n === 1 || values[`phase${n}`] === 'on');
  const keys = instrument === 'innovation-partnership' ? IP_KEYS : SBIR_KEYS;
  const phases = phaseNumbers.map((n) => {
    const budget = parseEuros(values[`phase${n}Budget`] ?? '');
    if (budget === undefined) errors[`phase${n}Budget`] = t.form.moneyInvalid;
    const maxText = values[`phase${n}Max`]?.trim();
    const max = maxText ? parseEuros(maxText) : undefined;
    if (maxText && max === undefined) errors[`phase${n}Max`] = t.form.moneyInvalid;
    const contracts = parseWhole(values[`phase${n}Contracts`], 100);
    if (contracts === undefined) errors[`phase${n}Contracts`] = t.form.numberInvalid;
    const duration = parseWhole(values[`phase${n}Duration`], 60);
    if (duration === undefined) errors[`phase${n}Duration`] = t.form.numberInvalid;
    const weights = (values[`phase${n}Weights`] ?? '').split('/').map((w) => parsePercent(w));
    const criteria =
      weights.length === keys.length && weights.every((w) => w !== undefined)
        ? keys.map((key, i) => ({ key, weightBasisPoints: weights[i]! }))
        : undefined;
    if (!criteria) errors[`phase${n}Weights`] = t.gov.fields.weights;
    const minText = values[`phase${n}MinScore`]?.trim().replace(',', '.');
    const minimumScore = minText && /^\d{1,2}(\.\d)?$/.test(minText) ? Number(minText) : undefined;
    if (minText && (minimumScore === undefined || minimumScore > 10))
      errors[`phase${n}MinScore`] = t.form.scoreInvalid;
    return {
      number: n,
      budgetCents: budget ?? 0,
      ...(max !== undefined ? { maxPerContractCents: max } : {}),
      plannedContracts: contracts ?? 0,
      durationMonths: duration ?? 0,
      submissionDeadline: values[`phase${n}Deadline`] ?? '',
      ...(criteria ? { criteria } : {}),
      ...(minimumScore !== undefined ? { minimumScore } : {}),
    };
  });
  const en = (name: string) => values[name]?.trim() || undefined;
  const body = {
    instrument,
    title: { nl: values.titleNl ?? '', ...(en('titleEn') ? { en: en('titleEn') } : {}) },
    description: {
      nl: values.descriptionNl ?? '',
      ...(en('descriptionEn') ? { en: en('descriptionEn') } : {}),
    },
    theme: values.theme ?? '',
    cpvCodes: (values.cpv ?? '').split(',').filter(Boolean),
    funders,
    phases,
    ...(values.questionDeadline?.trim() ? { questionDeadline: values.questionDeadline.trim() } : {}),
    ...(instrument === 'innovation-partnership'
      ? {
          innovationPartnership: {
            mayEndPartnersAfterPhase: values.mayEndPartners === 'yes',
            ...(values.conditions?.trim() ? { conditions: values.conditions.trim() } : {}),
          },
        }
      : {}),
  };
  const fieldOf = (apiField: string): string | undefined => {
    const [, top, index, sub] = apiField.split('.');
    if (top === 'title') return 'titleNl';
    if (top === 'description') return 'descriptionNl';
    if (top === 'cpvCodes') return 'cpv';
    if (top === 'funders') {
      const row = funderRows[Number(index ?? 0)] ?? 1;
      return sub === 'shareBasisPoints' ? `funderShare${row}` : `funderOin${row}`;
    }
    if (top === 'phases') {
      const n = phaseNumbers[Number(index ?? 0)] ?? 1;
      const fields: Record<string, string> = {
        budgetCents: 'Budget',
        maxPerContractCents: 'Max',
        plannedContracts: 'Contracts',
        durationMonths: 'Duration',
        submissionDeadline: 'Deadline',
        criteria: 'Weights',
        minimumScore: 'MinScore',
      };
      return `phase${n}${fields[sub ?? ''] ?? 'Budget'}`;
    }
    if (top === 'innovationPartnership') return sub === 'conditions' ? 'conditions' : 'mayEndPartners';
    if (top === 'instrument' || top === 'theme' || top === 'questionDeadline') return top;
    return undefined;
  };
  return { body, errors, fieldOf };
}

/** Where a funder problem of the co-funding rule goes on the form. */
const FUNDING_PROBLEMS = {
  'shares-do-not-add-up': 'funderShare1',
  'missing-ezk-half': 'funderOin1',
  'duplicate-funder': 'funderOin1',
  'unknown-organisation': 'funderOin1',
};

async function ownChallenge(c: SiteContext, challengeId: string) {
  if (!UUID.test(challengeId)) return undefined;
  const result = await c.get('api')(routes.getChallenge, { params: { challengeId } });
  if (!result.ok || result.data.leadBuyer.oin !== c.get('session')?.org) return undefined;
  return result.data;
}

/** The register of government bodies (possible funders), and which of them is EZK (for the live 50-50 sum). */
async function knownFunders(c: SiteContext) {
  const api = c.get('api');
  const [register, envelopes] = await Promise.all([
    api(routes.listGovernmentOrganisations),
    api(routes.listEnvelopes, { params: { year: c.get('view').now.getUTCFullYear() } }),
  ]);
  const funders = register.ok ? register.data.items.map(({ oin, name }) => ({ oin, name })) : [];
  const ezkOin = envelopes.ok ? envelopes.data.envelopes.find((e) => e.side === 'ezk')?.holderOin : undefined;
  return { funders, ezkOin };
}

export function buyerRoutes(app: Hono<SiteEnv>) {
  // Every page here is the buyer's: others are sent to sign in, or refused.
  app.use('/beheer/*', only(['buyer']));
  app.get('/beheer/oproepen', async (c) => {
    const result = await c.get('api')(routes.myChallenges);
    if (!result.ok) throw new Error(`my challenges: ${result.problem.type}`);
    return render(c, <MyChallengesPage v={c.get('view')} challenges={result.data.items} flash={flash(c)} />);
  });

  const draftForm = async (
    c: SiteContext,
    form: FormState,
    challenge?: ChallengeView,
    status: 200 | 400 = 200,
  ) => {
    const v = c.get('view');
    const known = await knownFunders(c);
    return render(
      c,
      <ChallengeFormPage
        v={v}
        form={form}
        action={challenge ? `/beheer/oproepen/${challenge.id}/wijzigen` : '/beheer/oproepen/nieuw'}
        title={challenge ? v.t.gov.editChallenge : v.t.gov.newChallenge}
        {...(challenge ? { challenge } : {})}
        knownFunders={known.funders}
        {...(known.ezkOin ? { ezkOin: known.ezkOin } : {})}
      />,
      status,
    );
  };

  /** Checked boxes arrive as repeated fields; the form keeps them comma-separated. */
  const draftValues = async (c: SiteContext) => {
    const values = await formValues(c);
    const all = await c.req.parseBody({ all: true });
    for (const name of ['cpv', 'phase2', 'phase3']) {
      const value = all[name];
      values[name] = (Array.isArray(value) ? value : value ? [value] : [])
        .filter((x) => typeof x === 'string')
        .join(',');
    }
    return values;
  };

  app.get('/beheer/oproepen/nieuw', async (c) => {
    return draftForm(c, emptyForm(challengeValues(undefined, c.get('view').lang)));
  });

  app.post('/beheer/oproepen/nieuw', async (c) => {
    const v = c.get('view');
    const values = await draftValues(c);
    const { body, errors, fieldOf } = challengeBodyFrom(values, v.t);
    const form: FormState = { values, errors };
    if (Object.keys(errors).length > 0)
      addSchemaErrors(form, routes.createChallenge.body, body, v.lang, fieldOf);
    else {
      const result = await c.get('api')(routes.createChallenge, { body });
      if (result.ok) return c.redirect(`/beheer/oproepen/${result.data.id}?melding=concept`, 303);
      Object.assign(form, formErrors(result.problem, v.lang, fieldOf, FUNDING_PROBLEMS));
    }
    return draftForm(c, form, undefined, 400);
  });

  app.get('/beheer/oproepen/:challengeId/wijzigen', async (c) => {
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    if (challenge?.status !== 'draft') return notFoundPage(c);
    return draftForm(c, emptyForm(challengeValues(challenge, c.get('view').lang)), challenge);
  });

  app.post('/beheer/oproepen/:challengeId/wijzigen', async (c) => {
    const v = c.get('view');
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    if (challenge?.status !== 'draft') return notFoundPage(c);
    const values = await draftValues(c);
    const { body, errors, fieldOf } = challengeBodyFrom(values, v.t);
    const form: FormState = { values, errors };
    if (Object.keys(errors).length > 0)
      addSchemaErrors(form, routes.createChallenge.body, body, v.lang, fieldOf);
    else {
      const patch = { ...body, innovationPartnership: body.innovationPartnership ?? null };
      const result = await c.get('api')(routes.updateChallenge, {
        params: { challengeId: challenge.id },
        body: patch,
      });
      if (result.ok) return c.redirect(`/beheer/oproepen/${challenge.id}?melding=concept`, 303);
      Object.assign(form, formErrors(result.problem, v.lang, fieldOf, FUNDING_PROBLEMS));
    }
    return draftForm(c, form, challenge, 400);
  });

  const managePage = async (
    c: SiteContext,
    challenge: ChallengeView,
    form = emptyForm(),
    status: 200 | 400 = 200,
  ) => {
    const api = c.get('api');
    const published = challenge.status !== 'draft';
    const [questions, notas, evaluations, awards] = await Promise.all([
      published ? api(routes.listQuestions, { params: { challengeId: challenge.id } }) : undefined,
      published ? api(routes.listNotas, { params: { challengeId: challenge.id } }) : undefined,
      published
        ? Promise.all(
            challenge.phases.map((p) =>
              api(routes.phaseEvaluation, { params: { challengeId: challenge.id, phase: p.number } }),
            ),
          )
        : [],
      published ? api(routes.challengeAwards, { params: { challengeId: challenge.id } }) : undefined,
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

  app.get('/beheer/oproepen/:challengeId', async (c) => {
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    if (!challenge) return notFoundPage(c);
    return managePage(c, challenge);
  });

  /** Each funder's part and where its consent stands (the lead buyer's own share needs none). */
  const reservationsOf = async (c: SiteContext, challenge: ChallengeView) => {
    const parts = splitCents(
      challenge.totalBudgetCents,
      challenge.funders.map((f) => ({ key: f.oin, basisPoints: f.shareBasisPoints })),
    );
    const consents = await c.get('api')(routes.challengeConsents, { params: { challengeId: challenge.id } });
    const current = (oin: string) =>
      consents.ok ? consents.data.items.find((x) => x.funderOin === oin) : undefined;
    return challenge.funders.map((f) => ({
      name: f.name,
      shareBasisPoints: f.shareBasisPoints,
      amountCents: parts.get(f.oin) ?? 0,
      consent:
        f.oin === challenge.leadBuyer.oin ? ('lead' as const) : (current(f.oin)?.status ?? 'requested'),
    }));
  };

  app.get('/beheer/oproepen/:challengeId/publiceren', async (c) => {
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    if (challenge?.status !== 'draft') return notFoundPage(c);
    return render(
      c,
      <PublishPage
        v={c.get('view')}
        challenge={challenge}
        reservations={await reservationsOf(c, challenge)}
        form={emptyForm()}
      />,
    );
  });

  app.post('/beheer/oproepen/:challengeId/publiceren', async (c) => {
    const v = c.get('view');
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    if (challenge?.status !== 'draft') return notFoundPage(c);
    const result = await c.get('api')(routes.publishChallenge, { params: { challengeId: challenge.id } });
    if (result.ok) return c.redirect(`/beheer/oproepen/${challenge.id}?melding=gepubliceerd`, 303);
    // A refusal names each funder that is short (and by how much), or that has not consented.
    const shortfalls = (result.problem.shortfalls ?? []) as { funder: string; shortfallCents: number }[];
    const missing = (result.problem.missing ?? []) as { funder: string; status: 'requested' | 'declined' }[];
    const general =
      shortfalls.length > 0
        ? shortfalls.map((s) => v.t.gov.shortfall(s.funder, formatMoney(s.shortfallCents, v.lang)))
        : missing.length > 0
          ? missing.map((m) => v.t.gov.consentMissing(m.funder, v.t.gov.consentStatus[m.status]))
          : [problemText(result.problem.type, v.lang)];
    return render(
      c,
      <PublishPage
        v={v}
        challenge={challenge}
        reservations={await reservationsOf(c, challenge)}
        form={{ values: {}, errors: {}, general }}
      />,
      400,
    );
  });

  app.get('/beheer/oproepen/:challengeId/intrekken', async (c) => {
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    if (!challenge || (challenge.status !== 'draft' && challenge.status !== 'published'))
      return notFoundPage(c);
    return render(c, <CancelChallengePage v={c.get('view')} challenge={challenge} form={emptyForm()} />);
  });

  app.post('/beheer/oproepen/:challengeId/intrekken', async (c) => {
    const v = c.get('view');
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    if (!challenge || (challenge.status !== 'draft' && challenge.status !== 'published'))
      return notFoundPage(c);
    const values = await formValues(c);
    const result = await c.get('api')(routes.cancelChallenge, {
      params: { challengeId: challenge.id },
      body: { reason: values.reason ?? '' },
    });
    if (result.ok) return c.redirect(`/beheer/oproepen/${challenge.id}?melding=oproep-ingetrokken`, 303);
    const form: FormState = { values, errors: {} };
    Object.assign(
      form,
      formErrors(result.problem, v.lang, () => 'reason'),
    );
    return render(c, <CancelChallengePage v={v} challenge={challenge} form={form} />, 400);
  });

  // A proposal of the own call, after its deadline (the API says sealed before it).
  app.get('/beheer/voorstellen/:proposalId', async (c) => {
    const proposalId = c.req.param('proposalId');
    if (!UUID.test(proposalId)) return notFoundPage(c);
    const proposal = await c.get('api')(routes.getProposal, { params: { proposalId } });
    if (!proposal.ok) return notFoundPage(c);
    const challenge = await ownChallenge(c, proposal.data.challengeId);
    if (!challenge) return notFoundPage(c);
    return render(c, <BuyerProposalPage v={c.get('view')} challenge={challenge} proposal={proposal.data} />);
  });

  // The call's documents: added to a draft at once; after publication through a correction.
  const documentsPage = (
    c: SiteContext,
    challenge: ChallengeView,
    form = emptyForm({ kind: 'challenge-description' }),
    status: 200 | 400 = 200,
  ) =>
    render(
      c,
      <CallDocumentsPage
        v={c.get('view')}
        challenge={challenge}
        form={form}
        maxMb={maxUploadMb()}
        flash={flash(c)}
      />,
      status,
    );

  app.get('/beheer/oproepen/:challengeId/documenten', async (c) => {
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    if (challenge?.status !== 'draft' && challenge?.status !== 'published') return notFoundPage(c);
    return documentsPage(c, challenge);
  });

  app.post('/beheer/oproepen/:challengeId/documenten', async (c) => {
    const v = c.get('view');
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    if (challenge?.status !== 'draft' && challenge?.status !== 'published') return notFoundPage(c);
    const { values, file } = await postedFile(c);
    const form: FormState = { values, errors: {} };
    const title = (values.title ?? '').trim();
    const reason = (values.reason ?? '').trim();
    const replaces = (values.replaces ?? '').trim();
    const published = challenge.status === 'published';
    // Every mistake at once, before any bytes move: the API's own schemas decide.
    const ask = routes.requestCallDocumentUpload.body!.safeParse({
      title,
      kind: values.kind,
      fileName: file?.name ?? 'x.pdf',
      sizeBytes: Math.max(1, file?.size ?? 1),
    });
    if (!ask.success)
      for (const issue of ask.error.issues) {
        const name = String(issue.path[0]);
        form.errors[name === 'fileName' || name === 'sizeBytes' ? FILE_FIELD : name] ??= fieldText(
          `body.${name}`,
          v.lang,
        );
      }
    if (!file) form.errors[FILE_FIELD] = v.t.documents.fileMissing;
    if (
      published &&
      !routes.correctChallenge.body!.safeParse({ reason, documents: [{ uploadId: randomUUID() }] }).success
    )
      form.errors.reason = fieldText('body.reason', v.lang);
    if (Object.keys(form.errors).length > 0 || !file) return documentsPage(c, challenge, form, 400);
    const api = c.get('api');
    const params = { challengeId: challenge.id };
    const uploaded = await uploadThrough(
      c,
      file,
      (input) =>
        api(routes.requestCallDocumentUpload, { params, body: { ...input, title, kind: ask.data!.kind } }),
      (uploadId, sha256) =>
        api(routes.completeCallDocumentUpload, { params: { ...params, uploadId }, body: { sha256 } }),
    );
    if (!uploaded.ok) {
      Object.assign(form, uploadErrors(uploaded.problem, c));
      return documentsPage(c, challenge, form, 400);
    }
    if (uploaded.data.status === 'awaiting-correction') {
      const corrected = await api(routes.correctChallenge, {
        params,
        body: { reason, documents: [{ uploadId: uploaded.data.id, ...(replaces ? { replaces } : {}) }] },
      });
      if (!corrected.ok) {
        Object.assign(
          form,
          formErrors(corrected.problem, v.lang, (field) =>
            field.endsWith('.replaces') ? 'replaces' : field === 'body.reason' ? 'reason' : undefined,
          ),
        );
        return documentsPage(c, challenge, form, 400);
      }
      return c.redirect(`/beheer/oproepen/${challenge.id}/documenten?melding=rectificatie`, 303);
    }
    return c.redirect(`/beheer/oproepen/${challenge.id}/documenten?melding=document`, 303);
  });

  app.post('/beheer/oproepen/:challengeId/documenten/:documentId/verwijderen', async (c) => {
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    const documentId = c.req.param('documentId');
    if (challenge?.status !== 'draft' || !UUID.test(documentId)) return notFoundPage(c);
    const result = await c.get('api')(routes.removeCallDocument, {
      params: { challengeId: challenge.id, documentId },
    });
    if (result.ok) return c.redirect(`/beheer/oproepen/${challenge.id}/documenten?melding=bijlage-weg`, 303);
    return documentsPage(c, challenge, { values: {}, ...uploadErrors(result.problem, c) }, 400);
  });

  // A correction (rectificatie) of the published call.
  app.get('/beheer/oproepen/:challengeId/rectificatie', async (c) => {
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    if (challenge?.status !== 'published') return notFoundPage(c);
    return render(c, <CorrectionPage v={c.get('view')} challenge={challenge} form={emptyForm()} />);
  });

  app.post('/beheer/oproepen/:challengeId/rectificatie', async (c) => {
    const v = c.get('view');
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    if (challenge?.status !== 'published') return notFoundPage(c);
    const values = await formValues(c);
    const moved = challenge.phases
      .filter((p) => (values[`deadline-${p.number}`] ?? '').trim())
      .map((p) => ({ phase: p.number, submissionDeadline: values[`deadline-${p.number}`]!.trim() }));
    const description = (values.descriptionNl ?? '').trim();
    const result = await c.get('api')(routes.correctChallenge, {
      params: { challengeId: challenge.id },
      body: {
        reason: (values.reason ?? '').trim(),
        ...(moved.length > 0 ? { deadlines: moved } : {}),
        ...((values.questionDeadline ?? '').trim()
          ? { questionDeadline: values.questionDeadline!.trim() }
          : {}),
        ...(description ? { description: { ...challenge.description, nl: description } } : {}),
      },
    });
    if (result.ok) return c.redirect(`/beheer/oproepen/${challenge.id}?melding=rectificatie`, 303);
    const form: FormState = { values, errors: {} };
    Object.assign(
      form,
      formErrors(result.problem, v.lang, (field) => {
        const deadline = /^body\.deadlines\.(\d+)/.exec(field);
        if (deadline) return `deadline-${moved[Number(deadline[1])]?.phase ?? moved[0]?.phase ?? 1}`;
        if (field === 'body.deadlines') return moved[0] ? `deadline-${moved[0].phase}` : 'reason';
        if (field === 'body.reason') return 'reason';
        if (field === 'body.questionDeadline') return 'questionDeadline';
        if (field.startsWith('body.description')) return 'descriptionNl';
        return field === 'body' ? 'reason' : undefined;
      }),
    );
    // The general text for a deadline speaks of creating a call; here it is about extending one.
    for (const name of Object.keys(form.errors))
      if (name.startsWith('deadline-') || name === 'questionDeadline')
        form.errors[name] = v.t.corrections.deadlineError;
    return render(
      c,
      <CorrectionPage v={v} challenge={challenge} form={form} />,
      result.status === 409 ? 409 : 400,
    );
  });

  app.post('/beheer/vragen/:questionId/antwoord', async (c) => {
    const v = c.get('view');
    const questionId = c.req.param('questionId');
    const challenge = await ownChallenge(c, c.req.query('oproep') ?? '');
    if (!challenge || !UUID.test(questionId)) return notFoundPage(c);
    const values = await formValues(c);
    const name = `answer-${questionId}`;
    const result = await c.get('api')(routes.answerQuestion, {
      params: { questionId },
      body: { answer: values[name] ?? '' },
    });
    if (result.ok) return c.redirect(`/beheer/oproepen/${challenge.id}?melding=beantwoord#vragen`, 303);
    if (result.status === 404) return notFoundPage(c);
    const form: FormState = { values: { [name]: values[name] ?? '' }, errors: {} };
    Object.assign(
      form,
      formErrors(result.problem, v.lang, () => name, { 'already-answered': name }),
    );
    return managePage(c, challenge, form, 400);
  });

  // A phase's nota van inlichtingen: its questions numbered and published, perhaps one answer amended.
  app.post('/beheer/oproepen/:challengeId/fasen/:phase/nota', async (c) => {
    const v = c.get('view');
    const challenge = await ownChallenge(c, c.req.param('challengeId'));
    const phase = Number(c.req.param('phase'));
    if (!challenge || !(phase === 1 || phase === 2 || phase === 3)) return notFoundPage(c);
    const names = notaFields(phase);
    const values = await formValues(c);
    const typed = (name: string) => (values[name] ?? '').trim();
    const amend = typed(names.question);
    const result = await c.get('api')(routes.publishNota, {
      params: { challengeId: challenge.id, phase },
      body: {
        ...(typed(names.introduction) ? { introduction: typed(names.introduction) } : {}),
        ...(amend
          ? { amendments: [{ questionId: amend, answer: typed(names.answer), reason: typed(names.reason) }] }
          : {}),
      },
    });
    if (result.ok) return c.redirect(`/beheer/oproepen/${challenge.id}?melding=nota#vragen`, 303);
    if (result.status === 404) return notFoundPage(c);
    const form: FormState = {
      values: Object.fromEntries(Object.values(names).map((n) => [n, values[n] ?? ''])),
      errors: {},
    };
    const fieldOf = (field: string) =>
      field === 'body.introduction'
        ? names.introduction
        : field.endsWith('.questionId')
          ? names.question
          : field.endsWith('.answer')
            ? names.answer
            : field.endsWith('.reason')
              ? names.reason
              : undefined;
    Object.assign(form, formErrors(result.problem, v.lang, fieldOf));
    return managePage(c, challenge, form, 400);
  });

  // The committee of a phase.
  const committeeForm = async (
    c: SiteContext,
    challenge: ChallengeView,
    phase: number,
    form?: FormState,
    status: 200 | 400 = 200,
  ) => {
    let values = form?.values;
    if (!values) {
      const current = await c.get('api')(routes.phaseEvaluation, {
        params: { challengeId: challenge.id, phase },
      });
      values = {};
      (current.ok ? (current.data.committee?.assessors ?? []) : []).forEach((a, i) => {
        values![`assessorOin${i + 1}`] = a.oin;
        values![`assessorId${i + 1}`] = a.assessorId;
        values![`assessorName${i + 1}`] = a.name ?? '';
      });
    }
    return render(
      c,
      <CommitteePage
        v={c.get('view')}
        challenge={challenge}
        phase={phase}
        form={form ?? emptyForm(values)}
      />,
      status,
    );
  };

  const phaseOf = async (c: SiteContext) => {
    const challenge = await ownChallenge(c, c.req.param('challengeId') ?? '');
    const phase = Number(c.req.param('phase'));
    if (!challenge || challenge.status === 'draft' || !challenge.phases.some((p) => p.number === phase))
      return undefined;
    return { challenge, phase };
  };

  app.get('/beheer/oproepen/:challengeId/fase/:phase/commissie', async (c) => {
    const found = await phaseOf(c);
    if (!found) return notFoundPage(c);
    return committeeForm(c, found.challenge, found.phase);
  });

  app.post('/beheer/oproepen/:challengeId/fase/:phase/commissie', async (c) => {
    const v = c.get('view');
    const found = await phaseOf(c);
    if (!found) return notFoundPage(c);
    const values = await formValues(c);
    const rows = [1, 2, 3, 4, 5].filter(
      (n) => values[`assessorOin${n}`]?.trim() || values[`assessorId${n}`]?.trim(),
    );
    const assessors = rows.map((n) => ({
      oin: values[`assessorOin${n}`]?.trim() ?? '',
      assessorId: values[`assessorId${n}`]?.trim() ?? '',
      ...(values[`assessorName${n}`]?.trim() ? { name: values[`assessorName${n}`]!.trim() } : {}),
    }));
    const result = await c.get('api')(routes.nameCommittee, {
      params: { challengeId: found.challenge.id, phase: found.phase },
      body: { assessors },
    });
    if (result.ok) return c.redirect(`/beheer/oproepen/${found.challenge.id}?melding=commissie#fasen`, 303);
    const form: FormState = { values, errors: {} };
    const fieldOf = (apiField: string) => {
      const [, , index, sub] = apiField.split('.');
      const row = rows[Number(index ?? 0)] ?? 1;
      return sub === 'assessorId'
        ? `assessorId${row}`
        : sub === 'name'
          ? `assessorName${row}`
          : `assessorOin${row}`;
    };
    Object.assign(
      form,
      formErrors(result.problem, v.lang, fieldOf, { 'duplicate-assessor': 'assessorOin1' }),
    );
    return committeeForm(c, found.challenge, found.phase, form, 400);
  });

  // The ranking and the award decision.
  const rankingPage = async (
    c: SiteContext,
    found: { challenge: ChallengeView; phase: number },
    form?: FormState,
    decisionId?: string,
  ) => {
    const api = c.get('api');
    const params = { challengeId: found.challenge.id, phase: found.phase };
    const [ranking, awards] = await Promise.all([
      api(routes.phaseRanking, { params }),
      api(routes.challengeAwards, { params: { challengeId: found.challenge.id } }),
    ]);
    const phase = found.challenge.phases.find((p) => p.number === found.phase)!;
    const values: Record<string, string> = {};
    if (ranking.ok)
      for (const row of ranking.data.ranking) {
        values[`amount-${row.proposalId}`] = eurosForInput(row.requestedAmountCents, c.get('view').lang);
        const start = new Date(c.get('view').now.getTime() + 14 * 86_400_000);
        const end = new Date(start.getTime() + phase.durationMonths * 30.5 * 86_400_000);
        values[`start-${row.proposalId}`] = start.toISOString().slice(0, 10);
        values[`end-${row.proposalId}`] = end.toISOString().slice(0, 10);
      }
    return render(
      c,
      <RankingPage
        v={c.get('view')}
        challenge={found.challenge}
        {...(ranking.ok
          ? { ranking: ranking.data }
          : { notice: problemText(ranking.problem.type, c.get('view').lang) })}
        awards={awards.ok ? awards.data.items.filter((a) => a.phase === found.phase) : []}
        decisionId={decisionId ?? randomUUID()}
        form={form ?? emptyForm(values)}
      />,
      form ? 400 : 200,
    );
  };

  app.get('/beheer/oproepen/:challengeId/fase/:phase/rangschikking', async (c) => {
    const found = await phaseOf(c);
    if (!found) return notFoundPage(c);
    return rankingPage(c, found);
  });

  app.post('/beheer/oproepen/:challengeId/fase/:phase/gunnen', async (c) => {
    const v = c.get('view');
    const found = await phaseOf(c);
    if (!found) return notFoundPage(c);
    const values = await formValues(c);
    const all = await c.req.parseBody({ all: true });
    const chosen = ([] as unknown[])
      .concat(all.award ?? [])
      .filter((x): x is string => typeof x === 'string' && UUID.test(x));
    values.award = chosen.join(',');
    const decisionId = UUID.test(values.decisionId ?? '') ? values.decisionId! : randomUUID();
    const form: FormState = { values, errors: {} };
    if (chosen.length === 0) form.general = [v.t.gov.chooseOne];
    const awards = chosen.map((proposalId) => {
      const amount = parseEuros(values[`amount-${proposalId}`] ?? '');
      if (amount === undefined) form.errors[`amount-${proposalId}`] = v.t.form.moneyInvalid;
      return {
        proposalId,
        ...(amount !== undefined ? { amountCents: amount } : {}),
        startDate: values[`start-${proposalId}`] ?? '',
        endDate: values[`end-${proposalId}`] ?? '',
      };
    });
    if (!form.general && Object.keys(form.errors).length === 0) {
      const result = await c.get('api')(routes.decideAwards, {
        params: { challengeId: found.challenge.id, phase: found.phase },
        body: {
          decisionId,
          awards,
          ...((values.reasons ?? '').trim() ? { reasons: values.reasons!.trim() } : {}),
        },
      });
      // A resent form (same decision id) gets the same decision back: one decision, never two.
      if (result.ok)
        return c.redirect(`/beheer/oproepen/${found.challenge.id}?melding=gegund#opdrachten`, 303);
      const fieldOf = (apiField: string) => {
        if (apiField === 'body.reasons') return 'reasons';
        const [, , index, sub] = apiField.split('.');
        const id = chosen[Number(index ?? 0)];
        if (!id) return undefined;
        return sub === 'startDate' ? `start-${id}` : sub === 'endDate' ? `end-${id}` : `amount-${id}`;
      };
      Object.assign(form, formErrors(result.problem, v.lang, fieldOf));
    }
    return rankingPage(c, found, form, decisionId);
  });

  // Ending a contract: complete (with the final amount) or terminate (with a reason and what was spent).
  for (const [path, kind] of [
    ['afronden', 'complete'],
    ['beeindigen', 'terminate'],
  ] as const) {
    const page = async (c: SiteContext, form: FormState, status: 200 | 400 = 200) => {
      const awardId = c.req.param('awardId') ?? '';
      const challengeId = c.req.query('oproep') ?? '';
      if (!UUID.test(awardId) || !UUID.test(challengeId)) return notFoundPage(c);
      const award = await c.get('api')(routes.getAward, { params: { awardId } });
      if (!award.ok || award.data.challengeId !== challengeId) return notFoundPage(c);
      return render(
        c,
        <EndContractPage
          v={c.get('view')}
          award={award.data}
          kind={kind}
          challengeId={challengeId}
          form={form}
        />,
        status,
      );
    };
    app.get(`/beheer/opdrachten/:awardId/${path}`, async (c) => {
      return page(c, emptyForm());
    });
    app.post(`/beheer/opdrachten/:awardId/${path}`, async (c) => {
      const v = c.get('view');
      const awardId = c.req.param('awardId');
      const challengeId = c.req.query('oproep') ?? '';
      if (!UUID.test(awardId) || !UUID.test(challengeId)) return notFoundPage(c);
      const values = await formValues(c);
      const form: FormState = { values, errors: {} };
      let result: ApiResult<unknown> | undefined;
      if (kind === 'complete') {
        const text = values.finalAmount?.trim();
        const final = text ? parseEuros(text) : undefined;
        if (text && final === undefined) form.errors.finalAmount = v.t.form.moneyInvalid;
        else
          result = await c.get('api')(routes.completeAward, {
            params: { awardId },
            body: final !== undefined ? { finalAmountCents: final } : {},
          });
      } else {
        const spent = parseEuros(values.spent ?? '');
        if (spent === undefined) form.errors.spent = v.t.form.moneyInvalid;
        else
          result = await c.get('api')(routes.terminateAward, {
            params: { awardId },
            body: {
              reason: values.reason ?? '',
              spentCents: spent,
              ...(values.cause === 'bankruptcy' || values.cause === 'serious-breach'
                ? { cause: values.cause }
                : {}),
            },
          });
      }
      if (result?.ok)
        return c.redirect(
          `/beheer/oproepen/${challengeId}?melding=${kind === 'complete' ? 'afgerond' : 'beeindigd'}#opdrachten`,
          303,
        );
      if (result && !result.ok) {
        const names: Record<string, string> = {
          finalAmountCents: 'finalAmount',
          reason: 'reason',
          spentCents: 'spent',
        };
        Object.assign(
          form,
          formErrors(result.problem, v.lang, (f) => names[f.split('.')[1] ?? '']),
        );
      }
      return page(c, form, 400);
    });
  }
}
