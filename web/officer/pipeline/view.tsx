/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { FunnelChart } from '#web/kit/charts.tsx';
import { H1, H2, P, SummaryList, Table } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { YearForm } from '#web/kit/year-form.tsx';
import { rate, reportsCrumbs } from '#web/officer/parts.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export type Pipeline = z.output<typeof routes.pipelineReport.response>;

export function PipelinePage(props: { v: View; report: Pipeline }) {
  const { v, report: r } = props;
  const { t } = v;
  const phase = (n: number) => r.phases.find((p) => p.phase === n);
  const stages = [
    { label: t.gov.proposals, value: r.total.proposals },
    { label: texts(v).phase1Contracts, value: phase(1)?.awards ?? 0 },
    { label: texts(v).phase2Contracts, value: phase(2)?.awards ?? 0 },
  ];
  return (
    <Layout v={v} title={`${groupTexts(v).pipeline} ${r.year}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {groupTexts(v).pipeline} {r.year}
      </H1>
      <YearForm v={v} action="/rapporten/pijplijn" year={r.year} />
      <FunnelChart
        id="funnel"
        title={texts(v).funnelTitle}
        description={texts(v).funnelDesc}
        stages={stages}
      />
      <SummaryList
        rows={[
          ...stages.map((s) => [s.label, String(s.value)] as [string, string]),
          [texts(v).successRate, rate(r.total.successRateBasisPoints, v)],
          [texts(v).smeShare, rate(r.total.smeProposalShareBasisPoints, v)],
        ]}
      />
      <P>{texts(v).transitionRate(rate(r.transition.rateBasisPoints, v))}</P>
      <H2>{texts(v).byTheme}</H2>
      <Table
        caption={texts(v).byTheme}
        hideCaption
        rowHeaders
        columns={[
          { label: t.call.theme },
          { label: t.gov.proposals, numeric: true },
          { label: t.gov.contracts, numeric: true },
          { label: texts(v).successRate, numeric: true },
          { label: texts(v).smeShare, numeric: true },
          { label: texts(v).transition, numeric: true },
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
      <H2>{texts(v).reportHeading}</H2>
      {r.procedures.length === 0 ? (
        <P>{texts(v).reportNone}</P>
      ) : (
        <Table
          caption={texts(v).reportHeading}
          hideCaption
          rowHeaders
          columns={[
            { label: t.decisions.call },
            { label: texts(v).reportDecisions, numeric: true },
            { label: texts(v).reportInStandstill, numeric: true },
            { label: texts(v).reportWithdrawn, numeric: true },
            { label: texts(v).reportLodged, numeric: true },
            { label: texts(v).reportUpheld, numeric: true },
            { label: texts(v).reportOpen, numeric: true },
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
