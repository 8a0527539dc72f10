/** @jsxImportSource hono/jsx */
import type { z } from 'zod/mini';
import { CRITERIA, type CriterionKey, RD_CPV_CODES, THEMES, type Theme } from '#shared/kernel/vocabulary.ts';
import type { routes } from '#shared/routes.ts';
import {
  formatDate,
  formatDateTime,
  formatLastDay,
  formatMoney,
  formatNumber,
  formatShare,
} from '#web/i18n/format.ts';
import {
  A,
  Alert,
  Breadcrumbs,
  Button,
  Choices,
  CsrfField,
  Deadline,
  ErrorSummary,
  H1,
  H2,
  Layout,
  P,
  Select,
  SummaryList,
  Table,
  Tag,
  TextArea,
  TextField,
  YesNo,
} from './components.tsx';
import { CallDocumentForm, FILE_FIELD, FileTable } from './documents.tsx';
import { type Nota, NotaLinks, notaFields, PublishNotaForm, QuestionStatus } from './notas.tsx';
import type { ChallengeView } from './public.tsx';
import { type FormState, localised, titleOf, type View } from './view.ts';

export type Evaluation = z.output<typeof routes.phaseEvaluation.response>;
export type Ranking = z.output<typeof routes.phaseRanking.response>;
export type Award = z.output<typeof routes.challengeAwards.response>['items'][number];
export type Question = z.output<typeof routes.listQuestions.response>['items'][number];
export type EnvelopeList = z.output<typeof routes.listEnvelopes.response>;

const statusTag = (c: ChallengeView, v: View) => (
  <Tag kind={c.status === 'published' ? 'open' : c.status === 'draft' ? 'warning' : 'closed'}>
    {v.t.statuses[c.status]}
  </Tag>
);
const manageCrumbs = (v: View, c?: ChallengeView) => (
  <Breadcrumbs
    label={v.t.gov.myChallenges}
    items={[
      { href: '/beheer/oproepen', label: v.t.gov.myChallenges },
      ...(c ? [{ href: `/beheer/oproepen/${c.id}`, label: titleOf(c, v) }] : []),
    ]}
  />
);

export function MyChallengesPage(props: { v: View; challenges: ChallengeView[]; flash?: string }) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.gov.myChallenges} current="my-challenges">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{t.gov.myChallenges}</H1>
      <P>{t.gov.myChallengesIntro}</P>
      <P>
        <a class="im-button-link" href="/beheer/oproepen/nieuw">
          {t.gov.newChallenge}
        </a>
      </P>
      {props.challenges.length === 0 ? (
        <P>{t.gov.noChallenges}</P>
      ) : (
        <Table
          caption={t.gov.myChallenges}
          hideCaption
          columns={[
            { label: t.proposal.forChallenge },
            { label: t.gov.status },
            { label: t.gov.phasesOverview },
            { label: t.challenge.totalBudget, numeric: true },
            { label: t.gov.created },
          ]}
          rows={props.challenges.map((c) => [
            <A href={`/beheer/oproepen/${c.id}`}>{titleOf(c, v)}</A>,
            statusTag(c, v),
            c.phases.map((p) => `${p.number}: ${t.phaseStatuses[p.status]}`).join(' · '),
            formatMoney(c.totalBudgetCents, v.lang),
            formatDate(c.createdAt, v.lang),
          ])}
        />
      )}
    </Layout>
  );
}

export const CHALLENGE_FIELDS = [
  'instrument',
  'titleNl',
  'titleEn',
  'descriptionNl',
  'descriptionEn',
  'theme',
  'cpv',
  'questionDeadline',
  ...[1, 2, 3, 4].flatMap((n) => [`funderOin${n}`, `funderShare${n}`]),
  ...[1, 2, 3].flatMap((n) => [
    `phase${n}`,
    `phase${n}Budget`,
    `phase${n}Max`,
    `phase${n}Contracts`,
    `phase${n}Duration`,
    `phase${n}Deadline`,
    `phase${n}Weights`,
    `phase${n}MinScore`,
  ]),
  'mayEndPartners',
  'conditions',
];

