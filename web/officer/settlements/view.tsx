/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDate, formatMoney } from '#web/i18n/format.ts';
import { Alert, Button, CsrfField, H1, H2, P, Table } from '#web/kit/components.tsx';
import { dayText } from '#web/kit/contracts.tsx';
import { ErrorSummary, Select, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { FormState, View } from '#web/kit/view.ts';
import { reportsCrumbs } from '#web/officer/parts.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export type Settlement = z.output<typeof routes.settlementStatement.response>;

/** Which statement: a funder and a quarter, as a form that works without script. */
function Chooser(props: {
  v: View;
  funders: { oin: string; name: string }[];
  funderOin: string;
  quarters: string[];
  period: string;
}) {
  const { v } = props;
  return (
    <form method="get" action="/rapporten/verrekening" class="im-filters">
      <Select
        v={v}
        form={{ values: { financier: props.funderOin }, errors: {} }}
        name="financier"
        label={texts(v).funder}
        options={props.funders.map((f) => ({ value: f.oin, label: f.name }))}
      />
      <Select
        v={v}
        form={{ values: { kwartaal: props.period }, errors: {} }}
        name="kwartaal"
        label={texts(v).quarter}
        options={props.quarters.map((q) => ({ value: q, label: q }))}
      />
      <div class="im-field">
        <Button>{texts(v).show}</Button>
      </div>
    </form>
  );
}

export function SettlementPage(props: {
  v: View;
  settlement: Settlement;
  funders: { oin: string; name: string }[];
  quarters: string[];
  /** The reader's organisation: it records a receipt of the statement addressed to it. */
  org: string;
  form: FormState;
  flash?: string;
}) {
  const { v, settlement: s, form } = props;
  const title = texts(v).title(s.funderName, s.period);
  return (
    <Layout v={v} title={title} current="reports">
      {reportsCrumbs(v)}
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={['receivedOn', 'reference', 'amount']} />
      <H1>{groupTexts(v).settlements}</H1>
      <P>{texts(v).intro}</P>
      <Chooser
        v={v}
        funders={props.funders}
        funderOin={s.funderOin}
        quarters={props.quarters}
        period={s.period}
      />
      <H2>{title}</H2>
      <P>{texts(v).periodLine(dayText(s.from, v.lang), dayText(s.to, v.lang))}</P>
      {s.open ? <Alert>{texts(v).open}</Alert> : null}
      {s.statements.length === 0 ? <P>{texts(v).none}</P> : null}
      {s.statements.map((statement) => (
        <section>
          <h3 class="utrecht-heading-3">{texts(v).to(statement.payerName)}</h3>
          <Table
            caption={texts(v).to(statement.payerName)}
            hideCaption
            columns={[
              { label: texts(v).company },
              { label: texts(v).milestone },
              { label: texts(v).paidAt },
              { label: texts(v).year },
              { label: texts(v).part, numeric: true },
            ]}
            rows={[
              ...statement.lines.map((l) => [
                l.companyName,
                String(l.milestone),
                formatDate(l.paidAt, v.lang),
                String(l.programmeYear),
                formatMoney(l.amountCents, v.lang),
              ]),
              [
                <strong>{texts(v).owed}</strong>,
                '',
                '',
                '',
                <strong>{formatMoney(statement.owedCents, v.lang)}</strong>,
              ],
            ]}
          />
          <P>
            {statement.settlement
              ? texts(v).settled(
                  formatMoney(statement.settlement.amountCents, v.lang),
                  dayText(statement.settlement.receivedOn, v.lang),
                  statement.settlement.reference,
                )
              : texts(v).notSettled}
          </P>
          {!statement.settlement && !s.open && statement.payerOin === props.org ? (
            <form method="post" action={`/rapporten/verrekening/${s.funderOin}/${s.period}`} novalidate>
              <h4 class="utrecht-heading-4">{texts(v).settleTitle}</h4>
              <P>{texts(v).settleIntro}</P>
              <CsrfField v={v} />
              <TextField v={v} form={form} name="receivedOn" type="date" label={texts(v).receivedOn} short />
              <TextField v={v} form={form} name="reference" label={texts(v).reference} />
              <TextField v={v} form={form} name="amount" label={texts(v).amount} inputmode="decimal" short />
              <div class="im-actions">
                <Button>{texts(v).save}</Button>
              </div>
            </form>
          ) : null}
        </section>
      ))}
      <P>
        <a class="rvo-link" href="/rapporten/betalingen">
          {groupTexts(v).payments}
        </a>
      </P>
    </Layout>
  );
}
