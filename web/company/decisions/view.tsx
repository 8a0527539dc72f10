/** @jsxImportSource hono/jsx */

import { formatDate, formatDateTime, formatLastDay, formatMoney, formatNumber } from '#web/i18n/format.ts';
import {
  A,
  Alert,
  Breadcrumbs,
  Button,
  CsrfField,
  H1,
  H2,
  P,
  SummaryList,
  Table,
} from '#web/kit/components.tsx';
import { type DecisionLetter, DecisionStatus, type LetterItem, ObjectionList } from '#web/kit/decisions.tsx';
import { ErrorSummary, TextArea } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { ExclusionGround } from '#web/kit/types.ts';
import { companyIdText, emptyForm, type FormState, localised, type View } from '#web/kit/view.ts';
import { Assessments } from '../assessments.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

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
  const form = props.form ?? emptyForm();
  return (
    <Layout v={v} title={`${texts(v).letterTitle}: ${title.text}`} current="decisions">
      <Breadcrumbs label={props.back.label} items={[props.back]} />
      {props.form ? <ErrorSummary v={v} form={form} order={['grounds']} /> : null}
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <article class="im-letter" aria-labelledby="brief">
        <P class="im-muted">
          {l.buyer.name} · {formatDate(l.decidedAt, v.lang)}
        </P>
        <H1>
          <span id="brief">{texts(v).letterTitle}</span>
        </H1>
        <SummaryList
          rows={[
            [t.decisions.call, <span lang={title.lang}>{title.text}</span>],
            [t.decisions.phase, String(l.phase)],
            [texts(v).to, `${l.recipient.companyName} (${companyIdText(l.recipient.companyKvk, v)})`],
            [texts(v).decidedAt, formatDateTime(l.decidedAt, v.lang)],
            [t.decisions.status, <DecisionStatus v={v} status={l.status} endsAt={l.standstillEndsAt} />],
          ]}
        />
        <H2>{texts(v).outcomeHeading}</H2>
        <Alert kind={l.outcome === 'awarded' ? 'success' : 'info'}>
          <p class="utrecht-paragraph">
            {l.outcome === 'awarded' && l.award
              ? texts(v).awardedText(
                  formatMoney(l.award.amountCents, v.lang),
                  formatDate(l.award.startDate, v.lang),
                  formatDate(l.award.endDate, v.lang),
                  l.status === 'definitive',
                )
              : texts(v).notAwardedText[l.notAwardedBecause ?? 'ranked-lower']}{' '}
            {l.own ? texts(v).rankText(l.own.rank, l.proposalsRanked) : null}
          </p>
        </Alert>
        {l.exclusion ? (
          <>
            <H2>{texts(v).exclusionHeading}</H2>
            <SummaryList
              rows={[
                [
                  texts(v).exclusionGround,
                  t.decisions.exclusionGrounds[l.exclusion.ground as ExclusionGround],
                ],
                ...(l.exclusion.explanationRequestedOn
                  ? [
                      [texts(v).explanationAsked, formatDate(l.exclusion.explanationRequestedOn, v.lang)] as [
                        string,
                        string,
                      ],
                    ]
                  : []),
                [texts(v).exclusionMotivation, l.exclusion.motivation],
              ]}
            />
          </>
        ) : null}
        {l.passedOverReason ? (
          <>
            <H2>{texts(v).passedOverHeading}</H2>
            <P>{l.passedOverReason}</P>
          </>
        ) : null}
        {l.noAward ? <P>{t.decisions.noAwardGrounds[l.noAward.ground]}</P> : null}
        {l.status === 'withdrawn' ? (
          <Alert kind="warning">
            <p class="utrecht-paragraph">
              {texts(v).withdrawnText(formatDateTime(l.withdrawnAt ?? l.decidedAt, v.lang))}{' '}
              {l.withdrawalReason}
            </p>
          </Alert>
        ) : null}
        {l.reasons ? (
          <>
            <H2>{texts(v).reasons}</H2>
            <P>{l.reasons}</P>
          </>
        ) : null}

        {l.own ? <OwnScores v={v} letter={l} own={l.own} /> : null}

        <H2>{texts(v).awardedHeading}</H2>
        <P>{texts(v).budgetLine(formatMoney(l.budgetCents, v.lang))}</P>
        <Table
          caption={texts(v).awardedCaption}
          columns={[
            { label: t.decisions.rank, numeric: true },
            { label: t.decisions.company },
            { label: texts(v).total, numeric: true },
            { label: t.call.amount, numeric: true },
          ]}
          rows={l.awarded.map((a) => [
            String(a.rank),
            a.companyName,
            formatNumber(a.totalScore, v.lang, 2),
            formatMoney(a.amountCents, v.lang),
          ])}
        />
        {l.outcome === 'not-awarded' && l.own
          ? l.awarded.map((a) => (
              <Table
                caption={texts(v).advantagesCaption(a.companyName)}
                columns={[
                  { label: t.call.criterion },
                  { label: texts(v).theirs, numeric: true },
                  { label: texts(v).yours, numeric: true },
                  { label: texts(v).difference, numeric: true },
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
        <P>{texts(v).standstillText(l.standstillDays, formatLastDay(l.standstillEndsAt, v.lang))}</P>
        <P>{texts(v).courtRoute(formatLastDay(l.standstillEndsAt, v.lang))}</P>
        <H2>{t.call.tieBreak}</H2>
        <P>{l.tieBreak[v.lang] ?? l.tieBreak.nl}</P>
        {l.lot ? (
          <P>
            {texts(v).lotRevealed} <code>{l.lot.seed}</code> ({texts(v).lotCommitment}{' '}
            <code>{l.lot.commitment}</code>)
          </P>
        ) : null}
        {l.rankingVersion > 1 ? <P>{texts(v).rankingVersion(l.rankingVersion)}</P> : null}
      </article>

      {l.objections.length > 0 ? (
        <section aria-labelledby="bezwaren">
          <H2 id="bezwaren">{t.decisions.objectionsHeading}</H2>
          <ObjectionList v={v} objections={l.objections} />
        </section>
      ) : null}
      {l.mayObject ? (
        <section aria-labelledby="bezwaar-maken" class="im-no-print">
          <H2 id="bezwaar-maken">{texts(v).objectHeading}</H2>
          <P>{texts(v).objectIntro(formatLastDay(l.standstillEndsAt, v.lang))}</P>
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
              label={texts(v).grounds}
              hint={texts(v).groundsHint}
              rows={6}
            />
            <div class="im-actions">
              <Button>{texts(v).lodge}</Button>
            </div>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}

/** The bidder's own scores and the committee's motivations (a ranked bid only). */
function OwnScores(props: { v: View; letter: DecisionLetter; own: NonNullable<DecisionLetter['own']> }) {
  const { v, letter: l, own } = props;
  const { t } = v;
  return (
    <>
      <H2>{texts(v).yourScores}</H2>
      <Table
        caption={texts(v).yourScoresCaption(formatNumber(own.totalScore, v.lang, 2))}
        columns={[
          { label: t.call.criterion },
          { label: texts(v).weight, numeric: true },
          { label: groupTexts(v).score, numeric: true },
        ]}
        rows={l.criteria.map((c) => [
          localised(c.name, v.lang).text,
          `${c.weightBasisPoints / 100}%`,
          formatNumber(own.criterionScores[c.key] ?? 0, v.lang, 2),
        ])}
      />
      {own.settledByLot ? <P>{texts(v).settledByLot}</P> : null}
      {l.minimumScore > 0 ? <P>{texts(v).minimumScore(formatNumber(l.minimumScore, v.lang, 1))}</P> : null}
      <H2>{groupTexts(v).assessments}</H2>
      <Assessments v={v} assessments={own.assessments} />
    </>
  );
}

/** A company's decision letters, newest first. */
export function MyDecisionsPage(props: { v: View; letters: LetterItem[] }) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={texts(v).myTitle} current="decisions">
      <H1>{texts(v).myTitle}</H1>
      <P>{texts(v).myIntro}</P>
      {props.letters.length === 0 ? (
        <P>{texts(v).none}</P>
      ) : (
        <Table
          caption={texts(v).myTitle}
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
                <span class="im-visually-hidden"> {texts(v).letterFor(title.text, l.phase)}</span>
              </A>,
            ];
          })}
        />
      )}
    </Layout>
  );
}