export function ChallengeFormPage(props: {
  v: View;
  form: FormState;
  action: string;
  title: string;
  challenge?: ChallengeView;
  knownFunders: { oin: string; name: string }[];
  ezkOin?: string;
}) {
  const { v, form } = props;
  const { t } = v;
  const f = t.gov.fields;
  // The sum of the shares as the server sees them now; a small script keeps it up to date while typing.
  const percent = (value: string | undefined) =>
    Number((value ?? '').trim().replace('%', '').replace(',', '.')) || 0;
  const rows = [1, 2, 3, 4];
  const total = rows.reduce((sum, n) => sum + percent(form.values[`funderShare${n}`]), 0);
  const ezk = rows
    .filter((n) => props.ezkOin && form.values[`funderOin${n}`]?.trim() === props.ezkOin)
    .reduce((sum, n) => sum + percent(form.values[`funderShare${n}`]), 0);
  const shown = (n: number) => formatShare(Math.round(n * 100), v.lang);
  return (
    <Layout v={v} title={props.title} current="new-challenge" scripts={[v.assets.fundingJs]}>
      {manageCrumbs(v, props.challenge)}
      <ErrorSummary v={v} form={form} order={CHALLENGE_FIELDS} />
      <H1>{props.title}</H1>
      <form method="post" action={props.action} novalidate>
        <CsrfField v={v} />
        <fieldset class="im-fieldset">
          <legend>{t.gov.sections.basics}</legend>
          <Choices
            v={v}
            form={form}
            name="instrument"
            legend={f.instrument}
            options={[
              { value: 'sbir', label: t.instruments.sbir },
              { value: 'innovation-partnership', label: t.instruments['innovation-partnership'] },
            ]}
          />
          <TextField v={v} form={form} name="titleNl" label={f.titleNl} />
          <TextField v={v} form={form} name="titleEn" label={f.titleEn} />
          <TextArea v={v} form={form} name="descriptionNl" label={f.descriptionNl} rows={6} />
          <TextArea v={v} form={form} name="descriptionEn" label={f.descriptionEn} rows={4} />
          <Select
            v={v}
            form={form}
            name="theme"
            label={f.theme}
            options={(Object.keys(THEMES) as Theme[]).map((k) => ({ value: k, label: THEMES[k][v.lang] }))}
          />
          <Choices
            v={v}
            form={form}
            name="cpv"
            legend={f.cpv}
            hint={f.cpvHint}
            multiple
            options={Object.entries(RD_CPV_CODES).map(([code, name]) => ({
              value: code,
              label: `${code} ${name}`,
              lang: 'nl',
            }))}
          />
          <TextField
            v={v}
            form={form}
            name="questionDeadline"
            label={f.questionDeadline}
            hint={f.questionDeadlineHint}
            type="datetime-local"
          />
        </fieldset>
        <fieldset class="im-fieldset">
          <legend>{t.gov.sections.funding}</legend>
          <span class="im-hint">{f.fundersHint}</span>
          {props.knownFunders.length > 0 ? (
            <details class="im-details">
              <summary>{f.knownFunders}</summary>
              <ul>
                {props.knownFunders.map((k) => (
                  <li>
                    {k.name}: <code>{k.oin}</code>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <p
            class="utrecht-paragraph im-share-total"
            data-share-total=""
            data-ezk-oin={props.ezkOin ?? ''}
            data-text={t.gov.shareTotal('{total}', '{ezk}')}
            aria-live="polite"
          >
            {t.gov.shareTotal(shown(total), shown(ezk))}
          </p>
          {rows.map((n) => (
            <div class="im-row">
              <TextField v={v} form={form} name={`funderOin${n}`} label={f.funderOin(n)} />
              <TextField
                v={v}
                form={form}
                name={`funderShare${n}`}
                label={f.funderShare(n)}
                inputmode="decimal"
                short
              />
            </div>
          ))}
        </fieldset>
        <fieldset class="im-fieldset">
          <legend>{t.gov.sections.phases}</legend>
          {[1, 2, 3].map((n) => (
            <fieldset class="im-phase im-fieldset">
              <legend>{t.phaseNames[n]}</legend>
              {n > 1 ? (
                <Choices
                  v={v}
                  form={form}
                  name={`phase${n}`}
                  legend={f.includePhase(n)}
                  multiple
                  options={[{ value: 'on', label: f.includePhase(n) }]}
                />
              ) : null}
              <TextField
                v={v}
                form={form}
                name={`phase${n}Budget`}
                label={f.budget}
                inputmode="decimal"
                short
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}Max`}
                label={f.maxPerContract}
                hint={f.maxPerContractHint}
                inputmode="decimal"
                short
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}Contracts`}
                label={f.plannedContracts}
                inputmode="numeric"
                short
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}Duration`}
                label={f.duration}
                inputmode="numeric"
                short
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}Deadline`}
                label={f.deadline}
                hint={f.deadlineHint}
                type="datetime-local"
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}Weights`}
                label={f.weights}
                hint={`${f.weightsHintSbir} ${f.weightsHintIp}`}
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}MinScore`}
                label={f.minimumScore}
                inputmode="decimal"
                short
              />
            </fieldset>
          ))}
        </fieldset>
        <fieldset class="im-fieldset">
          <legend>{t.gov.sections.terms}</legend>
          <YesNo v={v} form={form} name="mayEndPartners" legend={f.mayEndPartners} />
          <TextArea v={v} form={form} name="conditions" label={f.conditions} rows={3} />
        </fieldset>
        <Button>{t.gov.saveDraft}</Button>
      </form>
    </Layout>
  );
}

