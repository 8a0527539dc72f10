/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { FunnelChart } from '#web/kit/charts.tsx';
import { H1, H2, P, SummaryList, Table } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { YearForm } from '#web/kit/year-form.tsx';
import { rate, reportsCrumbs } from '#web/officer/parts.tsx';
export type Pipeline = z.output<typeof routes.pipelineReport.response>;

export function PipelinePage(props: { v: View; report: Pipeline }) {
  const { v, report: r } = props;
  const { t } = v;
  const phase = (n: number) => r.phases.find((p) => p.phase === n);
  const stages = [
    { label: t.gov.proposals, value: r.total.proposals },
    { label: t.gov.phase1Contracts, value: phase(1)?.awards ?? 0 },
    { label: t.gov.phase2Contracts, value: phase(2)?.awards ?? 0 },
  ];
  return (
    <Layout v={v} title={`${t.gov.pipeline} ${r.year}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {t.gov.pipeline} {r.year}
      </H1>
      <YearForm v={v} action="/rapporten/pijplijn" year={r.year} />
      <FunnelChart id="funnel" title={t.gov.funnelTitle} description={t.gov.funnelDesc} stages={stages} />
      <SummaryList
        rows={[
          ...stages.map((s) => [s.label, String(s.value)] as [string, string]),
          [t.gov.successRate, rate(r.total.successRateBasisPoints, v)],
          [t.gov.smeShare, rate(r.total.smeProposalShareBasisPoints, v)],
        ]}
      />
      <P>{t.gov.transitionRate(rate(r.transition.rateBasisPoints, v))}</P>
      <H2>{t.gov.byTheme}</H2>
      <Table
        caption={t.gov.byTheme}
        hideCaption
        rowHeaders
        columns={[
          { label: t.challenge.theme },
          { label: t.gov.proposals, numeric: true },
          { label: t.gov.contracts, numeric: true },
          { label: t.gov.successRate, numeric: true },
          { label: t.gov.smeShare, numeric: true },
          { label: t.gov.transition, numeric: true },
        ]}
        rows={r.byTheme.map((row) => [
          <span lang="nl">{row.themeName}</span>,
          row.proposals,
          row.awards,
          rate(row.successRateBasisPoints, v),
          rate(row.smeProposalShareBasisPoints, v),
          rate(row.transition.rateBasisPoints, v),
        ])}
      />
      <H2>{t.decisions.reportHeading}</H2>
      {r.procedures.length === 0 ? (
        <P>{t.decisions.reportNone}</P>
      ) : (
        <Table
          caption={t.decisions.reportHeading}
          hideCaption
          rowHeaders
          columns={[
            { label: t.decisions.call },
            { label: t.decisions.reportDecisions, numeric: true },
            { label: t.decisions.reportInStandstill, numeric: true },
            { label: t.decisions.reportWithdrawn, numeric: true },
            { label: t.decisions.reportLodged, numeric: true },
            { label: t.decisions.reportUpheld, numeric: true },
            { label: t.decisions.reportOpen, numeric: true },
          ]}
          rows={r.procedures.map((p) => [
            <span lang="nl">{p.title}</span>,
            p.decisions,
            p.inStandstill,
            p.withdrawn,
            p.objectionsLodged,
            p.objectionsUpheld,
            p.objectionsOpen,
          ])}
        />
      )}
    </Layout>
  );
}
