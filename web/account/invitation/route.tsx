/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { formValues, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { MessagePage } from '#web/kit/message-page.tsx';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { texts } from './messages.ts';
import { InvitationPage } from './view.tsx';

/**
 * The invitation link's page: who invites, for what role, and the password of the new account.
 * Anyone with the link may open it (the code is the key); a used, expired or broken link says so.
 */
export const invitation = new Hono<SiteEnv>();

const page = async (c: SiteContext, form: FormState = emptyForm(), status: 200 | 400 | 409 = 200) => {
  const v = c.get('view');
  const id = c.req.param('invitationId') ?? '';
  const code = c.req.query('code') ?? '';
  const read = await c.get('api')(routes.readInvitation, {
    params: { invitationId: id },
    query: { code },
  });
  if (!read.ok)
    return render(c, <MessagePage v={v} title={texts(v).invalidTitle} text={texts(v).invalid} />, 404);
  return render(c, <InvitationPage v={v} invitation={read.data} code={code} form={form} />, status);
};

invitation.get('/uitnodiging/:invitationId', (c) => page(c));

invitation.post('/uitnodiging/:invitationId', async (c) => {
  const v = c.get('view');
  const values = await formValues(c);
  const mismatch: Record<string, string> =
    (values.password ?? '') !== (values.passwordAgain ?? '') ? { passwordAgain: texts(v).mismatch } : {};
  return postForm(c, {
    route: routes.acceptInvitation,
    params: { invitationId: c.req.param('invitationId') },
    values,
    map: () => ({
      body: { code: c.req.query('code') ?? '', password: values.password ?? '' },
      errors: mismatch,
      fieldOf: (field) => (field === 'body.password' ? 'password' : undefined),
      texts: { password: texts(v).passwordError },
    }),
    redirect: () => '/inloggen?melding=account',
    conflictStatus: true,
    page: (form, status) => page(c, form, status),
  });
});