export function ManageChallengePage(props: {
  v: View;
  challenge: ChallengeView;
  questions: Question[];
  notas: Nota[];
  evaluations: Evaluation[];
  awards: Award[];
  form: FormState;
  flash?: string;
}) {
  const { v, challenge: c, questions } = props;
  const { t } = v;
  const open = questions.filter((q) => !q.answer);
  // A phase's nota once its questions have closed and it had any.
  const notaPhases =
    c.status === 'published'
      ? c.phases.filter(
          (p) => v.now.toISOString() >= p.questionDeadline && questions.some((q) => q.phase === p.number),
        )
      : [];
  return (
    <Layout v={v} title={titleOf(c, v)} current="my-challenges">
      {manageCrumbs(v)}
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary
        v={v}
        form={props.form}
        order={[
          ...open.map((q) => `answer-${q.id}`),
          ...notaPhases.flatMap((p) => Object.values(notaFields(p.number))),
        ]}
      />
      <H1>{titleOf(c, v)}</H1>
      <SummaryList
        rows={[
          [t.gov.status, statusTag(c, v)],
          [t.challenge.instrument, t.instruments[c.instrument]],
          [t.challenge.totalBudget, formatMoney(c.totalBudgetCents, v.lang)],
          [
            t.challenge.funding,
            c.funders.map((f) => `${f.name} ${formatShare(f.shareBasisPoints, v.lang)}`).join(' · '),
          ],
        ]}
      />
      {c.status === 'draft' ? (
        <div class="im-actions">
          <a class="im-button-link" href={`/beheer/oproepen/${c.id}/publiceren`}>
            {t.gov.checkAndPublish}
          </a>
          <A href={`/beheer/oproepen/${c.id}/wijzigen`}>{t.gov.editChallenge}</A>
        </div>
      ) : (
        <P>
          <A href={`/oproepen/${c.id}`}>
            {t.nav.calls}: {titleOf(c, v)}
          </A>
        </P>
      )}
      {c.status === 'published' ? (
        <P>
          <A href={`/beheer/oproepen/${c.id}/rectificatie`}>{t.corrections.publishTitle}</A>
        </P>
      ) : null}
      {c.status === 'draft' || c.status === 'published' ? (
        <P>
          <A href={`/beheer/oproepen/${c.id}/documenten`}>{t.documents.manage}</A>
        </P>
      ) : null}
      {c.status === 'draft' || c.status === 'published' ? (
        <P>
          <A href={`/beheer/oproepen/${c.id}/intrekken`}>{t.gov.cancelTitle}</A>
        </P>
      ) : null}
      {c.status === 'cancelled' && c.cancellationReason ? (
        <Alert kind="warning">{t.challenge.cancelled(c.cancellationReason)}</Alert>
      ) : null}

      {c.status !== 'draft' ? (
        <>
          <H2 id="vragen">{t.gov.questions}</H2>
          {questions.length === 0 ? (
            <P>{t.challenge.noQuestions}</P>
          ) : open.length > 0 ? (
            <P>{t.gov.openQuestions(open.length)}</P>
          ) : null}
          <NotaLinks v={v} challengeId={c.id} notas={props.notas} />
          {questions.map((q) => (
            <div class="im-qa">
              <p class="utrecht-paragraph">
                <strong>
                  {t.challenge.question}
                  {c.phases.length > 1 ? ` (${t.decisions.phase.toLowerCase()} ${q.phase})` : ''}:
                </strong>{' '}
                <span class="im-pre">{q.question}</span>
              </p>
              {q.answer ? (
                <>
                  <p class="utrecht-paragraph">
                    <strong>{t.challenge.answer}:</strong> <span class="im-pre">{q.answer}</span>
                  </p>
                  <QuestionStatus v={v} question={q} />
                </>
              ) : (
                <form method="post" action={`/beheer/vragen/${q.id}/antwoord?oproep=${c.id}`} novalidate>
                  <CsrfField v={v} />
                  <TextArea v={v} form={props.form} name={`answer-${q.id}`} label={t.gov.answer} rows={3} />
                  <Button>{t.gov.answerButton}</Button>
                </form>
              )}
            </div>
          ))}

          {notaPhases.map((phase) => (
            <PublishNotaForm v={v} challengeId={c.id} phase={phase} questions={questions} form={props.form} />
          ))}

          <H2 id="fasen">{t.gov.phasesOverview}</H2>
          {c.phases.map((phase) => {
            const e = props.evaluations.find((x) => x.phase === phase.number);
            const members = e?.committee?.assessors.length ?? 0;
            return (
              <section class="im-phase" aria-labelledby={`beheer-fase-${phase.number}`}>
                <h3 class="utrecht-heading-3" id={`beheer-fase-${phase.number}`}>
                  {t.phaseNames[phase.number]}{' '}
                  <Tag kind={phase.status === 'open' ? 'open' : 'closed'}>
                    {t.phaseStatuses[phase.status]}
                  </Tag>
                </h3>
                <SummaryList
                  rows={[
                    [t.challenge.deadline, <Deadline v={v} at={phase.submissionDeadline} />],
                    [
                      t.gov.committee,
                      e?.committee
                        ? e.committee.assessors.map((a) => a.name ?? `${a.assessorId} (${a.oin})`).join(', ')
                        : t.gov.noCommittee,
                    ],
                    [
                      t.gov.proposals,
                      !e || e.sealed
                        ? t.gov.sealed(formatDateTime(phase.submissionDeadline, v.lang))
                        : String(e.proposalCount ?? 0),
                    ],
                  ]}
                />
                {e && !e.sealed && e.proposals.length > 0 ? (
                  <Table
                    caption={t.gov.progress}
                    columns={[
                      { label: t.gov.company },
                      { label: t.gov.requested, numeric: true },
                      { label: t.gov.progress },
                    ]}
                    rows={e.proposals.map((p) => [
                      p.companyName,
                      formatMoney(p.requestedAmountCents, v.lang),
                      t.gov.progressOf(p.declared, p.scored, members),
                    ])}
                  />
                ) : null}
                <div class="im-actions">
                  {!e?.decisionTaken ? (
                    <A href={`/beheer/oproepen/${c.id}/fase/${phase.number}/commissie`}>{t.gov.committee}</A>
                  ) : null}
                  {c.instrument === 'innovation-partnership' && phase.number === 1 && e && !e.sealed ? (
                    <A href={`/beheer/oproepen/${c.id}/selectie`}>{t.selection.link}</A>
                  ) : null}
                  {e && !e.sealed ? (
                    <A href={`/beheer/oproepen/${c.id}/fase/${phase.number}/rangschikking`}>
                      {t.gov.ranking}
                    </A>
                  ) : null}
                </div>
              </section>
            );
          })}

          <H2 id="opdrachten">{t.gov.contracts}</H2>
          <P>
            <A href={`/beheer/oproepen/${c.id}/beslissingen`}>{t.decisions.manage}</A>
          </P>
          {props.awards.length === 0 ? (
            <P>{t.gov.noContracts}</P>
          ) : (
            <Table
              caption={t.gov.contracts}
              hideCaption
              columns={[
                { label: t.gov.company },
                { label: t.proposal.phase },
                { label: t.gov.amount, numeric: true },
                { label: t.gov.split },
                { label: t.gov.status },
                { label: t.gov.actions },
              ]}
              rows={props.awards.map((a) => [
                a.companyName,
                a.phase,
                formatMoney(a.amountCents, v.lang),
                a.split
                  .map(
                    (s) =>
                      `${c.funders.find((f) => f.oin === s.funderOin)?.name ?? s.funderOin}: ${formatMoney(s.amountCents, v.lang)}`,
                  )
                  .join(' · '),
                t.gov.contractStatus[a.status],
                a.status === 'awarded' ? (
                  <>
                    <A href={`/beheer/opdrachten/${a.id}/afronden?oproep=${c.id}`}>
                      {t.gov.complete}
                      <span class="im-visually-hidden"> {a.companyName}</span>
                    </A>{' '}
                    ·{' '}
                    <A href={`/beheer/opdrachten/${a.id}/beeindigen?oproep=${c.id}`}>
                      {t.gov.terminate}
                      <span class="im-visually-hidden"> {a.companyName}</span>
                    </A>
                  </>
                ) : a.status === 'provisional' ? (
                  t.decisions.inStandstillUntil(formatLastDay(a.standstillEndsAt, v.lang))
                ) : null,
              ])}
            />
          )}
        </>
      ) : null}
    </Layout>
  );
}

