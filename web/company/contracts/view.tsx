/** @jsxImportSource hono/jsx */

import { formatMoney } from '#web/i18n/format.ts';
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
  type Contract,
  ContractFacts,
  FunderParts,
  type Milestone,
  MilestoneStatus,
  MilestonesTable,
} from '#web/kit/contracts.tsx';
import { describedBy, ErrorSummary, FieldLabel, TextArea, TextField } from '#web/kit/fields.tsx';
import { AttachmentUploadForm, FILE_FIELD, FileTable } from '#web/kit/files.tsx';
import { Layout } from '#web/kit/layout.tsx';
import { emptyForm, type FormState, localised, type View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

const due = (m: Milestone) => m.status === 'open' || m.status === 'rejected';

export function ContractsPage(props: { v: View; contracts: Contract[]; flash?: string }) {
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
            { label: t.proposal.forCall },
            { label: t.proposal.phase },
            { label: t.contracts.amount, numeric: true },
            { label: t.contracts.paidTotal, numeric: true },
            { label: t.contracts.next },
          ]}
          rows={props.contracts.map((c) => {
            const open = c.awardStatus === 'awarded' ? c.milestones.filter(due).length : 0;
            return [
              <A href={`/mijn/opdrachten/${c.awardId}`}>{localised(c.challengeTitle, v.lang).text}</A>,
              String(c.phase),
              formatMoney(c.amountCents, v.lang),
              formatMoney(c.paidCents, v.lang),
              open > 0 ? texts(v).toDo(open) : (t.gov.contractStatus[c.awardStatus] ?? c.awardStatus),
            ];
          })}
        />
      )}
    </Layout>
  );
}

const crumbs = (v: View) => [{ href: '/mijn/opdrachten', label: texts(v).listTitle }];

const milestonePath = (c: Contract, m: Milestone) => `/mijn/opdrachten/${c.awardId}/mijlpalen/${m.number}`;
const fileHref = (c: Contract) => (m: Milestone, fileId: string) =>
  `${milestonePath(c, m)}/bestanden/${fileId}`;

export function ContractPage(props: { v: View; contract: Contract; flash?: string }) {
  const { v, contract: c } = props;
  const { t } = v;
  const title = localised(c.challengeTitle, v.lang).text;
  return (
    <Layout v={v} title={`${texts(v).listTitle}: ${title}`} current="contracts">
      <Breadcrumbs items={crumbs(v)} label={texts(v).listTitle} />
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{title}</H1>
      <ContractFacts v={v} contract={c} />
      <H2>{t.contracts.milestones}</H2>
      <MilestonesTable
        v={v}
        contract={c}
        fileHref={fileHref(c)}
        action={(m) =>
          c.awardStatus === 'awarded' && due(m)
            ? {
                href: `/mijn/opdrachten/${c.awardId}/mijlpalen/${m.number}`,
                label: m.status === 'rejected' ? texts(v).resubmit : texts(v).submit,
              }
            : m.status === 'accepted'
              ? {
                  href: `/mijn/opdrachten/${c.awardId}/mijlpalen/${m.number}/factuur`,
                  label: texts(v).invoice,
                }
              : undefined
        }
      />
      <FunderParts v={v} contract={c} />
    </Layout>
  );
}

export function DeliverablePage(props: {
  v: View;
  contract: Contract;
  milestone: Milestone;
  form: FormState;
  /** The upload form's state after a refused file. */
  upload?: FormState;
  maxUploadMb: number;
  flash?: string;
}) {
  const { v, contract: c, milestone: m, form } = props;
  const upload = props.upload ?? emptyForm();
  const path = milestonePath(c, m);
  const { t } = v;
  const rejection = m.status === 'rejected' ? m.reviews.at(-1) : undefined;
  return (
    <Layout v={v} title={texts(v).submitTitle(m.number)} current="contracts">
      <Breadcrumbs
        items={[
          ...crumbs(v),
          { href: `/mijn/opdrachten/${c.awardId}`, label: localised(c.challengeTitle, v.lang).text },
        ]}
        label={texts(v).listTitle}
      />
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={['summary', 'reference']} />
      <ErrorSummary v={v} form={upload} order={[FILE_FIELD]} />
      <H1>{texts(v).submitTitle(m.number)}</H1>
      <P>
        {localised(m.deliverable, v.lang).text} — {formatMoney(m.amountCents, v.lang)}.{' '}
        <MilestoneStatus v={v} milestone={m} />
      </P>
      {rejection ? (
        <Alert kind="warning">
          <p class="utrecht-paragraph">
            {texts(v).lastRejection} {rejection.reason}
          </p>
        </Alert>
      ) : null}
      <H2 id="documenten">{texts(v).documentsTitle}</H2>
      <P>{texts(v).documentsIntro}</P>
      <FileTable
        v={v}
        caption={texts(v).documentsTitle}
        files={m.files ?? []}
        openHref={(file) => `${path}/bestanden/${file.id}`}
        removeAction={(file) => `${path}/bestanden/${file.id}/verwijderen`}
      />
      <AttachmentUploadForm v={v} form={upload} action={`${path}/bestanden`} maxMb={props.maxUploadMb} />
      <H2>{texts(v).submitStep}</H2>
      <P>{texts(v).submitIntro}</P>
      <form method="post" action={path} novalidate>
        <CsrfField v={v} />
        <TextArea
          v={v}
          form={form}
          name="summary"
          label={texts(v).summary}
          hint={texts(v).summaryHint}
          rows={5}
        />
        <TextField
          v={v}
          form={form}
          name="reference"
          label={`${texts(v).reference} ${t.form.optional}`}
          hint={texts(v).referenceHint}
        />
        <div class="im-actions">
          <Button>{texts(v).send}</Button>
          <A href={`/mijn/opdrachten/${c.awardId}`}>{texts(v).back}</A>
        </div>
      </form>
    </Layout>
  );
}

