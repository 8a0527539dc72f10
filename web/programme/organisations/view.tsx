/** @jsxImportSource hono/jsx */

import { GOVERNMENT_KINDS } from '#shared/kernel/organisations.ts';
import { Alert, Button, CsrfField, H1, H2, P, Table } from '#web/kit/components.tsx';
import { ErrorSummary, Select, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { FormState, View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

export function OrganisationsPage(props: {
  v: View;
  known: { oin: string; name: string; kind: string }[];
  form: FormState;
  flash?: string;
}) {
  const { v, form } = props;
  return (
    <Layout v={v} title={texts(v).organisationsTitle} current="organisations">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={['oin', 'name', 'kind']} />
      <H1>{texts(v).organisationsTitle}</H1>
      <P>{texts(v).organisationsIntro}</P>
      {props.known.length > 0 ? (
        <Table
          caption={texts(v).organisationsTitle}
          columns={[{ label: texts(v).orgName }, { label: texts(v).orgOin }, { label: texts(v).orgKind }]}
          rows={props.known.map((o) => [o.name, <code>{o.oin}</code>, texts(v).kinds[o.kind] ?? o.kind])}
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
        <Button>{texts(v).saveOrganisation}</Button>
      </form>
    </Layout>
  );
}
