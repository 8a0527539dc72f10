/** @jsxImportSource hono/jsx */

import { formatMoney } from '#web/i18n/format.ts';
import { Alert, Button, CsrfField, H1, H2, P, Table } from '#web/kit/components.tsx';
import { Choices, ErrorSummary, Select, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { EnvelopeList } from '#web/kit/types.ts';
import type { FormState, View } from '#web/kit/view.ts';
import { YearForm } from '#web/kit/year-form.tsx';
import { texts } from './messages.ts';

export function EnvelopesPage(props: {
  v: View;
  year: number;
  list: EnvelopeList;
  /** The register of government bodies: a funder and its members are picked by name. */
  organisations: { oin: string; name: string }[];
  form: FormState;
  flash?: string;
}) {
  const { v, list, form } = props;
  const { t } = v;
  const nameOf = (oin: string) => props.organisations.find((o) => o.oin === oin)?.name ?? oin;
  return (
    <Layout v={v} title={texts(v).envelopesTitle(props.year)} current="envelopes">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={['funderOin', 'capSbir', 'capIp', 'members']} />
      <H1>{texts(v).envelopesTitle(props.year)}</H1>
      <P>{texts(v).envelopesIntro}</P>
      <YearForm v={v} action="/programma/enveloppen" year={props.year} ahead />
      <Table
        caption={texts(v).envelopesTitle(props.year)}
        rowHeaders
        columns={[
          { label: texts(v).holder },
          { label: t.call.side },
          { label: t.call.instrument },
          { label: t.gov.cap, numeric: true },
          { label: t.gov.reserved, numeric: true },
          { label: t.gov.awarded, numeric: true },
          { label: texts(v).remaining, numeric: true },
          { label: texts(v).members },
        ]}
        rows={[
          ...list.envelopes.map((e) => [
            e.holderName,
            e.side === 'ezk' ? t.gov.sideEzk : t.gov.sideOthers,
            t.instruments[e.instrument],
            formatMoney(e.capCents, v.lang),
            formatMoney(e.reservedCents, v.lang),
            formatMoney(e.awardedCents, v.lang),
            formatMoney(e.remainingCents, v.lang),
            e.members.map(nameOf).join(', '),
          ]),
          ...Object.entries(list.totals).map(([instrument, total]) => [
            `${t.gov.totals} ${t.instruments[instrument as 'sbir'] ?? instrument}`,
            '',
            '',
            formatMoney(total.all.capCents, v.lang),
            formatMoney(total.all.reservedCents, v.lang),
            formatMoney(total.all.awardedCents, v.lang),
            formatMoney(total.all.remainingCents, v.lang),
            '',
          ]),
        ]}
        rowClass={(i) => (i >= list.envelopes.length ? 'im-total' : undefined)}
      />
      <H2>{texts(v).setEnvelope}</H2>
      <form method="post" action={`/programma/enveloppen?jaar=${props.year}`} novalidate>
        <CsrfField v={v} />
        <Select
          v={v}
          form={form}
          name="funderOin"
          label={texts(v).envelopeFunder}
          options={[
            { value: '', label: texts(v).chooseFunder },
            ...props.organisations.map((o) => ({ value: o.oin, label: o.name })),
          ]}
        />
        <TextField
          v={v}
          form={form}
          name="capSbir"
          label={texts(v).envelopeCapSbir}
          inputmode="decimal"
          short
        />
        <TextField v={v} form={form} name="capIp" label={texts(v).envelopeCapIp} inputmode="decimal" short />
        <Choices
          v={v}
          form={form}
          name="members"
          legend={texts(v).envelopeMembers}
          hint={texts(v).envelopeMembersHint}
          multiple
          options={props.organisations.map((o) => ({ value: o.oin, label: o.name }))}
        />
        <Button>{texts(v).setEnvelope}</Button>
      </form>
    </Layout>
  );
}