export function PublishPage(props: {
  v: View;
  challenge: ChallengeView;
  reservations: {
    name: string;
    amountCents: number;
    shareBasisPoints: number;
    consent: 'lead' | 'requested' | 'approved' | 'declined';
  }[];
  form: FormState;
}) {
  const { v, challenge: c } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.gov.publishTitle} current="my-challenges">
      {manageCrumbs(v, c)}
      <ErrorSummary v={v} form={props.form} order={[]} />
      <H1>{t.gov.publishTitle}</H1>
      <P>{t.gov.publishIntro}</P>
      <SummaryList
        rows={[
          [t.proposal.forChallenge, titleOf(c, v)],
          [t.challenge.instrument, t.instruments[c.instrument]],
          [t.challenge.theme, localised(c.themeName, v.lang).text],
          [t.challenge.totalBudget, formatMoney(c.totalBudgetCents, v.lang)],
          [t.challenge.questionDeadline, formatDateTime(c.questionDeadline, v.lang)],
          ...c.phases.map(
            (p) =>
              [
                t.phaseNames[p.number] ?? String(p.number),
                `${formatMoney(p.budgetCents, v.lang)}; ${t.challenge.maxPerContract}: ${formatMoney(p.maxPerContractCents, v.lang)}; ${t.challenge.deadline}: ${formatDateTime(p.submissionDeadline, v.lang)}`,
              ] as [string, string],
          ),
        ]}
      />
      <Table
        caption={t.gov.reservation}
        rowHeaders
        columns={[
          { label: t.challenge.funder },
          { label: t.challenge.share, numeric: true },
          { label: t.challenge.amount, numeric: true },
          { label: t.gov.consent },
        ]}
        rows={props.reservations.map((r) => [
          r.name,
          formatShare(r.shareBasisPoints, v.lang),
          formatMoney(r.amountCents, v.lang),
          r.consent === 'lead' ? t.gov.consentOwnShare : t.gov.consentStatus[r.consent],
        ])}
      />
      {props.reservations.some((r) => r.consent !== 'lead' && r.consent !== 'approved') ? (
        <Alert kind="info">{t.gov.consentNeeded}</Alert>
      ) : null}
      <form method="post" action={`/beheer/oproepen/${c.id}/publiceren`}>
        <CsrfField v={v} />
        <div class="im-actions">
          <Button>{t.gov.publish}</Button>
          <A href={`/beheer/oproepen/${c.id}/wijzigen`}>{t.gov.editChallenge}</A>
        </div>
      </form>
    </Layout>
  );
}

