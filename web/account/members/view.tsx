/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import { MEMBER_ROLES } from '#shared/people/schemas.ts';
import type { routes } from '#shared/routes.ts';
import { formatDateTime } from '#web/i18n/format.ts';
import { Alert, Button, CsrfField, H1, H2, P, Table } from '#web/kit/components.tsx';
import { ErrorSummary, Select, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { FormState, View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

type Members = z.output<typeof routes.listMembers.response>;

/**
 * An organisation's people: its members with their roles (change, revoke), open invitations, and
 * the form to invite someone. The programme office picks the organisation and invites its
 * administrator; an administrator manages its own organisation.
 */
export function MembersPage(props: {
  v: View;
  oin: string;
  members: Members;
  form: FormState;
  flash?: string;
  /** The programme office: the organisations to choose from. */
  organisations?: { oin: string; name: string }[];
}) {
  const { v, members, form } = props;
  const { t } = v;
  const programme = Boolean(props.organisations);
  const action = (path: string) => `/organisatie/medewerkers${path}?oin=${props.oin}`;
  return (
    <Layout v={v} title={texts(v).title} current="members">
      <ErrorSummary v={v} form={form} order={['name', 'email', 'role']} />
      {props.flash ? <Alert>{props.flash}</Alert> : null}
      <H1>{texts(v).title}</H1>
      <P>{programme ? texts(v).programmeIntro : texts(v).intro}</P>
      {props.organisations ? (
        <form method="get" action="/organisatie/medewerkers" class="im-inline-form">
          <Select
            v={v}
            form={{ values: { oin: props.oin }, errors: {} }}
            name="oin"
            label={texts(v).organisation}
            options={props.organisations.map((o) => ({ value: o.oin, label: o.name }))}
          />
          <Button kind="secondary">{texts(v).show}</Button>
        </form>
      ) : null}
      <H2>{texts(v).members}</H2>
      {members.items.length === 0 ? (
        <P>{texts(v).none}</P>
      ) : (
        <Table
          caption={texts(v).members}
          hideCaption
          rowHeaders
          columns={[
            { label: texts(v).name },
            { label: texts(v).email },
            { label: texts(v).role },
            { label: texts(v).status },
            { label: texts(v).actions },
          ]}
          rows={members.items.map((m) => [
            m.name,
            m.email,
            m.expert ? texts(v).expert(m.expert.organisationName) : t.roles[m.role],
            m.status === 'active' ? texts(v).active : texts(v).revoked,
            m.status === 'active' ? (
              <div class="im-actions">
                {!programme && !m.expert ? (
                  <form method="post" action={action(`/${encodeURIComponent(m.sub)}/rol`)}>
                    <CsrfField v={v} />
                    <label class="im-visually-hidden" for={`role-${m.sub}`}>
                      {texts(v).roleOf(m.name)}
                    </label>
                    <select
                      class="utrecht-select utrecht-select--html-select"
                      id={`role-${m.sub}`}
                      name="role"
                    >
                      {MEMBER_ROLES.map((r) => (
                        <option value={r} selected={r === m.role}>
                          {t.roles[r]}
                        </option>
                      ))}
                    </select>{' '}
                    <Button kind="secondary">{texts(v).changeRole}</Button>
                  </form>
                ) : null}
                {m.sub !== v.session?.sub ? (
                  <form method="post" action={action(`/${encodeURIComponent(m.sub)}/intrekken`)}>
                    <CsrfField v={v} />
                    <button
                      type="submit"
                      class="utrecht-button utrecht-button--secondary-action"
                      aria-label={texts(v).revokeOf(m.name)}
                    >
                      {texts(v).revoke}
                    </button>
                  </form>
                ) : null}
              </div>
            ) : (
              ''
            ),
          ])}
        />
      )}
      {members.invitations.length > 0 ? (
        <>
          <H2>{texts(v).pending}</H2>
          <Table
            caption={texts(v).pending}
            hideCaption
            rowHeaders
            columns={[
              { label: texts(v).name },
              { label: texts(v).email },
              { label: texts(v).role },
              { label: texts(v).validUntil },
            ]}
            rows={members.invitations.map((i) => [
              i.name,
              i.email,
              i.expert ? texts(v).expert(i.expert.organisationName) : t.roles[i.role],
              formatDateTime(i.expiresAt, v.lang),
            ])}
          />
        </>
      ) : null}
      <H2>{programme ? texts(v).inviteAdmin : texts(v).invite}</H2>
      <form method="post" action={action('/uitnodigen')} novalidate>
        <CsrfField v={v} />
        <TextField v={v} form={form} name="name" label={texts(v).nameLabel} autocomplete="off" />
        <TextField
          v={v}
          form={form}
          name="email"
          label={texts(v).emailLabel}
          type="email"
          autocomplete="off"
        />
        {programme ? (
          <input type="hidden" name="role" value="administrator" />
        ) : (
          <Select
            v={v}
            form={form}
            name="role"
            label={texts(v).role}
            options={MEMBER_ROLES.map((r) => ({ value: r, label: t.roles[r] }))}
          />
        )}
        <Button>{texts(v).inviteButton}</Button>
      </form>
    </Layout>
  );
}
