/** @jsxImportSource hono/jsx */

import { statusTag } from '#web/buyer/crumbs.tsx';
import { formatDate, formatMoney } from '#web/i18n/format.ts';
import { A, Alert, H1, P, Table } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import { titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function MyCallsPage(props: { v: View; calls: CallView[]; flash?: string }) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={groupTexts(v).myCalls} current="my-calls">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{groupTexts(v).myCalls}</H1>
      <P>{texts(v).myCallsIntro}</P>
      <P>
        <a class="im-button-link" href="/beheer/oproepen/nieuw">
          {groupTexts(v).newCall}
        </a>
      </P>
      {props.calls.length === 0 ? (
        <P>{texts(v).noCalls}</P>
      ) : (
        <Table
          caption={groupTexts(v).myCalls}
          hideCaption
          columns={[
            { label: t.proposal.forCall },
            { label: groupTexts(v).status },
            { label: groupTexts(v).phasesOverview },
            { label: t.call.totalBudget, numeric: true },
            { label: texts(v).created },
          ]}
          rows={props.calls.map((c) => [
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
