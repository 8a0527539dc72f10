import { manageCrumbs } from '#web/buyer/crumbs.tsx';
import { formatDateTime, formatMoney, formatShare } from '#web/i18n/format.ts';
import { A, Alert, Button, CsrfField, H1, P, SummaryList, Table } from '#web/kit/components.tsx';
import { ErrorSummary } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import { type FormState, localised, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function PublishPage(props: {
  v: View;
  call: CallView;
  reservations: {
    name: string;
    amountCents: number;
    shareBasisPoints: number;
    consent: 'lead' | 'requested' | 'approved' | 'declined';
  }[];
  form: FormState;
}) {
  const { v, call: c } = props;
  const { t } = v;
  return (
    <Layout v={v} title={texts(v).publishTitle} current="my-calls">
      {manageCrumbs(v, c)}
      <ErrorSummary v={v} form={props.form} order={[]} />
      <H1>{texts(v).publishTitle}</H1>
      <P>{texts(v).publishIntro}</P>
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
        caption={texts(v).reservation}
        rowHeaders
        columns={[
          { label: t.call.funder },
          { label: t.call.share, numeric: true },
          { label: t.call.amount, numeric: true },
          { label: groupTexts(v).consent },
        ]}
        rows={props.reservations.map((r) => [
          r.name,
          formatShare(r.shareBasisPoints, v.lang),
          formatMoney(r.amountCents, v.lang),
          r.consent === 'lead' ? texts(v).consentOwnShare : groupTexts(v).consentStatus[r.consent],
        ])}
      />
      {props.reservations.some((r) => r.consent !== 'lead' && r.consent !== 'approved') ? (
        <Alert kind="info">{texts(v).consentNeeded}</Alert>
      ) : null}
      <form method="post" action={`/beheer/oproepen/${c.id}/publiceren`}>
        <CsrfField v={v} />
        <div class="im-actions">
          <Button>{texts(v).publish}</Button>
          <A href={`/beheer/oproepen/${c.id}/wijzigen`}>{groupTexts(v).editCall}</A>
        </div>
      </form>
    </Layout>
  );
}
