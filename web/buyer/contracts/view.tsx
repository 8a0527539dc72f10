import { formatDate, formatMoney } from '#web/i18n/format.ts';
import { A, Button, CsrfField, H1, SummaryList } from '#web/kit/components.tsx';
import { ErrorSummary, Select, TextArea, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { Award } from '#web/kit/types.ts';
import type { FormState, View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function EndContractPage(props: {
  v: View;
  award: Award;
  kind: 'complete' | 'terminate';
  challengeId: string;
  /** A termination pays the accepted milestones only: this much. */
  acceptedCents: number;
  form: FormState;
}) {
  const { v, award: a, form } = props;
  const { t } = v;
  const title = props.kind === 'complete' ? texts(v).completeTitle : texts(v).terminateTitle;
  return (
    <Layout v={v} title={title} current="my-calls">
      <ErrorSummary v={v} form={form} order={['finalAmount', 'reason']} />
      <H1>{title}</H1>
      <SummaryList
        rows={[
          [t.gov.company, a.companyName],
          [t.proposal.phase, String(a.phase)],
          [t.gov.amount, formatMoney(a.amountCents, v.lang)],
          [groupTexts(v).startDate, formatDate(a.startDate, v.lang)],
          [groupTexts(v).endDate, formatDate(a.endDate, v.lang)],
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
            label={texts(v).finalAmount}
            inputmode="decimal"
            short
          />
        ) : (
          <>
            <Select
              v={v}
              form={form}
              name="cause"
              label={texts(v).terminationCause}
              options={[
                { value: '', label: texts(v).terminationCauses.none },
                { value: 'bankruptcy', label: texts(v).terminationCauses.bankruptcy },
                { value: 'serious-breach', label: texts(v).terminationCauses['serious-breach'] },
              ]}
            />
            <TextArea v={v} form={form} name="reason" label={texts(v).terminateReason} rows={3} />
            <p class="utrecht-paragraph">{texts(v).paysAccepted(formatMoney(props.acceptedCents, v.lang))}</p>
          </>
        )}
        <div class="im-actions">
          <Button kind={props.kind === 'complete' ? 'primary' : 'danger'}>
            {props.kind === 'complete' ? texts(v).completeButton : texts(v).terminateButton}
          </Button>
          <A href={`/beheer/oproepen/${props.challengeId}#opdrachten`}>{t.form.back}</A>
        </div>
      </form>
    </Layout>
  );
}
