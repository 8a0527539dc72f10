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
        {t.challenge.statisticsPhase(s.phase)}
      </h3>
      <SummaryList
        rows={[
          [t.challenge.statProposals, String(s.proposals)],
          [t.challenge.statSme, String(s.smeProposals)],
          [t.challenge.statAwarded, String(s.awarded)],
          [t.challenge.statSuccessRate, `${formatNumber(s.successRate * 100, v.lang, 0)}%`],
          [t.challenge.statLowestFunded, score(s.lowestFundedScore)],
          [t.challenge.statHighest, score(s.highestScore)],
        ]}
      />
      <Table
        caption={t.challenge.statDistribution}
        columns={[{ label: t.challenge.statRange }, { label: t.challenge.statCount, numeric: true }]}
        rows={s.scoreDistribution.map((bucket) => [
          `${formatNumber(bucket.from, v.lang, 0)}–${formatNumber(bucket.to, v.lang, 0)}`,
          bucket.count,
        ])}
      />
    </section>
  );
}
