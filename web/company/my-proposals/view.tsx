/** @jsxImportSource hono/jsx */

import { formatMoney } from '#web/i18n/format.ts';
import { A, Alert, Deadline, H1, P, Table } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { ChallengeView, ProposalView } from '#web/kit/types.ts';
import { titleOf, type View } from '#web/kit/view.ts';
export function MyProposalsPage(props: {
  v: View;
  proposals: ProposalView[];
  challenges: Map<string, ChallengeView>;
  flash?: string;
}) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.proposal.myTitle} current="proposals">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{t.proposal.myTitle}</H1>
      <P>{t.proposal.myIntro}</P>
      {props.proposals.length === 0 ? (
        <P>{t.proposal.none}</P>
      ) : (
        <Table
          caption={t.proposal.myTitle}
          hideCaption
          columns={[
            { label: t.proposal.forChallenge },
            { label: t.proposal.phase },
            { label: t.proposal.requested, numeric: true },
            { label: t.proposal.status },
            { label: t.proposal.deadline },
          ]}
          rows={props.proposals.map((p) => [
            <A href={`/voorstellen/${p.id}`}>
              {titleOf(props.challenges.get(p.challengeId), v) || p.challengeId}
            </A>,
            p.phase,
            formatMoney(p.requestedAmountCents, v.lang),
            p.status === 'submitted' ? t.proposal.statusSubmitted : t.proposal.statusWithdrawn,
            <Deadline v={v} at={p.deadline} />,
          ])}
        />
      )}
    </Layout>
  );
}