export function CommitteePage(props: { v: View; challenge: ChallengeView; phase: number; form: FormState }) {
  const { v, challenge: c, form } = props;
  const { t } = v;
  const rows = [1, 2, 3, 4, 5];
  return (
    <Layout v={v} title={`${t.gov.committee}: ${titleOf(c, v)}`} current="my-challenges">
      {manageCrumbs(v, c)}
      <ErrorSummary
        v={v}
        form={form}
        order={rows.flatMap((n) => [`assessorOin${n}`, `assessorId${n}`, `assessorName${n}`])}
      />
      <H1>
        {t.gov.committee}, {t.phaseNames[props.phase]}
      </H1>
      <P>{t.gov.committeeIntro}</P>
      <form method="post" action={`/beheer/oproepen/${c.id}/fase/${props.phase}/commissie`} novalidate>
        <CsrfField v={v} />
        {rows.map((n) => (
          <fieldset class="im-fieldset im-phase">
            <legend>{t.feedback.assessorN(n)}</legend>
            <TextField v={v} form={form} name={`assessorOin${n}`} label={t.gov.assessorOin(n)} />
            <TextField v={v} form={form} name={`assessorId${n}`} label={t.gov.assessorId(n)} short />
            <TextField v={v} form={form} name={`assessorName${n}`} label={t.gov.assessorName(n)} />
          </fieldset>
        ))}
        <Button>{t.gov.saveCommittee}</Button>
      </form>
    </Layout>
  );
}

