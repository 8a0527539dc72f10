/** @jsxImportSource hono/jsx */

import { GOVERNMENT_KINDS } from '#shared/kernel/organisations.ts';
import { Alert, Button, CsrfField, H1, H2, P, Table } from '#web/kit/components.tsx';
import { ErrorSummary, Select, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { FormState, View } from '#web/kit/view.ts';
export function OrganisationsPage(props: {
  v: View;
  known: { oin: string; name: string; kind: string }[];
  form: FormState;
  flash?: string;
}) {
  const { v, form } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.gov.organisationsTitle} current="organisations">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={['oin', 'name', 'kind']} />
      <H1>{t.gov.organisationsTitle}</H1>
      <P>{t.gov.organisationsIntro}</P>
      {props.known.length > 0 ? (
        <Table
          caption={t.gov.organisationsTitle}
          columns={[{ label: t.gov.orgName }, { label: t.gov.orgOin }, { label: t.gov.orgKind }]}
          rows={props.known.map((o) => [o.name, <code>{o.oin}</code>, t.gov.kinds[o.kind] ?? o.kind])}
        />
      ) : null}
      <H2>{t.gov.saveOrganisation}</H2>
      <form method="post" action="/programma/organisaties" novalidate>
        <CsrfField v={v} />
        <TextField v={v} form={form} name="oin" label={t.gov.orgOin} />
        <TextField v={v} form={form} name="name" label={t.gov.orgName} />
        <Select
          v={v}
          form={form}
          name="kind"
          label={t.gov.orgKind}
          options={GOVERNMENT_KINDS.map((k) => ({ value: k, label: t.gov.kinds[k] ?? k }))}
        />
        <Button>{t.gov.saveOrganisation}</Button>
      </form>
    </Layout>
  );
}
