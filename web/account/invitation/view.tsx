/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDateTime } from '#web/i18n/format.ts';
import { Button, CsrfField, H1, P, SummaryList } from '#web/kit/components.tsx';
import { ErrorSummary, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { FormState, View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

export type Invitation = z.output<typeof routes.readInvitation.response>;

/** Accepting an invitation: who invites, for what, and the password of the new account. */
export function InvitationPage(props: { v: View; invitation: Invitation; code: string; form: FormState }) {
  const { v, invitation: i, form } = props;
  const { t } = v;
  return (
    <Layout v={v} title={texts(v).title}>
      <ErrorSummary v={v} form={form} order={['password', 'passwordAgain']} />
      <H1>{texts(v).title}</H1>
      <P>
        {i.expert
          ? texts(v).expert(i.organisationName, i.expert.organisationName)
          : texts(v).intro(i.organisationName, t.roles[i.role])}
      </P>
      <SummaryList
        rows={[
          [texts(v).name, i.name],
          [texts(v).email, i.email],
          [texts(v).validUntil, formatDateTime(i.expiresAt, v.lang)],
        ]}
      />
      <form method="post" action={`/uitnodiging/${i.id}?code=${encodeURIComponent(props.code)}`} novalidate>
        <CsrfField v={v} />
        <input type="hidden" name="username" value={i.email} autocomplete="username" />
        <TextField
          v={v}
          form={form}
          name="password"
          label={texts(v).password}
          hint={texts(v).passwordHint}
          type="password"
          autocomplete="new-password"
        />
        <TextField
          v={v}
          form={form}
          name="passwordAgain"
          label={texts(v).passwordAgain}
          type="password"
          autocomplete="new-password"
        />
        <Button>{texts(v).accept}</Button>
      </form>
    </Layout>
  );
}
