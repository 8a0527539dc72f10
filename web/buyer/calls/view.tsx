/** @jsxImportSource hono/jsx */

import { statusTag } from '#web/buyer/crumbs.tsx';
import { formatDate, formatMoney } from '#web/i18n/format.ts';
import { A, Alert, H1, P, Table } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { ChallengeView } from '#web/kit/types.ts';
import { titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function MyChallengesPage(props: { v: View; challenges: ChallengeView[]; flash?: string }) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={groupTexts(v).myChallenges} current="my-challenges">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{groupTexts(v).myChallenges}</H1>
      <P>{texts(v).myChallengesIntro}</P>
      <P>
        <a class="im-button-link" href="/beheer/oproepen/nieuw">
          {groupTexts(v).newChallenge}
        </a>
      </P>
      {props.challenges.length === 0 ? (
        <P>{texts(v).noChallenges}</P>
      ) : (
        <Table
          caption={groupTexts(v).myChallenges}
          hideCaption
          columns={[
            { label: t.proposal.forChallenge },
            { label: groupTexts(v).status },
            { label: groupTexts(v).phasesOverview },
            { label: t.challenge.totalBudget, numeric: true },
            { label: texts(v).created },
          ]}
          rows={props.challenges.map((c) => [
            <A href={`/beheer/oproepen/${c.id}`}>{titleOf(c, v)}</A>,
            statusTag(c, v),
            c.phases.map((p) => `${p.number}: ${t.phaseStatuses[p.status]}`).join(' · '),
            formatMoney(c.totalBudgetCents, v.lang),
            formatDate(c.createdAt, v.lang),
          ])}
        />
      )}
    </Layout>
  );
}
