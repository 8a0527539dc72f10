/** @jsxImportSource hono/jsx */

import { formatDate, formatMoney } from '#web/i18n/format.ts';
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
import {
  amsterdamToday,
  type Contract,
  ContractFacts,
  FunderParts,
  type Milestone,
  MilestonesTable,
} from '#web/kit/contracts.tsx';
import { Choices, ErrorSummary, TextArea, TextField } from '#web/kit/fields.tsx';
import { FileTable } from '#web/kit/files.tsx';
import { Layout } from '#web/kit/layout.tsx';
import { type FormState, localised, type View } from '#web/kit/view.ts';
import { scheduleRows } from './form.ts';
import { texts } from './messages.ts';

const contractPath = (c: Contract) => `/beheer/opdrachten/${c.awardId}`;

/** What waits for the buyer on a contract: reviews (and how many are late), payments. */
function waiting(v: View, c: Contract): string {
  const today = amsterdamToday(v.now);
  const submitted = c.milestones.filter((m) => m.status === 'submitted');
  const late = submitted.filter((m) => m.reviewDueDate && today > m.reviewDueDate).length;
  const payable = c.milestones.filter((m) => m.status === 'invoiced').length;
  const parts = [
    ...(submitted.length > 0 ? [texts(v).toReview(submitted.length)] : []),
    ...(late > 0 ? [texts(v).overdue(late)] : []),
    ...(payable > 0 ? [texts(v).toPay(payable)] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : v.t.contracts.nothingWaiting;
}

export function BuyerContractsPage(props: { v: View; contracts: Contract[]; flash?: string }) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={texts(v).listTitle} current="contracts">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{texts(v).listTitle}</H1>
      <P>{texts(v).listIntro}</P>
      {props.contracts.length === 0 ? (
        <P>{t.contracts.none}</P>
      ) : (
        <Table
          caption={texts(v).listTitle}
          hideCaption
          columns={[
            { label: texts(v).company },
            { label: t.proposal.forCall },
            { label: t.proposal.phase },
            { label: t.contracts.amount, numeric: true },
            { label: t.contracts.paidTotal, numeric: true },
            { label: t.contracts.status },
            { label: t.contracts.next },
          ]}
          rows={props.contracts.map((c) => [
            <A href={contractPath(c)}>{c.company.name}</A>,
            localised(c.challengeTitle, v.lang).text,
            String(c.phase),
            formatMoney(c.amountCents, v.lang),
            formatMoney(c.paidCents, v.lang),
            t.gov.contractStatus[c.awardStatus] ?? c.awardStatus,
            waiting(v, c),
          ])}
        />
      )}
    </Layout>
  );
}

const crumbs = (v: View) => [{ href: '/beheer/opdrachten', label: texts(v).listTitle }];

export function BuyerContractPage(props: { v: View; contract: Contract; flash?: string }) {
  const { v, contract: c } = props;
  const { t } = v;
  return (
    <Layout
      v={v}
      title={`${c.company.name}: ${localised(c.challengeTitle, v.lang).text}`}
      current="contracts"
    >
      <Breadcrumbs items={crumbs(v)} label={texts(v).listTitle} />
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>
        {c.company.name}: {localised(c.challengeTitle, v.lang).text}
      </H1>
      <ContractFacts v={v} contract={c} />
      <H2>{t.contracts.milestones}</H2>
      {c.scheduleChangeable ? (
        <P>
          {texts(v).scheduleHint} <A href={`${contractPath(c)}/betaalschema`}>{texts(v).schedule}</A>
        </P>
      ) : null}
      <MilestonesTable
        fileHref={fileHref(c)}
        v={v}
        contract={c}
        action={(m) =>
          m.status === 'submitted' && c.awardStatus === 'awarded'
            ? { href: `${contractPath(c)}/mijlpalen/${m.number}/beoordelen`, label: texts(v).review }
            : m.status === 'invoiced'
              ? { href: `${contractPath(c)}/mijlpalen/${m.number}/betalen`, label: texts(v).pay }
              : undefined
        }
      />
      <FunderParts v={v} contract={c} />
      {c.awardStatus === 'awarded' ? (
        <p class="utrecht-paragraph im-actions">
          <A href={`${contractPath(c)}/afronden?oproep=${c.challengeId}`}>{texts(v).complete}</A>
          <A href={`${contractPath(c)}/beeindigen?oproep=${c.challengeId}`}>{texts(v).terminate}</A>
        </p>
      ) : null}
    </Layout>
  );
}

const milestoneCrumbs = (v: View, c: Contract) => [
  ...crumbs(v),
  { href: contractPath(c), label: c.company.name },
];

const fileHref = (c: Contract) => (m: Milestone, fileId: string) =>
  `${contractPath(c)}/mijlpalen/${m.number}/bestanden/${fileId}`;

