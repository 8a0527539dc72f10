/** @jsxImportSource hono/jsx */

import { formatMoney } from '#web/i18n/format.ts';
import { A, Alert, Deadline, H1, P, Table } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView, ProposalView } from '#web/kit/types.ts';
import { titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function MyProposalsPage(props: {
  v: View;
  proposals: ProposalView[];
  calls: Map<string, CallView>;
  flash?: string;
}) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={groupTexts(v).myTitle} current="proposals">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{groupTexts(v).myTitle}</H1>
      <P>{texts(v).myIntro}</P>
      {props.proposals.length === 0 ? (
        <P>{texts(v).none}</P>
      ) : (
        <Table
          caption={groupTexts(v).myTitle}
          hideCaption
          columns={[
            { label: t.proposal.forCall },
            { label: t.proposal.phase },
            { label: t.proposal.requested, numeric: true },
            { label: groupTexts(v).status },
            { label: groupTexts(v).deadline },
          ]}
          rows={props.proposals.map((p) => [
            <A href={`/voorstellen/${p.id}`}>
              {titleOf(props.calls.get(p.challengeId), v) || p.challengeId}
            </A>,
            p.phase,
            formatMoney(p.requestedAmountCents, v.lang),
            p.status === 'submitted' ? groupTexts(v).statusSubmitted : groupTexts(v).statusWithdrawn,
            <Deadline v={v} at={p.deadline} />,
          ])}
        />
      )}
    </Layout>
  );
}
