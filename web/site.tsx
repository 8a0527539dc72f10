/** @jsxImportSource hono/jsx */

import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { ROLES, type Role } from '#shared/auth/caller.ts';
import { companyIdSchema, normaliseCompanyId } from '#shared/kernel/company-id.ts';
import { oinSchema } from '#shared/kernel/vocabulary.ts';
import { clock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import {
  CALLBACK_PATH,
  finishSignIn,
  type PendingSignIn,
  signOutUrl,
  startSignIn,
} from '#web/account/sign-in/cognito.ts';
import type { LocalSignIn } from '#web/account/sign-in/local.ts';
import { LocalSignInPage } from '#web/account/sign-in/view.tsx';
import { apiClient } from '#web/kit/api.ts';
import {
  forbiddenPage,
  formValues,
  notFoundPage,
  render,
  type SiteContext,
  type SiteEnv,
  type SiteOptions,
  safeBack,
} from '#web/kit/context.tsx';
import { MessagePage } from '#web/kit/message-page.tsx';
import {
  CSRF_COOKIE,
  csrfMatches,
  LANG_COOKIE,
  newCsrfToken,
  SESSION_COOKIE,
  type Session,
  SessionSealer,
} from '#web/kit/session.ts';
import { emptyForm, type FormState, type View } from '#web/kit/view.ts';
import { en } from './i18n/en.ts';
import { LANGS, type Lang } from './i18n/format.ts';
import { type Messages, nl } from './i18n/nl.ts';
import { assessorRoutes } from './routes/assessor.tsx';
import { buyerRoutes } from './routes/buyer.tsx';
import { consentRoutes } from './routes/consents.tsx';
import { decisionRoutes } from './routes/decisions.tsx';
import { documentRoutes } from './routes/documents.tsx';
import { mailRoutes } from './routes/mail.tsx';
import { publicRoutes } from './routes/public.tsx';
import { reportRoutes } from './routes/reports.tsx';
import { selectionRoutes } from './routes/selection.tsx';
import { smeRoutes } from './routes/sme.tsx';

const CATALOGUES: Record<Lang, Messages> = { nl, en };
const OAUTH_COOKIE = 'im_oauth';

export function createSite(options: SiteOptions) {
  const app = new Hono<SiteEnv>();
  const sealer = new SessionSealer(options.sessionKey);
  // The one clock the API reads too: the site and the API agree on which deadlines have passed.
  const now = options.now ?? clock.now;
  const cookieBase = { httpOnly: true, secure: options.secureCookies, sameSite: 'Lax' as const, path: '/' };
  const cognito = options.signIn.kind === 'cognito' ? options.signIn : undefined;
  const siteOrigin = cognito ? new URL(cognito.siteUrl).origin : undefined;

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'", ...(cognito ? [new URL(cognito.domain).origin] : [])],
        frameAncestors: ["'none'"],
      },
      strictTransportSecurity: options.secureCookies ? 'max-age=63072000; includeSubDomains' : false,
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
      crossOriginResourcePolicy: 'same-origin',
    }),
  );

  // Static files (locally; in AWS CloudFront serves them from the bucket).
  const files = new Map((options.assets.files ?? []).map((asset) => [asset.path, asset]));
  app.get('/assets/*', (c) => {
    const asset = files.get(c.req.path);
    if (!asset) return c.text('Not found', 404);
    return c.body(new Uint8Array(asset.body), 200, {
      'content-type': asset.contentType,
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });

  // Who, which language, which form token: every page's view.
  app.use('*', async (c, next) => {
    const langCookie = getCookie(c, LANG_COOKIE);
    const lang: Lang = LANGS.includes(langCookie as Lang) ? (langCookie as Lang) : 'nl';
    let csrf = getCookie(c, CSRF_COOKIE);
    if (!csrf || !/^[A-Za-z0-9_-]{32}$/.test(csrf)) {
      csrf = newCsrfToken();
      setCookie(c, CSRF_COOKIE, csrf, cookieBase);
    }
    const session = await sealer.open(getCookie(c, SESSION_COOKIE));
    const url = new URL(c.req.url);
    c.set('options', options);
    c.set('sealer', sealer);
    if (session) c.set('session', session);
    c.set('api', apiClient(options.apiUrl, session?.token, options.fetch));
    c.set('view', {
      lang,
      t: CATALOGUES[lang],
      ...(session ? { session } : {}),
      csrf,
      path: `${url.pathname}${url.search}`,
      assets: options.assets.manifest,
      local: options.signIn.kind === 'local',
      now: now(),
      publicApiUrl: options.publicApiUrl ?? options.apiUrl,
    });
    await next();
  });

  // Every form post carries the form token of this browser (double submit) and, when the browser
  // says where it comes from, comes from this site.
  app.use('*', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    // RFC 8058: a mail client posts the one-click unsubscribe itself, without our cookies; the
    // link's key is what proves it, so this one form needs no form token.
    if (c.req.path === '/afmelden') return next();
    const origin = c.req.header('origin');
    const expected = siteOrigin ?? new URL(c.req.url).origin;
    const values = await formValues(c).catch(() => ({}) as Record<string, string>);
    if ((origin && origin !== expected) || !csrfMatches(getCookie(c, CSRF_COOKIE), values._csrf)) {
      const v = c.get('view');
      return render(c, <MessagePage v={v} title={v.t.errors.csrfTitle} text={v.t.errors.csrfText} />, 403);
    }
    return next();
  });

  app.get('/taal/:lang', (c) => {
    const lang = c.req.param('lang');
    if (LANGS.includes(lang as Lang))
      setCookie(c, LANG_COOKIE, lang, { ...cookieBase, maxAge: 365 * 86_400 });
    return c.redirect(safeBack(c.req.query('terug')), 303);
  });

  // ---- Sign-in and sign-out ----
  const startSession = async (c: SiteContext, session: Session, back: string) => {
    // The identity's address is recorded at sign-in, so e-mail reaches people who never opened
    // their settings; the sign-in goes on if that fails.
    await apiClient(
      options.apiUrl,
      session.token,
      options.fetch,
    )(routes.registerAddress).catch(() => undefined);
    setCookie(c, SESSION_COOKIE, await sealer.seal(session), {
      ...cookieBase,
      maxAge: Math.max(60, session.expiresAt - Math.floor(Date.now() / 1000)),
    });
    const home = session.role === 'sme' ? '/mijn/voorstellen' : '/';
    return c.redirect(back === '/' ? home : back, 303);
  };

  app.get('/inloggen', async (c) => {
    const back = safeBack(c.req.query('terug'));
    if (cognito) {
      const { url, pending } = await startSignIn(cognito, back);
      const sealed = await sealer.sealValue(pending, Math.floor(Date.now() / 1000) + 600);
      setCookie(c, OAUTH_COOKIE, sealed, { ...cookieBase, maxAge: 600 });
      return c.redirect(url, 303);
    }
    const local = options.signIn as LocalSignIn;
    return render(
      c,
      <LocalSignInPage
        v={c.get('view')}
        identities={local.identities}
        back={back}
        form={emptyForm({ role: 'sme' })}
      />,
    );
  });

  app.post('/inloggen', async (c) => {
    if (options.signIn.kind !== 'local') return notFoundPage(c);
    const local = options.signIn;
    const v = c.get('view');
    const values = await formValues(c);
    const back = safeBack(values.terug);
    const role = values.role as Role;
    const org = role === 'sme' ? normaliseCompanyId(values.org ?? '') : (values.org ?? '').trim();
    const form: FormState = { values, errors: {} };
    if (!ROLES.includes(role)) form.errors.role = v.t.signIn.role;
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

  app.get(CALLBACK_PATH, async (c) => {
    if (!cognito) return notFoundPage(c);
    const pending = await sealer.openValue<PendingSignIn>(getCookie(c, OAUTH_COOKIE));
    deleteCookie(c, OAUTH_COOKIE, cookieBase);
    if (!pending) return c.redirect('/inloggen', 303);
    let signedIn: Awaited<ReturnType<typeof finishSignIn>>;
    try {
      signedIn = await finishSignIn(cognito, new URL(c.req.url, cognito.siteUrl), pending);
    } catch (error) {
      // A wrong state, a forged or reused code, a refused verifier: no session, and say so plainly.
      console.warn(JSON.stringify({ level: 'WARN', message: 'sign-in refused', error: String(error) }));
      const v = c.get('view');
      return render(
        c,
        <MessagePage v={v} title={v.t.signIn.failedTitle} text={v.t.signIn.failedText} />,
        400,
      );
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

  app.post('/uitloggen', (c) => {
    deleteCookie(c, SESSION_COOKIE, cookieBase);
    return c.redirect(cognito ? signOutUrl(cognito) : '/?melding=uitgelogd', 303);
  });

  publicRoutes(app);
  documentRoutes(app);
  smeRoutes(app);
  buyerRoutes(app);
  consentRoutes(app);
  decisionRoutes(app);
  selectionRoutes(app);
  assessorRoutes(app);
  reportRoutes(app);
  mailRoutes(app);

  app.notFound((c) => notFoundPage(c as SiteContext));
  app.onError((error, c) => {
    const reference = randomUUID();
    console.error(
      JSON.stringify({
        level: 'ERROR',
        message: 'site error',
        reference,
        error: String(error?.stack ?? error),
      }),
    );
    const v = (c as SiteContext).get('view') ?? fallbackView(options, now());
    return c.html(
      `<!doctype html>${String(<MessagePage v={v} title={v.t.errors.errorTitle} text={v.t.errors.errorText} reference={reference} />)}`,
      500,
    );
  });
  return app;
}

const fallbackView = (options: SiteOptions, now: Date): View => ({
  lang: 'nl',
  t: nl,
  csrf: '',
  path: '/',
  assets: options.assets.manifest,
  local: options.signIn.kind === 'local',
  now,
  publicApiUrl: options.publicApiUrl ?? options.apiUrl,
});
