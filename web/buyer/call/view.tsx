import { notaFields, PublishNotaForm } from '#web/buyer/call/nota-form.tsx';
import { manageCrumbs, statusTag } from '#web/buyer/crumbs.tsx';
import { formatDateTime, formatLastDay, formatMoney, formatShare } from '#web/i18n/format.ts';
import {
  A,
  Alert,
  Button,
  CsrfField,
  Deadline,
  H1,
  H2,
  P,
  SummaryList,
  Table,
  Tag,
} from '#web/kit/components.tsx';
import { ErrorSummary, TextArea } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import { type Nota, NotaLinks, QuestionStatus } from '#web/kit/notas.tsx';
import type { Award, CallView, Evaluation, Question } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function ManageCallPage(props: {
  v: View;
  call: CallView;
  questions: Question[];
  notas: Nota[];
  evaluations: Evaluation[];
  awards: Award[];
  form: FormState;
  flash?: string;
}) {
  const { v, call: c, questions } = props;
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
    <Layout v={v} title={titleOf(c, v)} current="my-calls">
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
          [groupTexts(v).status, statusTag(c, v)],
          [t.call.instrument, t.instruments[c.instrument]],
          [t.call.totalBudget, formatMoney(c.totalBudgetCents, v.lang)],
          [
            t.call.funding,
            c.funders.map((f) => `${f.name} ${formatShare(f.shareBasisPoints, v.lang)}`).join(' · '),
          ],
        ]}
      />
      {c.status === 'draft' ? (
        <div class="im-actions">
          <a class="im-button-link" href={`/beheer/oproepen/${c.id}/publiceren`}>
            {texts(v).checkAndPublish}
          </a>
          <A href={`/beheer/oproepen/${c.id}/wijzigen`}>{groupTexts(v).editCall}</A>
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
          <A href={`/beheer/oproepen/${c.id}/rectificatie`}>{groupTexts(v).publishTitle}</A>
        </P>
      ) : null}
      {c.status === 'draft' || c.status === 'published' ? (
        <P>
          <A href={`/beheer/oproepen/${c.id}/documenten`}>{texts(v).documentsManage}</A>
        </P>
      ) : null}
      {c.status === 'draft' || c.status === 'published' ? (
        <P>
          <A href={`/beheer/oproepen/${c.id}/intrekken`}>{groupTexts(v).cancelTitle}</A>
        </P>
      ) : null}
      {c.status === 'cancelled' && c.cancellationReason ? (
        <Alert kind="warning">{t.call.cancelled(c.cancellationReason)}</Alert>
      ) : null}

      {c.status !== 'draft' ? (
        <>
          <H2 id="vragen">{texts(v).questions}</H2>
          {questions.length === 0 ? (
            <P>{t.call.noQuestions}</P>
          ) : open.length > 0 ? (
            <P>{texts(v).openQuestions(open.length)}</P>
          ) : null}
          <NotaLinks v={v} challengeId={c.id} notas={props.notas} />
          {questions.map((q) => (
            <div class="im-qa">
              <p class="utrecht-paragraph">
                <strong>
                  {t.call.question}
                  {c.phases.length > 1 ? ` (${t.decisions.phase.toLowerCase()} ${q.phase})` : ''}:
                </strong>{' '}
                <span class="im-pre">{q.question}</span>
              </p>
              {q.originalQuestion ? (
                <p class="utrecht-paragraph im-muted">
                  {texts(v).originalQuestion} <span class="im-pre">{q.originalQuestion}</span>
                </p>
              ) : null}
              {q.answer ? (
                <>
                  <p class="utrecht-paragraph">
                    <strong>{t.call.answer}:</strong> <span class="im-pre">{q.answer}</span>
                  </p>
                  <QuestionStatus v={v} question={q} />
                </>
              ) : (
                <form method="post" action={`/beheer/vragen/${q.id}/antwoord?oproep=${c.id}`} novalidate>
                  <CsrfField v={v} />
                  <TextArea
                    v={v}
                    form={props.form}
                    name={`answer-${q.id}`}
                    label={texts(v).answer}
                    rows={3}
                  />
                  <TextArea
                    v={v}
                    form={props.form}
                    name={`published-${q.id}`}
                    label={texts(v).publishedQuestion}
                    hint={texts(v).publishedQuestionHint}
                    rows={3}
                  />
                  <Button>{texts(v).answerButton}</Button>
                </form>
              )}
            </div>
          ))}

          {notaPhases.map((phase) => (
            <PublishNotaForm v={v} challengeId={c.id} phase={phase} questions={questions} form={props.form} />
          ))}

          <H2 id="fasen">{groupTexts(v).phasesOverview}</H2>
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
                    [t.call.deadline, <Deadline v={v} at={phase.submissionDeadline} />],
                    [
                      groupTexts(v).committee,
                      e?.committee
                        ? e.committee.assessors.map((a) => a.name ?? `${a.assessorId} (${a.oin})`).join(', ')
                        : texts(v).noCommittee,
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
                    caption={texts(v).progress}
                    columns={[
                      { label: t.gov.company },
                      { label: t.gov.requested, numeric: true },
                      { label: texts(v).progress },
                    ]}
                    rows={e.proposals.map((p) => [
                      p.companyName,
                      formatMoney(p.requestedAmountCents, v.lang),
                      texts(v).progressOf(p.declared, p.scored, members),
                    ])}
                  />
                ) : null}
                <div class="im-actions">
                  {!e?.decisionTaken ? (
                    <A href={`/beheer/oproepen/${c.id}/fase/${phase.number}/commissie`}>
                      {groupTexts(v).committee}
                    </A>
                  ) : null}
                  {c.instrument === 'innovation-partnership' && phase.number === 1 && e && !e.sealed ? (
                    <A href={`/beheer/oproepen/${c.id}/selectie`}>{texts(v).link}</A>
                  ) : null}
                  {e && !e.sealed ? (
                    <A href={`/beheer/oproepen/${c.id}/fase/${phase.number}/rangschikking`}>
                      {groupTexts(v).ranking}
                    </A>
                  ) : null}
                </div>
              </section>
            );
          })}

          <H2 id="opdrachten">{t.gov.contracts}</H2>
          <P>
            <A href={`/beheer/oproepen/${c.id}/beslissingen`}>{texts(v).decisionsManage}</A>
          </P>
          {props.awards.length === 0 ? (
            <P>{texts(v).noContracts}</P>
          ) : (
            <Table
              caption={t.gov.contracts}
              hideCaption
              columns={[
                { label: t.gov.company },
                { label: t.proposal.phase },
                { label: t.gov.amount, numeric: true },
                { label: texts(v).split },
                { label: groupTexts(v).status },
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
                      {texts(v).complete}
                      <span class="im-visually-hidden"> {a.companyName}</span>
                    </A>{' '}
                    ·{' '}
                    <A href={`/beheer/opdrachten/${a.id}/beeindigen?oproep=${c.id}`}>
                      {texts(v).terminate}
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
