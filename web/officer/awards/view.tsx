/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDate, formatMoney } from '#web/i18n/format.ts';
import { A, Button, H1, P, Table, Tag } from '#web/kit/components.tsx';
import { Select } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { reportsCrumbs } from '#web/officer/parts.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export type AwardsRegister = z.output<typeof routes.awardsReport.response>;

export function AwardsRegisterPage(props: {
  v: View;
  report: AwardsRegister;
  filter: { buyer?: string; phase?: string; status?: string };
}) {
  const { v, report: r, filter } = props;
  const { t } = v;
  const buyers = [...new Map(r.items.map((i) => [i.buyerOin, i.buyerName])).entries()];
  const items = r.items.filter(
    (i) =>
      (!filter.buyer || i.buyerOin === filter.buyer) &&
      (!filter.phase || String(i.phase) === filter.phase) &&
      (!filter.status || i.status === filter.status),
  );
  const q = `jaar=${r.year}`;
  return (
    <Layout v={v} title={`${groupTexts(v).awardsRegister} ${r.year}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {groupTexts(v).awardsRegister} {r.year}
      </H1>
      <form method="get" action="/rapporten/gunningen" class="im-filters">
        <input type="hidden" name="jaar" value={String(r.year)} />
        <Select
          v={v}
          form={{ values: { opdrachtgever: filter.buyer ?? '' }, errors: {} }}
          name="opdrachtgever"
          label={texts(v).filterBuyer}
          options={[
            { value: '', label: t.listing.any },
            ...buyers.map(([oin, name]) => ({ value: oin, label: name })),
          ]}
        />
        <Select
          v={v}
          form={{ values: { fase: filter.phase ?? '' }, errors: {} }}
          name="fase"
          label={texts(v).filterPhase}
          options={[
            { value: '', label: t.listing.any },
            { value: '1', label: '1' },
            { value: '2', label: '2' },
            { value: '3', label: '3' },
          ]}
        />
        <Select
          v={v}
          form={{ values: { status: filter.status ?? '' }, errors: {} }}
          name="status"
          label={texts(v).filterStatus}
          options={[
            { value: '', label: t.listing.any },
            ...(['provisional', 'awarded', 'completed', 'terminated', 'withdrawn'] as const).map((s) => ({
              value: s,
              label: t.gov.contractStatus[s] ?? s,
            })),
          ]}
        />
        <div class="im-field">
          <Button>{texts(v).filter}</Button>
        </div>
      </form>
      <P>
        {texts(v).download}:{' '}
        <A href={`/rapporten/gunningen.csv?${q}&variant=excel-nl`}>{texts(v).downloadExcel}</A> ·{' '}
        <A href={`/rapporten/gunningen.csv?${q}&variant=rfc4180`}>{texts(v).downloadCsv}</A> ·{' '}
        <A href={`/rapporten/gunningen.json?${q}`}>{texts(v).downloadJson}</A>
      </P>
      <p class="utrecht-paragraph" role="status">
        <strong>{texts(v).rows(items.length)}</strong>
      </p>
      <Table
        caption={groupTexts(v).awardsRegister}
        hideCaption
        columns={[
          { label: t.proposal.forCall },
          { label: texts(v).filterBuyer },
          { label: texts(v).filterPhase },
          { label: t.gov.company },
          { label: t.gov.amount, numeric: true },
          { label: t.gov.sideEzk, numeric: true },
          { label: t.gov.sideOthers, numeric: true },
          { label: texts(v).filterStatus },
          { label: texts(v).decidedAt },
          { label: texts(v).guidance },
        ]}
        rows={items.map((i) => [
          i.challengeTitle,
          i.buyerName,
          i.phase,
          <>
            {i.companyName} {i.sme ? <Tag>{texts(v).smeTag}</Tag> : null}
          </>,
          formatMoney(i.amountCents, v.lang),
          formatMoney(i.ezkAmountCents, v.lang),
          formatMoney(i.coFundersAmountCents, v.lang),
          t.gov.contractStatus[i.status] ?? i.status,
          formatDate(i.decidedAt, v.lang),
          <a class="rvo-link" href={i.pianooUrl} lang="nl">
            PIANOo
            <span class="im-visually-hidden"> {i.procedure}</span>
          </a>,
        ])}
      />
    </Layout>
  );
}