export function RankingPage(props: {
  v: View;
  challenge: ChallengeView;
  ranking?: Ranking;
  awards: Award[];
  decisionId: string;
  form: FormState;
  /** Why there is no ranking yet (e.g. not every assessor has finished). */
  notice?: string;
}) {
  const { v, challenge: c, ranking: r, form } = props;
  const { t } = v;
  const awarded = new Set(props.awards.map((a) => a.proposalId));
  const phase = c.phases.find((p) => p.number === r?.phase);
  return (
    <Layout v={v} title={`${t.gov.ranking}: ${titleOf(c, v)}`} current="my-challenges">
      {manageCrumbs(v, c)}
      <ErrorSummary
        v={v}
        form={form}
        order={(r?.ranking ?? []).flatMap((x) => [
          `award-${x.proposalId}`,
          `amount-${x.proposalId}`,
          `start-${x.proposalId}`,
          `end-${x.proposalId}`,
        ])}
      />
      <H1>{t.gov.ranking}</H1>
      <P>{titleOf(c, v)}</P>
      {!r ? (
        <P>{props.notice ?? t.gov.rankingNotYet}</P>
      ) : (
        <>
          <SummaryList
            rows={[
              [t.challenge.phaseBudget, formatMoney(r.budgetCents, v.lang)],
              [t.challenge.plannedContracts, String(r.plannedContracts)],
              [t.challenge.tieBreak, r.tieBreak[v.lang] ?? r.tieBreak.nl],
              [
                t.challenge.criteria,
                r.criteria
                  .map(
                    (x) =>
                      `${CRITERIA[x.key as CriterionKey][v.lang]} ${formatShare(x.weightBasisPoints, v.lang)}`,
                  )
                  .join(', '),
              ],
            ]}
          />
          <div class="im-table-wrap" tabindex={0}>
            <table class="im-table rvo-table">
              <caption>{t.gov.ranking}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.gov.rank}</th>
                  <th scope="col">{t.gov.company}</th>
                  <th scope="col" class="im-num">
                    {t.gov.totalScore}
                  </th>
                  <th scope="col" class="im-num">
                    {t.gov.requested}
                  </th>
                  <th scope="col" class="im-num">
                    {t.gov.cumulative}
                  </th>
                  <th scope="col">{t.challenge.phaseBudget}</th>
                </tr>
              </thead>
              <tbody>
                {r.ranking.map((row, i) => {
                  const fits = row.cumulativeRequestedCents <= r.budgetCents;
                  const next = r.ranking[i + 1];
                  // The budget line sits under the last proposal that still fits the phase budget.
                  const lineBelow = fits && (!next || next.cumulativeRequestedCents > r.budgetCents);
                  return (
                    <>
                      <tr>
                        <td>{row.rank}</td>
                        <td>
                          <A href={`/beheer/voorstellen/${row.proposalId}`}>{row.companyName}</A>
                        </td>
                        <td class="im-num">{formatNumber(row.totalScore, v.lang, 2)}</td>
                        <td class="im-num">{formatMoney(row.requestedAmountCents, v.lang)}</td>
                        <td class="im-num">{formatMoney(row.cumulativeRequestedCents, v.lang)}</td>
                        <td>
                          <Tag kind={fits ? 'open' : 'warning'}>
                            {fits ? t.gov.withinBudget : t.gov.overBudget}
                          </Tag>
                          {row.meetsThreshold ? null : (
                            <span class="im-muted">
                              {' '}
                              ({t.gov.threshold}: {t.yesNo.no})
                            </span>
                          )}
                          {awarded.has(row.proposalId) ? (
                            <Tag kind="closed">{t.gov.contractStatus.awarded}</Tag>
                          ) : null}
                          {row.tie ? <span class="im-muted"> ({t.gov.tie[row.tie]})</span> : null}
                        </td>
                      </tr>
                      {lineBelow ? (
                        <tr class="im-budget-line">
                          <td colspan={6}>{t.gov.budgetLine(formatMoney(r.budgetCents, v.lang))}</td>
                        </tr>
                      ) : null}
                    </>
                  );
                })}
              </tbody>
            </table>
          </div>
          {phase && r.ranking.some((row) => !awarded.has(row.proposalId)) ? (
            <form method="post" action={`/beheer/oproepen/${c.id}/fase/${r.phase}/gunnen`} novalidate>
              <CsrfField v={v} />
              <input type="hidden" name="decisionId" value={props.decisionId} />
              <H2>{t.gov.decisionTitle}</H2>
              <P>{t.gov.decisionIntro}</P>
              {r.ranking
                .filter((row) => !awarded.has(row.proposalId))
                .map((row) => (
                  <fieldset class="im-fieldset im-phase">
                    <legend>
                      {row.rank}. {row.companyName}
                    </legend>
                    <label class="im-choice im-field" for={`award-${row.proposalId}`}>
                      <input
                        type="checkbox"
                        id={`award-${row.proposalId}`}
                        name="award"
                        value={row.proposalId}
                        checked={(form.values.award ?? '').split(',').includes(row.proposalId)}
                      />
                      {t.gov.award(row.companyName)}
                    </label>
                    <div class="im-row">
                      <TextField
                        v={v}
                        form={form}
                        name={`amount-${row.proposalId}`}
                        label={t.gov.amount}
                        inputmode="decimal"
                        short
                      />
                      <TextField
                        v={v}
                        form={form}
                        name={`start-${row.proposalId}`}
                        label={t.gov.startDate}
                        type="date"
                        short
                      />
                      <TextField
                        v={v}
                        form={form}
                        name={`end-${row.proposalId}`}
                        label={t.gov.endDate}
                        type="date"
                        short
                      />
                    </div>
                  </fieldset>
                ))}
              <TextArea
                v={v}
                form={form}
                name="reasons"
                label={t.gov.decisionReasons}
                hint={t.gov.decisionReasonsHint}
                rows={4}
              />
              <Button>{t.gov.decide}</Button>
            </form>
          ) : null}
        </>
      )}
    </Layout>
  );
}

