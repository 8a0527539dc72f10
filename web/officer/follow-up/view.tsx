/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDate, formatMoney } from '#web/i18n/format.ts';
import { H1, H2, P, SummaryList, Table } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { YearForm } from '#web/kit/year-form.tsx';
import { reportsCrumbs } from '#web/officer/parts.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export type FollowUpReport = z.output<typeof routes.followUpReport.response>;

export function FollowUpReportPage(props: { v: View; report: FollowUpReport }) {
  const { v, report: r } = props;
  const { t } = v;
  return (
    <Layout v={v} title={`${groupTexts(v).followUp} ${r.year}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {groupTexts(v).followUp} {r.year}
      </H1>
      <YearForm v={v} action="/rapporten/vervolg" year={r.year} />
      <Table
        caption={groupTexts(v).followUp}
        rowHeaders
        columns={[
          { label: t.followUps.round },
          { label: t.followUps.statuses.reported, numeric: true },
          { label: t.followUps.statuses.due, numeric: true },
          { label: t.followUps.statuses.overdue, numeric: true },
          { label: t.followUps.statuses.scheduled, numeric: true },
        ]}
        rows={r.rounds.map((round) => [
          t.followUps.roundN(round.round),
          round.reported,
          round.due,
          round.overdue,
          round.scheduled,
        ])}
      />
      <H2>{texts(v).outcomes}</H2>
      <SummaryList
        rows={[
          [texts(v).revenue, formatMoney(r.outcomes.followOnRevenueCents, v.lang)],
          [texts(v).investment, formatMoney(r.outcomes.followOnInvestmentCents, v.lang)],
          [texts(v).jobs, String(r.outcomes.jobsCreated)],
          [texts(v).launches, String(r.outcomes.marketLaunches)],
        ]}
      />
      <H2>{texts(v).overdueList}</H2>
      {r.overdue.length === 0 ? (
        <P>–</P>
      ) : (
        <Table
          caption={texts(v).overdueList}
          hideCaption
          columns={[
            { label: t.gov.company },
            { label: t.proposal.forCall },
            { label: t.followUps.round },
            { label: t.followUps.dueAt },
            { label: texts(v).daysLate, numeric: true },
          ]}
          rows={r.overdue.map((o) => [
            o.companyName,
            o.challengeTitle,
            o.round,
            formatDate(o.dueAt, v.lang),
            o.daysSinceDue,
          ])}
        />
      )}
    </Layout>
  );
}
