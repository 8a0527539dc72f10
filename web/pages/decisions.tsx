/** @jsxImportSource hono/jsx */
import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDate, formatDateTime, formatLastDay, formatMoney, formatNumber } from '#web/i18n/format.ts';
import {
  A,
  Alert,
  Breadcrumbs,
  Button,
  Choices,
  CsrfField,
  ErrorSummary,
  H1,
  H2,
  Layout,
  P,
  SummaryList,
  Table,
  Tag,
  TextArea,
} from './components.tsx';
import { companyIdText, emptyForm, type FormState, localised, type View } from './view.ts';

export type DecisionLetter = z.output<typeof routes.decisionLetter.response>;
export type LetterItem = z.output<typeof routes.myDecisionLetters.response>['items'][number];
export type DecisionItem = z.output<typeof routes.challengeDecisions.response>['items'][number];
export type ObjectionView = DecisionItem['objections'][number];

/*
 * The award decision as people meet it: a bidder's letter (printable, in Dutch or English, with
 * the objection form while the standstill runs), a company's list of letters, and the buyer's
 * page of decisions with the objections to answer and the withdrawal.
 */

/** "Standstill until … / definitive / withdrawn" as a tag. */
function DecisionStatus(props: { v: View; status: DecisionLetter['status']; endsAt: string }) {
  const { t } = props.v;
  return props.status === 'standstill' ? (
    <Tag kind="warning">{t.decisions.inStandstillUntil(formatLastDay(props.endsAt, props.v.lang))}</Tag>
  ) : props.status === 'definitive' ? (
    <Tag kind="open">{t.decisions.statuses.definitive}</Tag>
  ) : (
    <Tag kind="closed">{t.decisions.statuses.withdrawn}</Tag>
  );
}

function ObjectionList(props: { v: View; objections: ObjectionView[]; showCompany?: boolean }) {
  const { v } = props;
  const { t } = v;
  return (
    <>
      {props.objections.map((o) => (
        <section class="im-phase" aria-label={t.decisions.objectionOf(formatDateTime(o.lodgedAt, v.lang))}>
          <h3 class="utrecht-heading-3">
            {t.decisions.objectionOf(formatDateTime(o.lodgedAt, v.lang))}{' '}
            <Tag kind={o.status === 'open' ? 'warning' : o.status === 'upheld' ? 'open' : 'closed'}>
              {t.decisions.objectionStatuses[o.status]}
            </Tag>
          </h3>
          {props.showCompany ? <P>{o.companyName}</P> : null}
          <SummaryList
            rows={[
              [t.decisions.groundsLabel, o.grounds],
              ...(o.answer
                ? ([
                    [t.decisions.answer, o.answer.reasons],
                    [t.decisions.answeredAt, formatDateTime(o.answer.answeredAt, v.lang)],
                  ] as [string, string][])
                : []),
            ]}
          />
        </section>
      ))}
    </>
  );
}