export function CancelChallengePage(props: { v: View; challenge: ChallengeView; form: FormState }) {
  const { v, challenge: c, form } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.gov.cancelTitle} current="my-challenges">
      {manageCrumbs(v, c)}
      <ErrorSummary v={v} form={form} order={['reason']} />
      <H1>{t.gov.cancelTitle}</H1>
      <P>{titleOf(c, v)}</P>
      <form method="post" action={`/beheer/oproepen/${c.id}/intrekken`} novalidate>
        <CsrfField v={v} />
        <TextArea v={v} form={form} name="reason" label={t.gov.cancelReason} rows={3} />
        <div class="im-actions">
          <Button kind="danger">{t.gov.cancelButton}</Button>
          <A href={`/beheer/oproepen/${c.id}`}>{t.form.back}</A>
        </div>
      </form>
    </Layout>
  );
}

/** A correction of the published call: its reason, later deadlines for open phases, clarified text. */
/** A proposal as its buyer reads it after the deadline: what was submitted, and its files to open. */
export function BuyerProposalPage(props: {
  v: View;
  challenge: ChallengeView;
  proposal: z.output<typeof routes.getProposal.response>;
}) {
  const { v, challenge: c, proposal: p } = props;
  const { t } = v;
  return (
    <Layout v={v} title={`${t.proposal.detailTitle}: ${p.companyName}`} current="my-challenges">
      {manageCrumbs(v, c)}
      <H1>
        {t.proposal.detailTitle}: {p.companyName}
      </H1>
      <SummaryList
        rows={[
          [t.proposal.phase, t.phaseNames[p.phase] ?? String(p.phase)],
          [t.proposal.requested, formatMoney(p.requestedAmountCents, v.lang)],
          [t.proposal.requestedExcl, formatMoney(p.requestedAmountExclVatCents, v.lang)],
          [t.challenge.duration, t.challenge.months(p.durationMonths)],
          [t.proposal.submittedAt, formatDateTime(p.submittedAt, v.lang)],
        ]}
      />
      <H2>{t.proposal.summary}</H2>
      <P class="im-pre">{p.summary}</P>
      <H2>{t.proposal.plan}</H2>
      <div class="im-pre">{p.plan}</div>
      <H2>{t.documents.attachmentsTitle}</H2>
      <FileTable
        v={v}
        caption={t.documents.attachmentsTitle}
        files={p.attachments ?? []}
        openHref={(file) => `/voorstellen/${p.id}/bijlagen/${file.id}`}
      />
    </Layout>
  );
}

/** The call's documents for its buyer: the list, and the form that adds (or, once published, replaces by a correction). */
export function CallDocumentsPage(props: {
  v: View;
  challenge: ChallengeView;
  form: FormState;
  maxMb: number;
  flash?: string;
}) {
  const { v, challenge: c, form } = props;
  const { t } = v;
  const documents = c.documents ?? [];
  const published = c.status === 'published';
  return (
    <Layout v={v} title={t.documents.callTitle} current="my-challenges" scripts={[v.assets.uploadJs]}>
      {manageCrumbs(v, c)}
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={['title', 'kind', FILE_FIELD, 'replaces', 'reason']} />
      <H1>{t.documents.callTitle}</H1>
      <P>{titleOf(c, v)}</P>
      <P>{t.documents.callIntro}</P>
      <FileTable
        v={v}
        caption={t.documents.callTitle}
        files={documents}
        openHref={(file) => `/oproepen/${c.id}/documenten/${file.id}`}
        note={(file) => {
          const doc = documents.find((d) => d.id === file.id)!;
          return `(${[doc.title, doc.replacedBy ? t.documents.replaced : ''].filter(Boolean).join('; ')})`;
        }}
        {...(c.status === 'draft'
          ? { removeAction: (file) => `/beheer/oproepen/${c.id}/documenten/${file.id}/verwijderen` }
          : {})}
      />
      <H2>{t.documents.upload}</H2>
      <CallDocumentForm
        v={v}
        form={form}
        action={`/beheer/oproepen/${c.id}/documenten`}
        maxMb={props.maxMb}
        published={published}
        current={documents.filter((d) => !d.replacedBy)}
      />
    </Layout>
  );
}

