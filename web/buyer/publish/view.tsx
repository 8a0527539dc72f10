import { manageCrumbs } from '#web/buyer/crumbs.tsx';
import { fieldText } from '#web/i18n/fields.ts';
import { formatDateTime, formatMoney, formatShare } from '#web/i18n/format.ts';
import { ruleText } from '#web/i18n/rules.ts';
import { A, Alert, Button, CsrfField, H1, P, SummaryList, Table } from '#web/kit/components.tsx';
import { ErrorSummary } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView, PublicationCheck } from '#web/kit/types.ts';
import { type FormState, localised, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

type EnvelopeCheck = PublicationCheck['envelopes'][number];

/** What stops publication, each in words that say what to change. */
function blockers(v: View, check: PublicationCheck): string[] {
  const money = (cents: number) => formatMoney(cents, v.lang);
  const x = texts(v);
  const consentsMissing = check.consents.some((c) => c.status === 'requested' || c.status === 'declined');
  return [
    ...check.violations.map(
      (e) => ruleText(e.rule, e.values, v.lang) ?? fieldText(`body.${e.field}`, v.lang),
    ),
    ...check.consents
      .filter((c) => c.status === 'requested' || c.status === 'declined')
      .map((c) =>
        x.consentMissing(c.funder, groupTexts(v).consentStatus[c.status as 'requested' | 'declined']),
      ),
    ...check.envelopes.flatMap((e) =>
      e.problem === 'no-envelope'
        ? [x.noBudget(e.holderName, check.programmeYear)]
        : e.problem === 'envelope-exhausted'
          ? [x.shortfall(e.holderName, money(e.excessCents ?? 0))]
          : e.problem === 'over-per-challenge-cap'
            ? [x.overCap(e.holderName, money(e.maxPerChallengeCents ?? 0), money(e.excessCents ?? 0))]
            : [],
    ),
    ...(consentsMissing ? [x.consentNeeded] : []),
  ];
}

const verdict = (v: View, e: EnvelopeCheck) => {
  const money = (cents: number) => formatMoney(cents, v.lang);
  if (e.problem === 'no-envelope') return <strong>{texts(v).none}</strong>;
  if (e.problem === 'envelope-exhausted') return <strong>{texts(v).short(money(e.excessCents ?? 0))}</strong>;
  if (e.problem === 'over-per-challenge-cap')
    return <strong>{texts(v).over(money(e.excessCents ?? 0))}</strong>;
  return texts(v).fits;
};

export function PublishPage(props: { v: View; call: CallView; check: PublicationCheck; form: FormState }) {
  const { v, call: c, check } = props;
  const { t } = v;
  const x = texts(v);
  const money = (cents: number | undefined) => (cents === undefined ? '—' : formatMoney(cents, v.lang));
  const todo = blockers(v, check);
  return (
    <Layout v={v} title={x.publishTitle} current="my-calls">
      {manageCrumbs(v, c)}
      <ErrorSummary v={v} form={props.form} order={[]} />
      <H1>{x.publishTitle}</H1>
      <P>{x.publishIntro}</P>
      {todo.length > 0 ? (
        <Alert kind="warning">
          <p>{x.notReady}</p>
          <ul class="utrecht-unordered-list">
            {todo.map((item) => (
              <li class="utrecht-unordered-list__item">{item}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert kind="success">{x.ready}</Alert>
      )}
      {check.missingDocuments.length > 0 ? (
        <Alert kind="info">
          <p>{x.missingDocuments}</p>
          <ul class="utrecht-unordered-list">
            {check.missingDocuments.map((kind) => (
              <li class="utrecht-unordered-list__item">{t.documents.kinds[kind] ?? kind}</li>
            ))}
          </ul>
          <p>
            <A href={`/beheer/oproepen/${c.id}/documenten`}>{x.addDocuments}</A>. {x.publishAnyway}
          </p>
        </Alert>
      ) : null}
      <SummaryList
        rows={[
          [t.proposal.forCall, titleOf(c, v)],
          [t.call.instrument, t.instruments[c.instrument]],
          [t.call.theme, localised(c.themeName, v.lang).text],
          [t.call.totalBudget, formatMoney(c.totalBudgetCents, v.lang)],
          [t.call.questionDeadline, formatDateTime(c.questionDeadline, v.lang)],
          ...c.phases.map(
            (p) =>
              [
                t.phaseNames[p.number] ?? String(p.number),
                `${formatMoney(p.budgetCents, v.lang)}; ${t.call.maxPerContract}: ${formatMoney(p.maxPerContractCents, v.lang)}; ${t.call.deadline}: ${formatDateTime(p.submissionDeadline, v.lang)}`,
              ] as [string, string],
          ),
        ]}
      />
      <Table
        caption={x.reservation}
        rowHeaders
        columns={[
          { label: t.call.funder },
          { label: t.call.share, numeric: true },
          { label: t.call.amount, numeric: true },
          { label: groupTexts(v).consent },
        ]}
        rows={check.consents.map((r) => [
          r.funder,
          formatShare(r.shareBasisPoints, v.lang),
          formatMoney(r.amountCents, v.lang),
          r.status === 'lead' ? x.consentOwnShare : groupTexts(v).consentStatus[r.status],
        ])}
      />
      <Table
        caption={x.budgets(check.programmeYear)}
        rowHeaders
        columns={[
          { label: x.budgetOf },
          { label: x.carries },
          { label: x.asks, numeric: true },
          { label: x.room, numeric: true },
          { label: x.maxPerCall, numeric: true },
          { label: x.verdict },
        ]}
        rows={check.envelopes.map((e) => [
          e.holderName,
          e.funders.join(', '),
          money(e.neededCents),
          money(e.remainingCents),
          e.problem === 'no-envelope'
            ? '—'
            : e.maxPerChallengeCents === undefined
              ? x.noMax
              : money(e.maxPerChallengeCents),
          verdict(v, e),
        ])}
      />
      <form method="post" action={`/beheer/oproepen/${c.id}/publiceren`}>
        <CsrfField v={v} />
        <div class="im-actions">
          <Button>{x.publish}</Button>
          <A href={`/beheer/oproepen/${c.id}/wijzigen`}>{groupTexts(v).editCall}</A>
        </div>
      </form>
    </Layout>
  );
}
