/** @jsxImportSource hono/jsx */

import { formatNumber } from '#web/i18n/format.ts';
import { SummaryList, Table } from '#web/kit/components.tsx';
import type { PhaseStatistics } from '#web/kit/types.ts';
import type { View } from '#web/kit/view.ts';

export function StatisticsTable(props: { v: View; stats: PhaseStatistics }) {
  const { v, stats: s } = props;
  const { t } = v;
  const score = (n: number | null) => (n === null ? '–' : formatNumber(n, v.lang, 2));
  return (
    <section aria-labelledby={`statistieken-${s.phase}`}>
      <h3 class="utrecht-heading-3" id={`statistieken-${s.phase}`}>
        {t.call.statisticsPhase(s.phase)}
      </h3>
      <SummaryList
        rows={[
          [t.call.statProposals, String(s.proposals)],
          [t.call.statSme, String(s.smeProposals)],
          [t.call.statAwarded, String(s.awarded)],
          [t.call.statSuccessRate, `${formatNumber(s.successRate * 100, v.lang, 0)}%`],
          [t.call.statLowestFunded, score(s.lowestFundedScore)],
          [t.call.statHighest, score(s.highestScore)],
        ]}
      />
      <Table
        caption={t.call.statDistribution}
        columns={[{ label: t.call.statRange }, { label: t.call.statCount, numeric: true }]}
        rows={s.scoreDistribution.map((bucket) => [
          `${formatNumber(bucket.from, v.lang, 0)}–${formatNumber(bucket.to, v.lang, 0)}`,
          bucket.count,
        ])}
      />
    </section>
  );
}