export function CorrectionPage(props: { v: View; challenge: ChallengeView; form: FormState }) {
  const { v, challenge: c, form } = props;
  const { t } = v;
  const open = c.phases.filter((p) => p.status !== 'closed');
  return (
    <Layout v={v} title={t.corrections.publishTitle} current="my-challenges">
      {manageCrumbs(v, c)}
      <ErrorSummary
        v={v}
        form={form}
        order={['reason', ...open.map((p) => `deadline-${p.number}`), 'questionDeadline', 'descriptionNl']}
      />
      <H1>{t.corrections.publishTitle}</H1>
      <P>{titleOf(c, v)}</P>
      <P>{t.corrections.intro}</P>
      <form method="post" action={`/beheer/oproepen/${c.id}/rectificatie`} novalidate>
        <CsrfField v={v} />
        <TextArea
          v={v}
          form={form}
          name="reason"
          label={t.corrections.reason}
          hint={t.corrections.reasonHint}
          rows={3}
        />
        {open.map((p) => (
          <TextField
            v={v}
            form={form}
            name={`deadline-${p.number}`}
            label={t.corrections.newDeadline(p.number)}
            hint={t.corrections.nowCloses(formatDateTime(p.submissionDeadline, v.lang))}
            type="datetime-local"
          />
        ))}
        <TextField
          v={v}
          form={form}
          name="questionDeadline"
          label={t.corrections.newQuestionDeadline}
          hint={t.corrections.nowCloses(formatDateTime(c.questionDeadline, v.lang))}
          type="datetime-local"
        />
        <TextArea
          v={v}
          form={form}
          name="descriptionNl"
          label={t.corrections.newDescription}
          hint={t.corrections.newDescriptionHint}
          rows={6}
        />
        <div class="im-actions">
          <Button>{t.corrections.publish}</Button>
          <A href={`/beheer/oproepen/${c.id}`}>{t.form.back}</A>
        </div>
      </form>
    </Layout>
  );
}

export function EndContractPage(props: {
  v: View;
  award: Award;
  kind: 'complete' | 'terminate';
  challengeId: string;
  form: FormState;
}) {
  const { v, award: a, form } = props;
  const { t } = v;
  const title = props.kind === 'complete' ? t.gov.completeTitle : t.gov.terminateTitle;
  return (
    <Layout v={v} title={title} current="my-challenges">
      <ErrorSummary v={v} form={form} order={['finalAmount', 'reason', 'spent']} />
      <H1>{title}</H1>
      <SummaryList
        rows={[
          [t.gov.company, a.companyName],
          [t.proposal.phase, String(a.phase)],
          [t.gov.amount, formatMoney(a.amountCents, v.lang)],
          [t.gov.startDate, formatDate(a.startDate, v.lang)],
          [t.gov.endDate, formatDate(a.endDate, v.lang)],
        ]}
      />
      <form
        method="post"
        action={`/beheer/opdrachten/${a.id}/${props.kind === 'complete' ? 'afronden' : 'beeindigen'}?oproep=${props.challengeId}`}
        novalidate
      >
        <CsrfField v={v} />
        {props.kind === 'complete' ? (
          <TextField
            v={v}
            form={form}
            name="finalAmount"
            label={t.gov.finalAmount}
            inputmode="decimal"
            short
          />
        ) : (
          <>
            <Select
              v={v}
              form={form}
              name="cause"
              label={t.gov.terminationCause}
              options={[
                { value: '', label: t.gov.terminationCauses.none },
                { value: 'bankruptcy', label: t.gov.terminationCauses.bankruptcy },
                { value: 'serious-breach', label: t.gov.terminationCauses['serious-breach'] },
              ]}
            />
            <TextArea v={v} form={form} name="reason" label={t.gov.terminateReason} rows={3} />
            <TextField v={v} form={form} name="spent" label={t.gov.spent} inputmode="decimal" short />
          </>
        )}
        <div class="im-actions">
          <Button kind={props.kind === 'complete' ? 'primary' : 'danger'}>
            {props.kind === 'complete' ? t.gov.completeButton : t.gov.terminateButton}
          </Button>
          <A href={`/beheer/oproepen/${props.challengeId}#opdrachten`}>{t.form.back}</A>
        </div>
      </form>
    </Layout>
  );
}
