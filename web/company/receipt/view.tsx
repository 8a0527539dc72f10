/** @jsxImportSource hono/jsx */

import { proposalReference } from '#shared/proposals/reference.ts';
import { formatDateTime, formatMoney } from '#web/i18n/format.ts';
import { A, H2, P, SummaryList } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView, ProposalView } from '#web/kit/types.ts';
import { titleOf, type View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** The confirmation after submitting: the reference to quote, what was sent, and what comes next. */
export function ReceiptPage(props: { v: View; proposal: ProposalView; call: CallView | undefined }) {
  const { v, proposal: p } = props;
  const { t } = v;
  const x = texts(v);
  const reference = proposalReference(p.id);
  return (
    <Layout v={v} title={`${x.title}: ${reference}`} current="proposals">
      <div class="im-panel">
        <h1 class="im-panel__title">{x.title}</h1>
        <p class="im-panel__body">
          {x.yourReference}
          <br />
          <strong class="im-panel__reference">{reference}</strong>
        </p>
      </div>
      <P>{x.mailed}</P>
      <SummaryList
        rows={[
          [t.proposal.forCall, titleOf(props.call, v) || p.challengeId],
          [t.proposal.phase, t.phaseNames[p.phase] ?? String(p.phase)],
          [t.proposal.requested, formatMoney(p.requestedAmountCents, v.lang)],
          [t.proposal.submittedAt, formatDateTime(p.submittedAt, v.lang)],
        ]}
      />
      <H2>{x.next}</H2>
      <ol class="utrecht-ordered-list">
        {x.steps(formatDateTime(p.deadline, v.lang)).map((step) => (
          <li class="utrecht-ordered-list__item">{step}</li>
        ))}
      </ol>
      <div class="im-actions">
        <a class="im-button-link" href={`/voorstellen/${p.id}#bijlagen`}>
          {x.addAttachments}
        </a>
        <A href={`/voorstellen/${p.id}`}>{x.view}</A>
        <A href="/mijn/voorstellen">{x.all}</A>
      </div>
    </Layout>
  );
}
