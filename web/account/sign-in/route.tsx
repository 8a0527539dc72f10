/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ROLES, type Role } from '#shared/auth/caller.ts';
import { companyIdSchema, normaliseCompanyId } from '#shared/kernel/company-id.ts';
import { oinSchema } from '#shared/kernel/vocabulary.ts';
import { routes } from '#shared/routes.ts';
import { apiClient } from '#web/kit/api.ts';
import {
  forbiddenPage,
  formValues,
  notFoundPage,
  render,
  type SiteContext,
  type SiteEnv,
  safeBack,
} from '#web/kit/context.tsx';
import { MessagePage } from '#web/kit/message-page.tsx';
import { SESSION_COOKIE, type Session } from '#web/kit/session.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { CALLBACK_PATH } from './callback.ts';
import { finishSignIn, type PendingSignIn, signOutUrl, startSignIn } from './cognito.ts';
import { texts } from './messages.ts';
import { LocalSignInPage } from './view.tsx';

/** Sign-in (Cognito's managed login in AWS, a page of demo identities locally) and sign-out. */
export const signIn = new Hono<SiteEnv>();

const OAUTH_COOKIE = 'im_oauth';
const cookieBase = (c: SiteContext) => ({
  httpOnly: true,
  secure: c.get('options').secureCookies,
  sameSite: 'Lax' as const,
  path: '/',
});

const startSession = async (c: SiteContext, session: Session, back: string) => {
  const options = c.get('options');
  // The identity's address is recorded at sign-in, so e-mail reaches people who never opened
  // their settings; the sign-in goes on if that fails.
  await apiClient(
    options.apiUrl,
    session.token,
    options.fetch,
  )(routes.registerAddress).catch(() => undefined);
  setCookie(c, SESSION_COOKIE, await c.get('sealer').seal(session), {
    ...cookieBase(c),
    maxAge: Math.max(60, session.expiresAt - Math.floor(Date.now() / 1000)),
  });
  const home = session.role === 'sme' ? '/mijn/voorstellen' : '/';
  return c.redirect(back === '/' ? home : back, 303);
};

signIn.get('/inloggen', async (c) => {
  const options = c.get('options');
  const back = safeBack(c.req.query('terug'));
  if (options.signIn.kind === 'cognito') {
    const { url, pending } = await startSignIn(options.signIn, back);
    const sealed = await c.get('sealer').sealValue(pending, Math.floor(Date.now() / 1000) + 600);
    setCookie(c, OAUTH_COOKIE, sealed, { ...cookieBase(c), maxAge: 600 });
    return c.redirect(url, 303);
  }
  return render(
    c,
    <LocalSignInPage
      v={c.get('view')}
      identities={options.signIn.identities}
      back={back}
      form={emptyForm({ role: 'sme' })}
    />,
  );
});

signIn.post('/inloggen', async (c) => {
  const options = c.get('options');
  if (options.signIn.kind !== 'local') return notFoundPage(c);
  const local = options.signIn;
  const v = c.get('view');
  const values = await formValues(c);
  const back = safeBack(values.terug);
  const role = values.role as Role;
  const org = role === 'sme' ? normaliseCompanyId(values.org ?? '') : (values.org ?? '').trim();
  const form: FormState = { values, errors: {} };
  if (!ROLES.includes(role)) form.errors.role = texts(v).role;
  else if (!(role === 'sme' ? companyIdSchema : oinSchema).safeParse(org).success)
    form.errors.org = v.t.signIn.invalidOrg;
  if (Object.keys(form.errors).length > 0)
    return render(c, <LocalSignInPage v={v} identities={local.identities} back={back} form={form} />, 400);
  const sub = values.sub?.trim() || undefined;
  const { token, expiresAt } = await local.sign({ role, org, ...(sub ? { sub } : {}) });
  let label = values.label?.trim().slice(0, 200) || org;
  if (!values.label && role === 'sme') {
    const profile = await apiClient(options.apiUrl, token, options.fetch)(routes.getCompanyProfile);
    if (profile.ok) label = profile.data.name;
  }
  return startSession(c, { token, role, org, sub: sub ?? `${role}-${org}`, label, expiresAt }, back);
});

signIn.get(CALLBACK_PATH, async (c) => {
  const options = c.get('options');
  if (options.signIn.kind !== 'cognito') return notFoundPage(c);
  const cognito = options.signIn;
  const pending = await c.get('sealer').openValue<PendingSignIn>(getCookie(c, OAUTH_COOKIE));
  deleteCookie(c, OAUTH_COOKIE, cookieBase(c));
  if (!pending) return c.redirect('/inloggen', 303);
  let signedIn: Awaited<ReturnType<typeof finishSignIn>>;
  try {
    signedIn = await finishSignIn(cognito, new URL(c.req.url, cognito.siteUrl), pending);
  } catch (error) {
    // A wrong state, a forged or reused code, a refused verifier: no session, and say so plainly.
    console.warn(JSON.stringify({ level: 'WARN', message: 'sign-in refused', error: String(error) }));
    const v = c.get('view');
    return render(c, <MessagePage v={v} title={texts(v).failedTitle} text={texts(v).failedText} />, 400);
  }
  const { accessToken, expiresIn, label } = signedIn;
  // The claims were put there by our pre-token trigger; the API verifies the token on every call.
  const claims = JSON.parse(
    Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as Record<string, unknown>;
  const role = claims['custom:role'] as Role;
  const org = String(claims['custom:org'] ?? '');
  if (!ROLES.includes(role) || !org) return forbiddenPage(c);
  return startSession(
    c,
    {
      token: accessToken,
      role,
      org,
      sub: String(claims.sub ?? ''),
      label: label ?? org,
      expiresAt: Math.floor(Date.now() / 1000) + expiresIn,
    },
    safeBack(pending.back),
  );
});

signIn.post('/uitloggen', (c) => {
  const options = c.get('options');
  deleteCookie(c, SESSION_COOKIE, cookieBase(c));
  return c.redirect(
    options.signIn.kind === 'cognito' ? signOutUrl(options.signIn) : '/?melding=uitgelogd',
    303,
  );
});