/** One bidder's reasoned award decision: printable as it is (the print style drops the navigation). */
export function DecisionLetterPage(props: {
  v: View;
  letter: DecisionLetter;
  /** Where "back" goes: the company's letters, or the buyer's decisions. */
  back: { href: string; label: string };
  /** The objection form, as sent and refused (with what was typed). */
  form?: FormState;
  flash?: string;
}) {
  const { v, letter: l } = props;
  const { t } = v;
  const title = localised(l.challengeTitle, v.lang);
  const criterion = (key: string) => {
    const c = l.criteria.find((x) => x.key === key);
    return c ? localised(c.name, v.lang).text : key;
  };
  const assessorName = (label: string) => {
    const n = /^Assessor (\d+)$/.exec(label)?.[1];
    return n ? t.feedback.assessorN(Number(n)) : label;
  };
  const form = props.form ?? emptyForm();
  return (
    <Layout v={v} title={`${t.decisions.letterTitle}: ${title.text}`} current="decisions">
      <Breadcrumbs label={props.back.label} items={[props.back]} />
      {props.form ? <ErrorSummary v={v} form={form} order={['grounds']} /> : null}
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <article class="im-letter" aria-labelledby="brief">
        <P class="im-muted">
          {l.buyer.name} · {formatDate(l.decidedAt, v.lang)}
        </P>
        <H1>
          <span id="brief">{t.decisions.letterTitle}</span>
        </H1>
        <SummaryList
          rows={[
            [t.decisions.call, <span lang={title.lang}>{title.text}</span>],
            [t.decisions.phase, String(l.phase)],
            [t.decisions.to, `${l.recipient.companyName} (${companyIdText(l.recipient.companyKvk, v)})`],
            [t.decisions.decidedAt, formatDateTime(l.decidedAt, v.lang)],
            [t.decisions.status, <DecisionStatus v={v} status={l.status} endsAt={l.standstillEndsAt} />],
          ]}
        />
        <H2>{t.decisions.outcomeHeading}</H2>
        <Alert kind={l.outcome === 'awarded' ? 'success' : 'info'}>
          <p class="utrecht-paragraph">
            {l.outcome === 'awarded' && l.award
              ? t.decisions.awardedText(
                  formatMoney(l.award.amountCents, v.lang),
                  l.award.startDate,
                  l.award.endDate,
                )
              : t.decisions.notAwardedText[l.notAwardedBecause ?? 'ranked-lower']}{' '}
            {t.decisions.rankText(l.own.rank, l.proposalsRanked)}
          </p>
        </Alert>
        {l.status === 'withdrawn' ? (
          <Alert kind="warning">
            <p class="utrecht-paragraph">
              {t.decisions.withdrawnText(formatDateTime(l.withdrawnAt ?? l.decidedAt, v.lang))}{' '}
              {l.withdrawalReason}
            </p>
          </Alert>
        ) : null}
        {l.reasons ? (
          <>
            <H2>{t.decisions.reasons}</H2>
            <P>{l.reasons}</P>
          </>
        ) : null}

        <H2>{t.decisions.yourScores}</H2>
        <Table
          caption={t.decisions.yourScoresCaption(formatNumber(l.own.totalScore, v.lang, 2))}
          columns={[
            { label: t.challenge.criterion },
            { label: t.decisions.weight, numeric: true },
            { label: t.feedback.score, numeric: true },
          ]}
          rows={l.criteria.map((c) => [
            localised(c.name, v.lang).text,
            `${c.weightBasisPoints / 100}%`,
            formatNumber(l.own.criterionScores[c.key] ?? 0, v.lang, 2),
          ])}
        />
        {l.own.settledByLot ? <P>{t.decisions.settledByLot}</P> : null}
        {l.minimumScore > 0 ? (
          <P>{t.decisions.minimumScore(formatNumber(l.minimumScore, v.lang, 1))}</P>
        ) : null}
        <H2>{t.feedback.assessments}</H2>
        {l.own.assessments.map((a) => (
          <section class="im-phase" aria-label={assessorName(a.assessor)}>
            <h3 class="utrecht-heading-3">{assessorName(a.assessor)}</h3>
            <p class="utrecht-paragraph">
              <strong>{t.feedback.motivation}:</strong> {a.motivation}
            </p>
          </section>
        ))}

        <H2>{t.decisions.awardedHeading}</H2>
        <P>{t.decisions.budgetLine(formatMoney(l.budgetCents, v.lang))}</P>
        <Table
          caption={t.decisions.awardedCaption}
          columns={[
            { label: t.decisions.rank, numeric: true },
            { label: t.decisions.company },
            { label: t.decisions.total, numeric: true },
            { label: t.challenge.amount, numeric: true },
          ]}
          rows={l.awarded.map((a) => [
            String(a.rank),
            a.companyName,
            formatNumber(a.totalScore, v.lang, 2),
            formatMoney(a.amountCents, v.lang),
          ])}
        />
        {l.outcome === 'not-awarded'
          ? l.awarded.map((a) => (
              <Table
                caption={t.decisions.advantagesCaption(a.companyName)}
                columns={[
                  { label: t.challenge.criterion },
                  { label: t.decisions.theirs, numeric: true },
                  { label: t.decisions.yours, numeric: true },
                  { label: t.decisions.difference, numeric: true },
                ]}
                rows={a.advantages.map((x) => [
                  criterion(x.criterion),
                  formatNumber(x.theirs, v.lang, 2),
                  formatNumber(x.yours, v.lang, 2),
                  `${x.difference > 0 ? '+' : ''}${formatNumber(x.difference, v.lang, 2)}`,
                ])}
              />
            ))
          : null}

        <H2>{t.decisions.standstillHeading}</H2>
        <P>{t.decisions.standstillText(l.standstillDays, formatLastDay(l.standstillEndsAt, v.lang))}</P>
        <H2>{t.challenge.tieBreak}</H2>
        <P>{l.tieBreak[v.lang] ?? l.tieBreak.nl}</P>
      </article>

      {l.objections.length > 0 ? (
        <section aria-labelledby="bezwaren">
          <H2 id="bezwaren">{t.decisions.objectionsHeading}</H2>
          <ObjectionList v={v} objections={l.objections} />
        </section>
      ) : null}
      {l.mayObject ? (
        <section aria-labelledby="bezwaar-maken" class="im-no-print">
          <H2 id="bezwaar-maken">{t.decisions.objectHeading}</H2>
          <P>{t.decisions.objectIntro(formatLastDay(l.standstillEndsAt, v.lang))}</P>
          <form
            method="post"
            action={`/beslissingen/${l.decisionId}/${l.recipient.proposalId}/bezwaar`}
            novalidate
          >
            <CsrfField v={v} />
            <TextArea
              v={v}
              form={form}
              name="grounds"
              label={t.decisions.grounds}
              hint={t.decisions.groundsHint}
              rows={6}
            />
            <div class="im-actions">
              <Button>{t.decisions.lodge}</Button>
            </div>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}

/** A company's decision letters, newest first. */
export function MyDecisionsPage(props: { v: View; letters: LetterItem[] }) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.decisions.myTitle} current="decisions">
      <H1>{t.decisions.myTitle}</H1>
      <P>{t.decisions.myIntro}</P>
      {props.letters.length === 0 ? (
        <P>{t.decisions.none}</P>
      ) : (
        <Table
          caption={t.decisions.myTitle}
          hideCaption
          columns={[
            { label: t.decisions.call },
            { label: t.decisions.phase, numeric: true },
            { label: t.decisions.outcome },
            { label: t.decisions.status },
            { label: t.decisions.letter },
          ]}
          rows={props.letters.map((l) => {
            const title = localised(l.challengeTitle, v.lang);
            return [
              <span lang={title.lang}>{title.text}</span>,
              String(l.phase),
              t.decisions.outcomes[l.outcome],
              <DecisionStatus v={v} status={l.status} endsAt={l.standstillEndsAt} />,
              <A href={`/beslissingen/${l.decisionId}/${l.proposalId}`}>
                {t.decisions.read}
                <span class="im-visually-hidden"> {t.decisions.letterFor(title.text, l.phase)}</span>
              </A>,
            ];
          })}
        />
      )}
    </Layout>
  );
}

