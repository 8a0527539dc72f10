/** @jsxImportSource hono/jsx */

import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ASSURANCE_LEVELS, type AssuranceLevel, acrOf, HIGHEST_ASSURANCE } from '#shared/auth/assurance.ts';
import { callerFromClaims, ROLES, type Role, scopeFor } from '#shared/auth/caller.ts';
import { companyIdSchema, normaliseCompanyId } from '#shared/kernel/company-id.ts';
import { oinSchema } from '#shared/kernel/vocabulary.ts';
import { routes } from '#shared/routes.ts';
import { apiClient } from '#web/kit/api.ts';
import {
  flash,
  forbiddenPage,
  formValues,
  notFoundPage,
  type OidcClient,
  render,
  type SiteContext,
  type SiteEnv,
  safeBack,
} from '#web/kit/context.tsx';
import { HOME_OF } from '#web/kit/homes.ts';
import { MessagePage } from '#web/kit/message-page.tsx';
import { providerOf, signOutUrl } from '#web/kit/oidc.ts';
import { SESSION_COOKIE, type Session } from '#web/kit/session.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { CALLBACK_PATH } from './callback.ts';
import { finishSignIn, type PendingSignIn, type SignInRequest, startSignIn } from './cognito.ts';
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
  const home = HOME_OF[session.role];
  return c.redirect(back === '/' ? home : back, 303);
};

/** Off to the provider; the verifier and state wait in a sealed cookie for 10 minutes. */
const redirectToProvider = async (
  c: SiteContext,
  config: OidcClient,
  via: PendingSignIn['via'],
  back: string,
  request?: SignInRequest,
) => {
  const { url, pending } = await startSignIn(config, back, request);
  const sealed = await c.get('sealer').sealValue({ ...pending, via }, Math.floor(Date.now() / 1000) + 600);
  setCookie(c, OAUTH_COOKIE, sealed, { ...cookieBase(c), maxAge: 600 });
  return c.redirect(url, 303);
};

signIn.get('/inloggen', async (c) => {
  const options = c.get('options');
  const back = safeBack(c.req.query('terug'));
  if (options.signIn.kind === 'cognito') return redirectToProvider(c, options.signIn, 'cognito', back);
  return render(
    c,
    <LocalSignInPage
      v={c.get('view')}
      identities={options.signIn.identities}
      back={back}
      form={emptyForm({ role: 'sme' })}
      broker={Boolean(options.signIn.broker)}
      {...(flash(c) ? { notice: flash(c)! } : {})}
    />,
  );
});

/**
 * A company signs in through its eHerkenning or eIDAS broker, at least at the level asked
 * (`?niveau=eh3` after a refusal for too low a level). In AWS through Cognito, straight on to the
 * broker; locally through the local broker.
 */
signIn.get('/inloggen/bedrijf', async (c) => {
  const options = c.get('options');
  const back = safeBack(c.req.query('terug'));
  const level = c.req.query('niveau');
  const acr = ASSURANCE_LEVELS.includes(level as AssuranceLevel) ? acrOf(level as AssuranceLevel) : undefined;
  if (options.signIn.kind === 'cognito') {
    const providers = options.signIn.companyProviders ?? [];
    const chosen = providers.find((p) => p.toLowerCase() === c.req.query('via')) ?? providers[0];
    return redirectToProvider(c, options.signIn, 'cognito', back, {
      ...(chosen ? { identityProvider: chosen } : {}),
      ...(acr ? { acr } : {}),
    });
  }
  if (!options.signIn.broker) return notFoundPage(c);
  return redirectToProvider(c, options.signIn.broker, 'broker', back, {
    scope: `openid ${scopeFor('sme')}`,
    prompt: 'login',
    ...(acr ? { acr } : {}),
  });
});

/** An official signs in with their account (password and TOTP): Cognito in AWS, the local broker here. */
signIn.get('/inloggen/ambtenaar', async (c) => {
  const options = c.get('options');
  const back = safeBack(c.req.query('terug'));
  if (options.signIn.kind === 'cognito') return redirectToProvider(c, options.signIn, 'cognito', back);
  if (!options.signIn.broker) return notFoundPage(c);
  return redirectToProvider(c, options.signIn.broker, 'broker', back, {
    // Every government role's scope is asked; the token carries the person's own role's alone.
    scope: `openid ${ROLES.filter((r) => r !== 'sme')
      .map(scopeFor)
      .join(' ')}`,
    prompt: 'login',
  });
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
  return startSession(
    c,
    {
      token,
      role,
      org,
      sub: sub ?? `${role}-${org}`,
      label,
      expiresAt,
      id: randomUUID(),
      // The dev issuer's company tokens carry the highest level (see dev-issuer.ts).
      ...(role === 'sme' ? { assurance: HIGHEST_ASSURANCE } : {}),
    },
    back,
  );
});

signIn.get(CALLBACK_PATH, async (c) => {
  const options = c.get('options');
  const pending = await c.get('sealer').openValue<PendingSignIn>(getCookie(c, OAUTH_COOKIE));
  deleteCookie(c, OAUTH_COOKIE, cookieBase(c));
  const provider = providerOf(options.signIn, pending?.via);
  if (!provider) return notFoundPage(c);
  if (!pending) return c.redirect('/inloggen', 303);
  let signedIn: Awaited<ReturnType<typeof finishSignIn>>;
  try {
    signedIn = await finishSignIn(provider, new URL(c.req.url, provider.siteUrl), pending);
  } catch (error) {
    // A wrong state, a forged or reused code, a refused verifier: no session, and say so plainly.
    console.warn(JSON.stringify({ level: 'WARN', message: 'sign-in refused', error: String(error) }));
    const v = c.get('view');
    return render(c, <MessagePage v={v} title={texts(v).failedTitle} text={texts(v).failedText} />, 400);
  }
  const { accessToken, expiresIn, refreshToken, label } = signedIn;
  // The claims were put there by our pre-token trigger (or the local broker, which derives them
  // the same way); the API verifies the token on every call.
  const claims = JSON.parse(
    Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as Record<string, unknown>;
  const caller = callerFromClaims(claims);
  if (!caller) return forbiddenPage(c);
  const now = Math.floor(Date.now() / 1000);
  let name = label;
  if (caller.role === 'sme') {
    const profile = await apiClient(options.apiUrl, accessToken, options.fetch)(routes.getCompanyProfile);
    if (profile.ok) name = profile.data.name;
  }
  return startSession(
    c,
    {
      token: accessToken,
      role: caller.role,
      org: caller.org,
      sub: caller.sub,
      label: name ?? caller.org,
      expiresAt: now + expiresIn,
      id: randomUUID(),
      ...(caller.assurance ? { assurance: caller.assurance } : {}),
      ...(refreshToken
        ? { refreshToken, via: pending.via ?? 'cognito', endsAt: now + REFRESHABLE_SESSION_SECONDS }
        : {}),
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

/** How long a session that renews its token lasts at most (the refresh token's lifetime). */
export const REFRESHABLE_SESSION_SECONDS = 8 * 3600;
