import { CRITERIA, cpvName } from '#shared/kernel/vocabulary.ts';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatShare } from '#web/i18n/format.ts';
import {
  A,
  Alert,
  Breadcrumbs,
  Button,
  CsrfField,
  Deadline,
  H1,
  H2,
  H3,
  P,
  SummaryList,
  Table,
  Tag,
} from '#web/kit/components.tsx';
import { ErrorSummary, Select, TextArea } from '#web/kit/fields.tsx';
import { CallDocumentList } from '#web/kit/files.tsx';
import { percentForInput } from '#web/kit/forms.ts';
import { Layout } from '#web/kit/layout.tsx';
import { type Nota, NotaLinks, QuestionStatus } from '#web/kit/notas.tsx';
import { StatisticsTable } from '#web/kit/statistics.tsx';
import type { CallView, MyProposal, PhaseStatistics, QuestionList } from '#web/kit/types.ts';
import { type FormState, localised, type View } from '#web/kit/view.ts';
import { Localised } from '#web/public/call-card.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export interface CallPageData {
  call: CallView;
  questions: QuestionList['items'];
  notas: Nota[];
  statistics: PhaseStatistics[];
  /** The signed-in company’s live proposals in this call, per phase. */
  ownProposals: MyProposal[];
  askForm: FormState;
  flash?: string;
}

