/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatMoney } from '#web/i18n/format.ts';
import { A, H1, P, Table } from '#web/kit/components.tsx';
import { dayText } from '#web/kit/contracts.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { YearForm } from '#web/kit/year-form.tsx';
import { reportsCrumbs } from '#web/officer/parts.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export type PaymentsRegister = z.output<typeof routes.paymentsReport.response>;

export function PaymentsRegisterPage(props: { v: View; report: PaymentsRegister }) {
  const { v, report: r } = props;
  const { t } = v;
  const q = `jaar=${r.year}`;
  return (
    <Layout v={v} title={`${groupTexts(v).payments} ${r.year}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {groupTexts(v).payments} {r.year}
      </H1>
      <P>{texts(v).intro}</P>
      <YearForm v={v} action="/rapporten/betalingen" year={r.year} />
      <P>
        {texts(v).download}:{' '}
        <A href={`/rapporten/betalingen.csv?${q}&variant=excel-nl`}>{texts(v).downloadExcel}</A> ·{' '}
        <A href={`/rapporten/betalingen.csv?${q}&variant=rfc4180`}>{texts(v).downloadCsv}</A> ·{' '}
        <A href={`/rapporten/betalingen.json?${q}`}>{texts(v).downloadJson}</A>
      </P>
      <p class="utrecht-paragraph" role="status">
        <strong>{texts(v).rows(r.count, formatMoney(r.totalCents, v.lang))}</strong>
      </p>
      <Table
        caption={groupTexts(v).payments}
        hideCaption
        columns={[
          { label: texts(v).paidOn },
          { label: t.proposal.forCall },
          { label: t.gov.company },
          { label: texts(v).milestone },
          { label: texts(v).payer },
          { label: t.contracts.amount, numeric: true },
          { label: texts(v).parts },
          { label: texts(v).reference },
        ]}
        rows={r.items.map((i) => [
          dayText(i.paidOn, v.lang),
          i.challengeTitle,
          i.companyName,
          texts(v).phaseMilestone(i.phase, i.milestone),
          i.payerName,
          formatMoney(i.amountCents, v.lang),
          <ul class="utrecht-unordered-list im-compact-list">
            {i.parts.map((p) => (
              <li class="utrecht-unordered-list__item">
                {p.name}: {formatMoney(p.amountCents, v.lang)}
                {p.settled ? '' : ` (${texts(v).toSettle})`}
              </li>
            ))}
          </ul>,
          i.reference,
        ])}
      />
    </Layout>
  );
}