export const INVOICE_FIELDS = [
  'invoiceNumber',
  'issueDate',
  'paymentDays',
  'iban',
  'vatNumber',
  'supplierStreet',
  'supplierPostcode',
  'supplierCity',
  'buyerStreet',
  'buyerPostcode',
  'buyerCity',
  'ubl',
];

function AddressFields(props: { v: View; form: FormState; prefix: string; legend: string }) {
  const { v, form, prefix } = props;
  return (
    <fieldset class="im-fieldset utrecht-form-fieldset">
      <legend class="utrecht-form-fieldset__legend">{props.legend}</legend>
      <TextField
        v={v}
        form={form}
        name={`${prefix}Street`}
        label={texts(v).street}
        autocomplete="street-address"
      />
      <TextField
        v={v}
        form={form}
        name={`${prefix}Postcode`}
        label={texts(v).postcode}
        short
        autocomplete="postal-code"
      />
      <TextField
        v={v}
        form={form}
        name={`${prefix}City`}
        label={texts(v).city}
        autocomplete="address-level2"
      />
    </fieldset>
  );
}

export function InvoicePage(props: { v: View; contract: Contract; milestone: Milestone; form: FormState }) {
  const { v, contract: c, milestone: m, form } = props;
  const action = `/mijn/opdrachten/${c.awardId}/mijlpalen/${m.number}/factuur`;
  return (
    <Layout v={v} title={texts(v).invoiceTitle(m.number)} current="contracts">
      <Breadcrumbs
        items={[
          ...crumbs(v),
          { href: `/mijn/opdrachten/${c.awardId}`, label: localised(c.challengeTitle, v.lang).text },
        ]}
        label={texts(v).listTitle}
      />
      <ErrorSummary v={v} form={form} order={INVOICE_FIELDS} />
      <H1>{texts(v).invoiceTitle(m.number)}</H1>
      <P>{texts(v).invoiceIntro(formatMoney(m.amountCents, v.lang))}</P>
      <H2>{texts(v).draftTitle}</H2>
      <P>{texts(v).draftIntro}</P>
      <form method="post" action={action} novalidate>
        <CsrfField v={v} />
        <input type="hidden" name="kind" value="draft" />
        <TextField
          v={v}
          form={form}
          name="invoiceNumber"
          label={texts(v).invoiceNumber}
          hint={texts(v).invoiceNumberHint}
          short
        />
        <TextField v={v} form={form} name="issueDate" type="date" label={texts(v).issueDate} short />
        <TextField
          v={v}
          form={form}
          name="paymentDays"
          label={texts(v).paymentDays}
          inputmode="numeric"
          short
        />
        <TextField v={v} form={form} name="iban" label={texts(v).iban} autocomplete="off" />
        <TextField v={v} form={form} name="vatNumber" label={texts(v).vatNumber} short />
        <AddressFields v={v} form={form} prefix="supplier" legend={texts(v).supplierAddress} />
        {c.buyer.invoiceAddress ? (
          <SummaryList
            rows={[
              [
                texts(v).buyerAddress,
                `${c.buyer.name}, ${c.buyer.invoiceAddress.street}, ${c.buyer.invoiceAddress.postcode} ${c.buyer.invoiceAddress.city}`,
              ],
            ]}
          />
        ) : (
          <AddressFields v={v} form={form} prefix="buyer" legend={texts(v).buyerAddress} />
        )}
        <div class="im-actions">
          <Button>{texts(v).sendDraft}</Button>
        </div>
      </form>
      <H2>{texts(v).uploadTitle}</H2>
      <P>
        {texts(v).uploadIntro} <code>{c.awardId}</code>
      </P>
      <form method="post" action={action} enctype="multipart/form-data" novalidate>
        <CsrfField v={v} />
        <input type="hidden" name="kind" value="upload" />
        <div
          class={`im-field utrecht-form-field ${form.errors.ubl ? 'im-field--invalid utrecht-form-field--invalid' : ''}`}
        >
          <FieldLabel v={v} name="ubl" label={texts(v).ubl} error={form.errors.ubl} />
          <input
            class="im-file-input"
            type="file"
            id="ubl"
            name="ubl"
            accept=".xml,application/xml,text/xml"
            aria-describedby={describedBy('ubl', undefined, form.errors.ubl)}
            aria-invalid={form.errors.ubl ? 'true' : undefined}
          />
        </div>
        <div class="im-actions">
          <Button>{texts(v).sendUpload}</Button>
          <A href={`/mijn/opdrachten/${c.awardId}`}>{texts(v).back}</A>
        </div>
      </form>
    </Layout>
  );
}
