/** @jsxImportSource hono/jsx */

import { GOVERNMENT_KINDS } from '#shared/kernel/organisations.ts';
import { Alert, Button, CsrfField, H1, H2, P, Table } from '#web/kit/components.tsx';
import { ErrorSummary, Select, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { FormState, View } from '#web/kit/view.ts';
import { ADDRESS_FIELDS } from './form.ts';
import { texts } from './messages.ts';

export function OrganisationsPage(props: {
  v: View;
  known: {
    oin: string;
    name: string;
    kind: string;
    invoiceAddress?: { street: string; postcode: string; city: string };
  }[];
  form: FormState;
  flash?: string;
}) {
  const { v, form } = props;
  return (
    <Layout v={v} title={texts(v).organisationsTitle} current="organisations">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={['oin', 'name', 'kind', ...ADDRESS_FIELDS]} />
      <H1>{texts(v).organisationsTitle}</H1>
      <P>{texts(v).organisationsIntro}</P>
      {props.known.length > 0 ? (
        <Table
          caption={texts(v).organisationsTitle}
          columns={[
            { label: texts(v).orgName },
            { label: texts(v).orgOin },
            { label: texts(v).orgKind },
            { label: texts(v).invoiceAddress.replace(/ \(.*\)$/, '') },
          ]}
          rows={props.known.map((o) => [
            o.name,
            <code>{o.oin}</code>,
            texts(v).kinds[o.kind] ?? o.kind,
            o.invoiceAddress
              ? `${o.invoiceAddress.street}, ${o.invoiceAddress.postcode} ${o.invoiceAddress.city}`
              : '—',
          ])}
        />
      ) : null}
      <H2>{texts(v).saveOrganisation}</H2>
      <form method="post" action="/programma/organisaties" novalidate>
        <CsrfField v={v} />
        <TextField v={v} form={form} name="oin" label={texts(v).orgOin} />
        <TextField v={v} form={form} name="name" label={texts(v).orgName} />
        <Select
          v={v}
          form={form}
          name="kind"
          label={texts(v).orgKind}
          options={GOVERNMENT_KINDS.map((k) => ({ value: k, label: texts(v).kinds[k] ?? k }))}
        />
        <fieldset class="im-fieldset utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{texts(v).invoiceAddress}</legend>
          <span class="im-hint">{texts(v).invoiceAddressHint}</span>
          <TextField
            v={v}
            form={form}
            name="invoiceStreet"
            label={texts(v).street}
            autocomplete="street-address"
          />
          <TextField
            v={v}
            form={form}
            name="invoicePostcode"
            label={texts(v).postcode}
            short
            autocomplete="postal-code"
          />
          <TextField
            v={v}
            form={form}
            name="invoiceCity"
            label={texts(v).city}
            autocomplete="address-level2"
          />
        </fieldset>
        <Button>{texts(v).saveOrganisation}</Button>
      </form>
    </Layout>
  );
}
