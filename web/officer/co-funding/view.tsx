/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatMoney, formatShare } from '#web/i18n/format.ts';
import { BarChart } from '#web/kit/charts.tsx';
import { Alert, H1, H2, P, Table } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { YearForm } from '#web/kit/year-form.tsx';
import { reportsCrumbs } from '#web/officer/parts.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export type CoFunding = z.output<typeof routes.coFundingReport.response>;

export function CoFundingPage(props: { v: View; report: CoFunding }) {
  const { v, report: r } = props;
  const { t } = v;
  const money = (n: number) => formatMoney(n, v.lang);
  return (
    <Layout v={v} title={`${groupTexts(v).coFunding} ${r.year}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {groupTexts(v).coFunding} {r.year}
      </H1>
      <YearForm v={v} action="/rapporten/cofinanciering" year={r.year} />
      {r.goal ? (
        <Alert kind={r.goal.met ? 'success' : 'warning'}>
          <p class="utrecht-paragraph">
            {texts(v).goal(money(r.goal.minimumJointCents), money(r.goal.committedJointCents))}{' '}
            {r.goal.met ? texts(v).goalMet : texts(v).goalShort(money(r.goal.shortfallCents))}
          </p>
        </Alert>
      ) : null}
      {r.instruments.map((ins) => (
        <section aria-labelledby={`instrument-${ins.instrument}`}>
          <H2 id={`instrument-${ins.instrument}`}>{t.instruments[ins.instrument]}</H2>
          <BarChart
            id={`chart-${ins.instrument}`}
            title={texts(v).chartTitle(t.instruments[ins.instrument])}
            description={texts(v).chartDesc}
            format={money}
            groups={ins.sides.map((s) => ({
              label: s.side === 'ezk' ? t.gov.sideEzk : t.gov.sideOthers,
              bars: [
                { label: t.gov.cap, value: s.capCents },
                { label: t.gov.reserved, value: s.reservedCents },
                { label: t.gov.awarded, value: s.awardedCents },
                { label: texts(v).spentCol, value: s.spentCents },
              ],
            }))}
          />
          <Table
            caption={texts(v).chartTitle(t.instruments[ins.instrument])}
            rowHeaders
            columns={[
              { label: t.call.side },
              { label: t.gov.cap, numeric: true },
              { label: t.gov.reserved, numeric: true },
              { label: t.gov.awarded, numeric: true },
              { label: texts(v).spentCol, numeric: true },
              { label: texts(v).invoicedCol, numeric: true },
              { label: texts(v).paidCol, numeric: true },
              { label: texts(v).settledCol, numeric: true },
            ]}
            rows={ins.sides.map((s) => [
              s.side === 'ezk' ? t.gov.sideEzk : t.gov.sideOthers,
              money(s.capCents),
              money(s.reservedCents),
              money(s.awardedCents),
              money(s.spentCents),
              money(s.invoicedCents),
              money(s.paidCents),
              money(s.settledCents),
            ])}
          />
          <Table
            caption={texts(v).perFunder(t.instruments[ins.instrument])}
            rowHeaders
            columns={[
              { label: texts(v).funderCol },
              { label: t.gov.reserved, numeric: true },
              { label: t.gov.awarded, numeric: true },
              { label: texts(v).spentCol, numeric: true },
              { label: texts(v).invoicedCol, numeric: true },
              { label: texts(v).paidCol, numeric: true },
              { label: texts(v).settledCol, numeric: true },
            ]}
            rows={r.funders
              .filter((f) => f.instrument === ins.instrument)
              .map((f) => [
                f.name,
                money(f.reservedCents),
                money(f.awardedCents),
                money(f.spentCents),
                money(f.invoicedCents),
                money(f.paidCents),
                money(f.settledCents),
              ])}
          />
          {ins.agreementRow ? (
            <Table
              caption={texts(v).agreementRow}
              rowHeaders
              columns={[
                { label: '' },
                { label: t.gov.sideEzk, numeric: true },
                { label: t.gov.sideOthers, numeric: true },
                { label: t.gov.totals, numeric: true },
              ]}
              rows={[
                [
                  texts(v).agreed,
                  money(ins.agreementRow.agreed.ezkMaxCents),
                  money(ins.agreementRow.agreed.othersMaxCents),
                  money(ins.agreementRow.agreed.totalMaxCents),
                ],
                ...(ins.agreementRow.targetMinimumCents !== undefined
                  ? [[texts(v).agreedTarget, '–', '–', money(ins.agreementRow.targetMinimumCents)]]
                  : []),
                [
                  texts(v).envelopesRow,
                  money(ins.agreementRow.envelopes.ezkCents),
                  money(ins.agreementRow.envelopes.othersCents),
                  money(ins.agreementRow.envelopes.totalCents),
                ],
                [
                  texts(v).committedRow,
                  money(ins.agreementRow.committed.ezkCents),
                  money(ins.agreementRow.committed.othersCents),
                  money(ins.agreementRow.committed.totalCents),
                ],
              ]}
            />
          ) : null}
          <P>
            {texts(v).realisedSplit}: {money(ins.realisedSplit.committed.ezkCents)} /{' '}
            {money(ins.realisedSplit.committed.coFundersCents)} (
            {formatShare(ins.realisedSplit.committed.ezkShareBasisPoints, v.lang)} EZK)
          </P>
          <P>
            {texts(v).paidSplit}: {money(ins.realisedSplit.paid.ezkCents)} /{' '}
            {money(ins.realisedSplit.paid.coFundersCents)}
            {ins.realisedSplit.paid.ezkCents + ins.realisedSplit.paid.coFundersCents > 0
              ? ` (${formatShare(ins.realisedSplit.paid.ezkShareBasisPoints, v.lang)} EZK)`
              : ''}
          </P>
        </section>
      ))}
      {r.flags.length > 0 ? (
        <>
          <H2>{texts(v).flags}</H2>
          <ul>
            {r.flags.map((f) => (
              <li lang="en">{f.detail}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