export function ReviewPage(props: { v: View; contract: Contract; milestone: Milestone; form: FormState }) {
  const { v, contract: c, milestone: m, form } = props;
  const last = m.submissions.at(-1);
  return (
    <Layout v={v} title={texts(v).reviewTitle(m.number)} current="contracts">
      <Breadcrumbs items={milestoneCrumbs(v, c)} label={texts(v).listTitle} />
      <ErrorSummary v={v} form={form} order={['outcome', 'reason']} />
      <H1>{texts(v).reviewTitle(m.number)}</H1>
      <SummaryList
        rows={[
          [v.t.gov.company, c.company.name],
          [v.t.contracts.deliverable, localised(m.deliverable, v.lang).text],
          [v.t.contracts.amount, formatMoney(m.amountCents, v.lang)],
          ...(last
            ? ([
                [texts(v).submitted, last.summary],
                ...(last.reference ? [[v.t.contracts.reference, last.reference]] : []),
                [v.t.contracts.status, v.t.contracts.submittedAt(formatDate(last.submittedAt, v.lang))],
              ] as [string, string][])
            : []),
        ]}
      />
      {last ? (
        <>
          <H2>{texts(v).documents}</H2>
          <FileTable
            v={v}
            caption={texts(v).documents}
            files={last.files ?? []}
            openHref={(file) => fileHref(c)(m, file.id)}
          />
        </>
      ) : null}
      <form method="post" action={`${contractPath(c)}/mijlpalen/${m.number}/beoordelen`} novalidate>
        <CsrfField v={v} />
        <Choices
          v={v}
          form={form}
          name="outcome"
          legend={texts(v).outcome}
          options={[
            { value: 'accepted', label: texts(v).accept },
            { value: 'rejected', label: texts(v).reject },
          ]}
        />
        <TextArea
          v={v}
          form={form}
          name="reason"
          label={texts(v).reason}
          hint={texts(v).reasonHint}
          rows={4}
        />
        <div class="im-actions">
          <Button>{texts(v).saveReview}</Button>
          <A href={contractPath(c)}>{texts(v).back}</A>
        </div>
      </form>
    </Layout>
  );
}

export function PaymentPage(props: { v: View; contract: Contract; milestone: Milestone; form: FormState }) {
  const { v, contract: c, milestone: m, form } = props;
  return (
    <Layout v={v} title={texts(v).payTitle(m.number)} current="contracts">
      <Breadcrumbs items={milestoneCrumbs(v, c)} label={texts(v).listTitle} />
      <ErrorSummary v={v} form={form} order={['paidOn', 'reference']} />
      <H1>{texts(v).payTitle(m.number)}</H1>
      <P>{texts(v).payIntro(formatMoney(m.amountCents, v.lang))}</P>
      {m.invoice ? (
        <P>
          {texts(v).invoiceLine(m.invoice.invoiceNumber, formatDate(m.invoice.receivedAt, v.lang))}{' '}
          <A href={`${contractPath(c)}/mijlpalen/${m.number}/factuur.xml`}>{texts(v).invoiceXml}</A>
        </P>
      ) : null}
      <form method="post" action={`${contractPath(c)}/mijlpalen/${m.number}/betalen`} novalidate>
        <CsrfField v={v} />
        <TextField
          v={v}
          form={form}
          name="paidOn"
          type="date"
          label={texts(v).paidOn}
          hint={texts(v).paidOnHint}
          short
        />
        <TextField
          v={v}
          form={form}
          name="reference"
          label={texts(v).reference}
          hint={texts(v).referenceHint}
        />
        <div class="im-actions">
          <Button>{texts(v).savePayment}</Button>
          <A href={contractPath(c)}>{texts(v).back}</A>
        </div>
      </form>
    </Layout>
  );
}

export function SchedulePage(props: { v: View; contract: Contract; form: FormState }) {
  const { v, contract: c, form } = props;
  const rows = scheduleRows(c.milestones.length);
  const order = [
    ...Array.from({ length: rows }, (_, i) => [
      `deliverable-${i + 1}`,
      `dueDate-${i + 1}`,
      `amount-${i + 1}`,
    ]).flat(),
    'reviewDays',
  ];
  return (
    <Layout v={v} title={texts(v).scheduleTitle} current="contracts">
      <Breadcrumbs items={milestoneCrumbs(v, c)} label={texts(v).listTitle} />
      <ErrorSummary v={v} form={form} order={order} />
      <H1>
        {texts(v).scheduleTitle}: {c.company.name}
      </H1>
      <P>{texts(v).scheduleIntro(formatMoney(c.amountCents, v.lang))}</P>
      <form method="post" action={`${contractPath(c)}/betaalschema`} novalidate>
        <CsrfField v={v} />
        {Array.from({ length: rows }, (_, i) => i + 1).map((row) => (
          <fieldset class="im-fieldset utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend">{texts(v).rowLegend(row)}</legend>
            <TextField v={v} form={form} name={`deliverable-${row}`} label={texts(v).deliverable} />
            <TextField v={v} form={form} name={`dueDate-${row}`} type="date" label={texts(v).dueDate} short />
            <TextField
              v={v}
              form={form}
              name={`amount-${row}`}
              label={texts(v).amount}
              inputmode="decimal"
              short
            />
          </fieldset>
        ))}
        <TextField
          v={v}
          form={form}
          name="reviewDays"
          label={texts(v).reviewDays}
          inputmode="numeric"
          short
        />
        <div class="im-actions">
          <Button>{texts(v).saveSchedule}</Button>
          <A href={contractPath(c)}>{texts(v).back}</A>
        </div>
      </form>
    </Layout>
  );
}
