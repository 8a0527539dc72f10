/** @jsxImportSource hono/jsx */

import { formatMoney } from '#web/i18n/format.ts';
import { A, Button, CsrfField, H1, P, SummaryList } from '#web/kit/components.tsx';
import { ErrorSummary } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView, ProposalView } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

export function WithdrawPage(props: { v: View; proposal: ProposalView; call?: CallView; form: FormState }) {
  const { v, proposal } = props;
  const { t } = v;
  return (
    <Layout v={v} title={texts(v).withdrawTitle} current="proposals">
      <ErrorSummary v={v} form={props.form} order={[]} />
      <H1>{texts(v).withdrawTitle}</H1>
      <SummaryList
        rows={[
          [t.proposal.forCall, titleOf(props.call, v)],
          [t.proposal.phase, t.phaseNames[proposal.phase] ?? String(proposal.phase)],
          [t.proposal.requested, formatMoney(proposal.requestedAmountCents, v.lang)],
        ]}
      />
      <P>{texts(v).withdrawConfirm}</P>
      <form method="post" action={`/voorstellen/${proposal.id}/intrekken`}>
        <CsrfField v={v} />
        <div class="im-actions">
          <Button kind="danger">{texts(v).withdrawButton}</Button>
          <A href={`/voorstellen/${proposal.id}`}>{texts(v).cancel}</A>
        </div>
      </form>
    </Layout>
  );
}
