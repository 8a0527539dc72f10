/** @jsxImportSource hono/jsx */

import { formatDateTime, formatMoney, timeLeft } from '#web/i18n/format.ts';
import { AssuranceNotice } from '#web/kit/assurance.tsx';
import {
  A,
  Alert,
  Breadcrumbs,
  Button,
  CsrfField,
  Deadline,
  H1,
  P,
  SummaryList,
} from '#web/kit/components.tsx';
import { ErrorSummary, TextArea, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export type Phase = CallView['phases'][number];

export const PROPOSAL_FIELDS = [
  'summary',
  'plan',
  'requestedAmount',
  'durationMonths',
  'docTitle1',
  'docUrl1',
  'docTitle2',
  'docUrl2',
  'docTitle3',
  'docUrl3',
];

export function ProposalFormPage(props: {
  v: View;
  call: CallView;
  phase: Phase;
  form: FormState;
  action: string;
  mode: 'new' | 'edit';
  profileMissing?: boolean;
}) {
  const { v, call, phase, form } = props;
  const { t } = v;
  const title = props.mode === 'new' ? texts(v).newTitle(phase.number) : texts(v).editTitle;
  const left = timeLeft(phase.submissionDeadline, v.now, v.lang);
  return (
    <Layout v={v} title={`${title}: ${titleOf(call, v)}`} current="proposals">
      <Breadcrumbs
        label={t.call.breadcrumb}
        items={[
          { href: '/oproepen', label: t.call.breadcrumb },
          { href: `/oproepen/${call.id}`, label: titleOf(call, v) },
        ]}
      />
      <ErrorSummary v={v} form={form} order={PROPOSAL_FIELDS} />
      <H1>{title}</H1>
      <SummaryList
        rows={[
          [t.proposal.forCall, <A href={`/oproepen/${call.id}`}>{titleOf(call, v)}</A>],
          [t.proposal.phase, t.phaseNames[phase.number] ?? String(phase.number)],
          [t.call.maxPerContract, formatMoney(phase.maxPerContractCents, v.lang)],
          [t.call.maxPerContractExcl, formatMoney(phase.maxPerContractExclVatCents, v.lang)],
          [groupTexts(v).deadline, <Deadline v={v} at={phase.submissionDeadline} />],
        ]}
      />
      {props.profileMissing ? (
        <Alert kind="warning">
          <p class="utrecht-paragraph">
            <A href="/mijn/bedrijf">{texts(v).needProfile}</A>
          </p>
        </Alert>
      ) : null}
      <AssuranceNotice v={v} needed="eh3" back={props.action} />
      <form method="post" action={props.action} novalidate>
        <CsrfField v={v} />
        <TextArea
          v={v}
          form={form}
          name="summary"
          label={t.proposal.summary}
          hint={texts(v).summaryHint}
          rows={4}
        />
        <TextArea v={v} form={form} name="plan" label={t.proposal.plan} hint={texts(v).planHint} rows={12} />
        <TextField
          v={v}
          form={form}
          name="requestedAmount"
          label={texts(v).amount}
          hint={`${texts(v).maxHint(
            formatMoney(phase.maxPerContractCents, v.lang),
            formatMoney(phase.maxPerContractExclVatCents, v.lang),
          )} ${texts(v).amountHint}`}
          inputmode="decimal"
          short
        />
        <TextField
          v={v}
          form={form}
          name="durationMonths"
          label={texts(v).duration}
          inputmode="numeric"
          short
        />
        <fieldset class="im-fieldset">
          <legend>{texts(v).documentsLegend}</legend>
          <span class="im-hint">{texts(v).documentsHint}</span>
          {[1, 2, 3].map((n) => (
            <>
              <TextField v={v} form={form} name={`docTitle${n}`} label={texts(v).documentTitle(n)} />
              <TextField v={v} form={form} name={`docUrl${n}`} label={texts(v).documentUrl(n)} type="url" />
            </>
          ))}
        </fieldset>
        {left ? (
          <P class="im-muted">
            {texts(v).deadlineHint(formatDateTime(phase.submissionDeadline, v.lang), left)}
          </P>
        ) : null}
        <div class="im-actions">
          <Button>{props.mode === 'new' ? texts(v).submit : texts(v).saveChanges}</Button>
        </div>
      </form>
    </Layout>
  );
}