/** What the buyer's decisions page shows again after a refused form: which form, and what was typed. */
export interface DecisionsFailure {
  form: FormState;
  /** The objection being answered, or the decision being withdrawn. */
  objectionId?: string;
  decisionId?: string;
}

/** The buyer's side: every decision with its standstill, letters, objections (to answer) and withdrawal. */
export function DecisionsPage(props: {
  v: View;
  challenge: { id: string; title: { nl: string; en?: string | undefined } };
  decisions: DecisionItem[];
  failed?: DecisionsFailure;
  flash?: string;
}) {
  const { v, failed } = props;
  const { t } = v;
  const title = localised(props.challenge.title, v.lang);
  const formFor = (match: boolean) => (match && failed ? failed.form : emptyForm());
  return (
    <Layout v={v} title={`${t.decisions.buyerTitle}: ${title.text}`} current="my-challenges">
      <Breadcrumbs
        label={t.gov.nav.myChallenges}
        items={[
          { href: '/beheer/oproepen', label: t.gov.nav.myChallenges },
          { href: `/beheer/oproepen/${props.challenge.id}`, label: title.text },
        ]}
      />
      {failed ? (
        <ErrorSummary
          v={v}
          form={failed.form}
          order={
            failed.objectionId
              ? [`uitkomst-${failed.objectionId}`, `motivering-${failed.objectionId}`]
              : [`reden-${failed.decisionId}`]
          }
        />
      ) : null}
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{t.decisions.buyerTitle}</H1>
      <P>
        <span lang={title.lang}>{title.text}</span>
      </P>
      <P>{t.decisions.buyerIntro}</P>
      {props.decisions.length === 0 ? <P>{t.decisions.noDecisions}</P> : null}
      {props.decisions.map((d) => (
        <section aria-labelledby={`besluit-${d.decisionId}`} class="im-phase">
          <H2 id={`besluit-${d.decisionId}`}>
            {t.decisions.decisionOf(d.phase, formatDate(d.decidedAt, v.lang))}
          </H2>
          <SummaryList
            rows={[
              [t.decisions.status, <DecisionStatus v={v} status={d.status} endsAt={d.standstillEndsAt} />],
              [
                t.decisions.standstillHeading,
                t.decisions.daysUntil(d.standstillDays, formatLastDay(d.standstillEndsAt, v.lang)),
              ],
              [
                t.decisions.objectionsHeading,
                t.decisions.objectionCounts(d.lodgedObjections, d.openObjections, d.upheldObjections),
              ],
              ...(d.withdrawalReason
                ? ([[t.decisions.withdrawalReason, d.withdrawalReason]] as [string, string][])
                : []),
            ]}
          />
          <Table
            caption={t.decisions.lettersCaption}
            columns={[
              { label: t.decisions.rank, numeric: true },
              { label: t.decisions.company },
              { label: t.decisions.outcome },
              { label: t.decisions.letter },
            ]}
            rows={d.letters.map((l) => [
              String(l.rank),
              l.companyName,
              t.decisions.outcomes[l.outcome],
              <A href={`/beslissingen/${d.decisionId}/${l.proposalId}`}>
                {t.decisions.read}
                <span class="im-visually-hidden"> {l.companyName}</span>
              </A>,
            ])}
          />
          {d.objections.map((o) => (
            <>
              <ObjectionList v={v} objections={[o]} showCompany />
              {o.status === 'open' ? (
                <form
                  method="post"
                  action={`/beheer/oproepen/${props.challenge.id}/bezwaren/${o.objectionId}`}
                  novalidate
                >
                  <CsrfField v={v} />
                  <Choices
                    v={v}
                    form={formFor(failed?.objectionId === o.objectionId)}
                    name={`uitkomst-${o.objectionId}`}
                    legend={t.decisions.answerLegend}
                    options={[
                      { value: 'rejected', label: t.decisions.reject },
                      { value: 'upheld', label: t.decisions.uphold },
                    ]}
                  />
                  <TextArea
                    v={v}
                    form={formFor(failed?.objectionId === o.objectionId)}
                    name={`motivering-${o.objectionId}`}
                    label={t.decisions.answerReasons}
                    rows={4}
                  />
                  <div class="im-actions">
                    <Button>{t.decisions.sendAnswer}</Button>
                  </div>
                </form>
              ) : null}
            </>
          ))}
          {d.status === 'standstill' ? (
            <form
              method="post"
              action={`/beheer/oproepen/${props.challenge.id}/beslissingen/${d.decisionId}/intrekken`}
              novalidate
            >
              <CsrfField v={v} />
              <h3 class="utrecht-heading-3">{t.decisions.withdraw}</h3>
              <TextArea
                v={v}
                form={formFor(failed?.decisionId === d.decisionId)}
                name={`reden-${d.decisionId}`}
                label={t.decisions.withdrawReason}
                hint={t.decisions.withdrawHint}
                rows={3}
              />
              <div class="im-actions">
                <Button kind="secondary">{t.decisions.withdraw}</Button>
              </div>
            </form>
          ) : null}
        </section>
      ))}
    </Layout>
  );
}
