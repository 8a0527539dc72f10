/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import type { MemberRole } from '#shared/people/schemas.ts';
import { routes } from '#shared/routes.ts';
import {
  flash,
  formValues,
  notFoundPage,
  only,
  render,
  type SiteContext,
  type SiteEnv,
} from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { texts } from './messages.ts';
import { MembersPage } from './view.tsx';

/** An organisation's people: its administrator's (own organisation), the programme office's (any). */
export const members = new Hono<SiteEnv>();

members.use('/organisatie/*', only(['administrator', 'programme']));

/** The organisation managed: the administrator's own; the programme office's choice. */
const organisationOf = (c: SiteContext) => {
  const session = c.get('session')!;
  return session.role === 'programme' ? (c.req.query('oin') ?? '') : session.org;
};

const page = async (
  c: SiteContext,
  form: FormState = emptyForm({ role: 'buyer' }),
  status: 200 | 400 | 409 = 200,
) => {
  const api = c.get('api');
  const session = c.get('session')!;
  const organisations =
    session.role === 'programme' ? await api(routes.listGovernmentOrganisations) : undefined;
  if (organisations && !organisations.ok) throw new Error('organisations unavailable');
  const oin = organisationOf(c) || (organisations?.ok ? organisations.data.items[0]?.oin : undefined) || '';
  const list = await api(routes.listMembers, { params: { oin } });
  if (!list.ok) return notFoundPage(c);
  return render(
    c,
    <MembersPage
      v={c.get('view')}
      oin={oin}
      members={list.data}
      form={form}
      {...(flash(c) ? { flash: flash(c)! } : {})}
      {...(organisations?.ok ? { organisations: organisations.data.items } : {})}
    />,
    status,
  );
};

members.get('/organisatie/medewerkers', (c) => page(c));

members.post('/organisatie/medewerkers/uitnodigen', async (c) => {
  const v = c.get('view');
  const values = await formValues(c);
  const oin = organisationOf(c);
  return postForm(c, {
    route: routes.inviteMember,
    params: { oin },
    values,
    map: () => ({
      body: {
        name: (values.name ?? '').trim(),
        email: (values.email ?? '').trim(),
        role: (values.role ?? '') as MemberRole,
      },
      fieldOf: (field) => field.replace(/^body\./, ''),
      texts: { name: texts(v).nameError, email: texts(v).emailError },
      problemField: { 'already-member': 'email', 'address-in-other-organisation': 'email' },
    }),
    redirect: () => `/organisatie/medewerkers?oin=${oin}&melding=uitgenodigd`,
    conflictStatus: true,
    page: (form, status) => page(c, form, status),
  });
});

members.post('/organisatie/medewerkers/:sub/rol', async (c) => {
  const values = await formValues(c);
  const oin = organisationOf(c);
  return postForm(c, {
    route: routes.changeMemberRole,
    params: { oin, sub: c.req.param('sub') },
    values,
    map: () => ({ body: { role: (values.role ?? '') as MemberRole }, fieldOf: () => undefined }),
    redirect: () => `/organisatie/medewerkers?oin=${oin}&melding=medewerker`,
    conflictStatus: true,
    page: (form, status) => page(c, form, status),
  });
});

members.post('/organisatie/medewerkers/:sub/intrekken', async (c) => {
  const oin = organisationOf(c);
  return postForm(c, {
    route: routes.revokeMember,
    params: { oin, sub: c.req.param('sub') },
    values: {},
    map: () => ({ body: undefined, fieldOf: () => undefined }),
    redirect: () => `/organisatie/medewerkers?oin=${oin}&melding=medewerker`,
    conflictStatus: true,
    page: (form, status) => page(c, form, status),
  });
});