export function CallPage(props: { v: View; data: CallPageData }) {
  const { v } = props;
  const { t } = v;
  const { call: c, questions, statistics, ownProposals } = props.data;
  const title = localised(c.title, v.lang).text;
  const amountOf = (oin: string) => c.fundingSplit?.find((s) => s.funderOin === oin)?.amountCents;
  const isSme = v.session?.role === 'sme';
  // Each phase takes questions until its own deadline (a later phase: from the companies that may bid for it).
  const askable =
    c.status === 'published' ? c.phases.filter((p) => v.now.toISOString() < p.questionDeadline) : [];
  const questionsOpen = askable.length > 0;
  return (
    <Layout v={v} title={title} current="calls">
      <Breadcrumbs label={t.call.breadcrumb} items={[{ href: '/oproepen', label: t.call.breadcrumb }]} />
      {props.data.flash ? <Alert kind="success">{props.data.flash}</Alert> : null}
      <ErrorSummary v={v} form={props.data.askForm} order={['phase', 'question']} />
      <H1>
        <Localised v={v} text={c.title} />
      </H1>
      {c.status === 'cancelled' && c.cancellationReason ? (
        <Alert kind="warning">{t.call.cancelled(c.cancellationReason)}</Alert>
      ) : null}
      <SummaryList
        rows={[
          [texts(v).buyer, c.leadBuyer.name],
          [t.call.instrument, t.instruments[c.instrument]],
          [t.call.theme, <Localised v={v} text={c.themeName} />],
          [
            groupTexts(v).status,
            c.status === 'published'
              ? c.phases.some((p) => p.status !== 'closed')
                ? t.statuses.open
                : t.statuses.closedForProposals
              : t.statuses[c.status],
          ],
          [t.call.totalBudget, formatMoney(c.totalBudgetCents, v.lang)],
          ...(c.publishedAt
            ? ([[texts(v).publishedAt, formatDateTime(c.publishedAt, v.lang)]] as [string, string][])
            : []),
          [t.call.questionDeadline, <Deadline v={v} at={c.questionDeadline} />],
          [
            texts(v).cpv,
            <ul class="im-plain-list">
              {c.cpvCodes.map((code) => (
                <li>
                  {code}
                  {cpvName(code, v.lang) ? <> {cpvName(code, v.lang)}</> : null}
                </li>
              ))}
            </ul>,
          ],
        ]}
      />
      <H2>{texts(v).description}</H2>
      <div class="im-pre">
        <Localised v={v} text={c.description} />
      </div>

      {c.status === 'published' && c.phases.some((p) => p.status !== 'closed') ? (
        <section aria-labelledby="zo-dient-u-in">
          <H2 id="zo-dient-u-in">{texts(v).howTitle}</H2>
          <ol class="utrecht-ordered-list">
            {texts(v)
              .howSteps(
                formatDateTime(c.questionDeadline, v.lang),
                formatDateTime(
                  (c.phases.find((p) => p.status === 'open') ?? c.phases[0]!).submissionDeadline,
                  v.lang,
                ),
              )
              .map((step) => (
                <li class="utrecht-ordered-list__item">{step}</li>
              ))}
          </ol>
        </section>
      ) : null}

      <H2 id="fasen">{texts(v).phases}</H2>
      {c.phases.map((phase) => {
        const own = ownProposals.find((p) => p.phase === phase.number && p.status === 'submitted');
        return (
          <section class="im-phase" aria-labelledby={`fase-${phase.number}`}>
            <h3 class="utrecht-heading-3" id={`fase-${phase.number}`}>
              {t.phaseNames[phase.number]}{' '}
              <Tag kind={phase.status === 'open' ? 'open' : 'closed'}>{t.phaseStatuses[phase.status]}</Tag>
            </h3>
            <SummaryList
              rows={[
                [t.call.phaseBudget, formatMoney(phase.budgetCents, v.lang)],
                [t.call.maxPerContract, formatMoney(phase.maxPerContractCents, v.lang)],
                [t.call.maxPerContractExcl, formatMoney(phase.maxPerContractExclVatCents, v.lang)],
                [t.call.plannedContracts, String(phase.plannedContracts)],
                [t.call.duration, t.call.months(phase.durationMonths)],
                [t.call.deadline, <Deadline v={v} at={phase.submissionDeadline} />],
                [texts(v).phaseQuestionDeadline, formatDateTime(phase.questionDeadline, v.lang)],
                [texts(v).significantChange, texts(v).significantChangeDays(phase.significantChangeDays)],
                // The instalments the call states for the phase: what is delivered for which share.
                ...(phase.paymentSchedule
                  ? ([
                      [
                        texts(v).paymentSchedule,
                        phase.paymentSchedule
                          .map(
                            (m) =>
                              `${formatShare(m.basisPoints, v.lang)} ${localised(m.deliverable, v.lang).text}`,
                          )
                          .join('; '),
                      ],
                    ] as [string, string][])
                  : []),
                ...(phase.minimumScore !== undefined
                  ? ([[texts(v).minimumScore, formatNumber(phase.minimumScore, v.lang, 1)]] as [
                      string,
                      string,
                    ][])
                  : []),
              ]}
            />
            <Table
              caption={t.call.criteria}
              columns={[{ label: t.call.criterion }, { label: texts(v).weight, numeric: true }]}
              rows={phase.criteria.map((criterion) => [
                CRITERIA[criterion.key][v.lang],
                formatShare(criterion.weightBasisPoints, v.lang),
              ])}
            />
            {phase.status === 'open' && c.status === 'published' ? (
              own ? (
                <P>
                  <A href={`/voorstellen/${own.id}`}>{t.proposal.detailTitle}</A>
                </P>
              ) : isSme ? (
                <P>
                  <a
                    class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action im-button-link"
                    href={`/oproepen/${c.id}/fase/${phase.number}/voorstel`}
                  >
                    {t.call.submitProposal(phase.number)}
                  </a>
                </P>
              ) : !v.session ? (
                <P>
                  <A href={`/inloggen?terug=${encodeURIComponent(`/oproepen/${c.id}`)}`}>
                    {texts(v).signInToSubmit}
                  </A>
                </P>
              ) : null
            ) : null}
            {phase.number > 1 && phase.status !== 'closed' ? (
              <P class="im-muted">{texts(v).phase2OnlyInvited}</P>
            ) : null}
          </section>
        );
      })}

      {(c.documents?.length ?? 0) > 0 ? (
        <section aria-labelledby="documenten">
          <H2 id="documenten">{t.documents.callTitle}</H2>
          <CallDocumentList v={v} challengeId={c.id} documents={c.documents!} />
        </section>
      ) : null}

      {(c.corrections?.length ?? 0) > 0 ? (
        <section aria-labelledby="rectificaties">
          <H2 id="rectificaties">{texts(v).title}</H2>
          {c.corrections!.map((k) => (
            <section class="im-phase" aria-label={texts(v).numbered(k.number, formatDate(k.at, v.lang))}>
              <h3 class="utrecht-heading-3">{texts(v).numbered(k.number, formatDate(k.at, v.lang))}</h3>
              <P>{k.reason}</P>
              <ul>
                {k.deadlines.map((d) => (
                  <li>
                    {texts(v).deadlineMoved(
                      d.phase,
                      formatDateTime(d.from, v.lang),
                      formatDateTime(d.to, v.lang),
                    )}
                  </li>
                ))}
                {k.questionDeadline ? (
                  <li>{texts(v).questionsUntil(formatDateTime(k.questionDeadline.to, v.lang))}</li>
                ) : null}
                {k.title || k.description ? <li>{texts(v).textClarified}</li> : null}
                {(k.criteria ?? []).map((w) => (
                  <li>
                    {texts(v).weightsChanged(
                      w.phase,
                      w.criteria
                        .map(
                          (x) =>
                            `${CRITERIA[x.key][v.lang]} ${percentForInput(x.weightBasisPoints, v.lang)}%`,
                        )
                        .join(', '),
                    )}
                  </li>
                ))}
                {k.significant?.length ? (
                  <li>
                    <strong>
                      {texts(v).significantCorrection(
                        k.significant.map((x) => t.notas.changes[x]!.toLowerCase()).join('; '),
                      )}
                    </strong>
                  </li>
                ) : null}
                {(k.documents ?? []).map((d) => (
                  <li>
                    {d.title}: {d.replaces ? texts(v).correctionReplaces : texts(v).correctionAdds}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}

      {c.priceFormula ? (
        <>
          <H2 id="prijsscore">{texts(v).priceFormula}</H2>
          <P>{c.priceFormula[v.lang]}</P>
        </>
      ) : null}

      {c.tieBreak ? (
        <>
          <H2 id="gelijke-score">{t.call.tieBreak}</H2>
          <P>{c.tieBreak[v.lang] ?? c.tieBreak.nl}</P>
        </>
      ) : null}

      {c.innovationPartnership ? (
        <>
          <H2>{texts(v).partnership}</H2>
          <P>
            {c.innovationPartnership.mayEndPartnersAfterPhase
              ? texts(v).mayEndPartners
              : texts(v).mayNotEndPartners}
          </P>
          {c.innovationPartnership.conditions ? (
            <P class="im-pre">
              <span lang="nl">{c.innovationPartnership.conditions}</span>
            </P>
          ) : null}
          {c.innovationPartnership.selectionCriteria ? (
            <>
              <H3>{texts(v).selectionCriteria}</H3>
              <P class="im-pre">
                <span lang="nl">{c.innovationPartnership.selectionCriteria}</span>
              </P>
            </>
          ) : null}
          {c.innovationPartnership.candidatesToInvite ? (
            <P>{texts(v).candidatesToInvite(c.innovationPartnership.candidatesToInvite)}</P>
          ) : null}
        </>
      ) : null}

      <H2 id="financiering">{t.call.funding}</H2>
      <P>{texts(v).fundingIntro}</P>
      <Table
        caption={t.call.funding}
        hideCaption
        rowHeaders
        columns={[
          { label: t.call.funder },
          { label: t.call.side },
          { label: t.call.share, numeric: true },
          { label: t.call.amount, numeric: true },
        ]}
        rows={c.funders.map((f) => [
          f.name,
          f.side === 'ezk' ? texts(v).sideEzk : texts(v).sideCoFunder,
          formatShare(f.shareBasisPoints, v.lang),
          formatMoney(
            amountOf(f.oin) ?? Math.round((c.totalBudgetCents * f.shareBasisPoints) / 10_000),
            v.lang,
          ),
        ])}
      />

      {statistics.length > 0 ? (
        <>
          <H2 id="statistieken">{t.call.statistics}</H2>
          {statistics.map((s) => (
            <StatisticsTable v={v} stats={s} />
          ))}
        </>
      ) : null}

      <H2 id="vragen">{texts(v).questions}</H2>
      <P>{texts(v).questionsIntro}</P>
      {questions.filter((q) => q.answer).length === 0 ? <P>{t.call.noQuestions}</P> : null}
      <NotaLinks v={v} challengeId={c.id} notas={props.data.notas} />
      {questions.map((q) => (
        <div class="im-qa">
          <p class="utrecht-paragraph">
            <strong>
              {q.answer ? t.call.question : texts(v).yourQuestionOpen}
              {c.phases.length > 1 ? ` (${t.decisions.phase.toLowerCase()} ${q.phase})` : ''}:
            </strong>{' '}
            <span class="im-pre">{q.question}</span>
          </p>
          {q.answer ? (
            <p class="utrecht-paragraph">
              <strong>{t.call.answer}:</strong> <span class="im-pre">{q.answer}</span>
            </p>
          ) : null}
          <QuestionStatus v={v} question={q} />
        </div>
      ))}
      {c.status === 'published' ? (
        <section aria-labelledby="vraag-stellen">
          <H3>
            <span id="vraag-stellen">{texts(v).askTitle}</span>
          </H3>
          {!questionsOpen ? (
            <P>{texts(v).askClosed}</P>
          ) : isSme ? (
            <form method="post" action={`/oproepen/${c.id}/vragen`} novalidate>
              <CsrfField v={v} />
              {askable.length > 1 ? (
                <Select
                  v={v}
                  form={props.data.askForm}
                  name="phase"
                  label={texts(v).askPhase}
                  options={askable.map((p) => ({
                    value: String(p.number),
                    label: t.phaseNames[p.number] ?? String(p.number),
                  }))}
                />
              ) : (
                <input type="hidden" name="phase" value={String(askable[0]!.number)} />
              )}
              <TextArea
                v={v}
                form={props.data.askForm}
                name="question"
                label={texts(v).askLabel}
                hint={texts(v).askHint(formatDateTime(askable[0]!.questionDeadline, v.lang))}
                rows={4}
              />
              <Button>{texts(v).askButton}</Button>
            </form>
          ) : !v.session ? (
            <P>
              <A href={`/inloggen?terug=${encodeURIComponent(`/oproepen/${c.id}`)}`}>
                {texts(v).signInToAsk}
              </A>
            </P>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}
