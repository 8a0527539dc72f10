/** @jsxImportSource hono/jsx */

import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { clock } from '#shared/platform/clock.ts';
import { en } from '#web/i18n/en.ts';
import { LANGS, type Lang } from '#web/i18n/format.ts';
import { type Messages, nl } from '#web/i18n/nl.ts';
import { ApiUnreachable, apiClient, attemptOf } from './api.ts';
import {
  formValues,
  notFoundPage,
  render,
  type SiteContext,
  type SiteEnv,
  type SiteOptions,
} from './context.tsx';
import { MessagePage } from './message-page.tsx';
import { providerOf, refreshSignIn } from './oidc.ts';
import {
  CSRF_COOKIE,
  csrfMatches,
  LANG_COOKIE,
  newCsrfToken,
  SESSION_COOKIE,
  type Session,
  SessionSealer,
} from './session.ts';
import type { View } from './view.ts';

/*
 * What every user group's pages stand in: security headers, the request's view (who, which
 * language, which form token), the form-token check on every post, and the not-found and error
 * pages. `createHost` wraps one group's Hono app in it; the site loads a group when first asked.
 */

const CATALOGUES: Record<Lang, Messages> = { nl, en };

/** What the groups of one site share: its options, the session sealer, the clock, the cookies. */
export interface Shell {
  options: SiteOptions;
  sealer: SessionSealer;
  now: () => Date;
  cookieBase: { httpOnly: true; secure: boolean; sameSite: 'Lax'; path: '/' };
  /** The site's own origin in AWS (posts must come from it); locally the request's. */
  siteOrigin: string | undefined;
  /** The sign-in provider's origin, where the sign-in form may post. */
  signInOrigin: string | undefined;
}

export function siteShell(options: SiteOptions): Shell {
  const cognito = options.signIn.kind === 'cognito' ? options.signIn : undefined;
  return {
    options,
    sealer: new SessionSealer(options.sessionKey),
    // The one clock the API reads too: the site and the API agree on which deadlines have passed.
    now: options.now ?? clock.now,
    cookieBase: { httpOnly: true, secure: options.secureCookies, sameSite: 'Lax', path: '/' },
    siteOrigin: cognito ? new URL(cognito.siteUrl).origin : undefined,
    signInOrigin: cognito ? new URL(cognito.domain).origin : undefined,
  };
}

export const siteSecurityHeaders = (shell: Shell) =>
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
      formAction: ["'self'", ...(shell.signInOrigin ? [shell.signInOrigin] : [])],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: shell.options.secureCookies ? 'max-age=63072000; includeSubDomains' : false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'DENY',
    crossOriginResourcePolicy: 'same-origin',
  });

/** Paths whose posts carry no form token: RFC 8058's one-click unsubscribe, posted by a mail client. */
const NO_FORM_TOKEN = new Set(['/afmelden']);

/**
 * What a form token is bound to: the session's own id, kept when its token is renewed (so a page
 * open in another tab stays valid); the cookie itself for a session from before ids.
 */
const formBinding = (c: SiteContext, session: Session | undefined) =>
  session ? (session.id ?? getCookie(c, SESSION_COOKIE) ?? '') : '';

/**
 * A session whose access token ran out (or will within a minute) renews it with its refresh
 * token; when the provider refuses (revoked, expired), the person is signed out.
 */
async function renewed(c: SiteContext, shell: Shell, session: Session | undefined) {
  const now = Math.floor(Date.now() / 1000);
  if (!session?.refreshToken || session.expiresAt - 60 > now) return session;
  const provider = providerOf(shell.options.signIn, session.via);
  const fresh = provider ? await refreshSignIn(provider, session.refreshToken) : undefined;
  if (!fresh) {
    deleteCookie(c, SESSION_COOKIE, shell.cookieBase);
    return undefined;
  }
  const next: Session = {
    ...session,
    token: fresh.accessToken,
    expiresAt: now + fresh.expiresIn,
    ...(fresh.refreshToken ? { refreshToken: fresh.refreshToken } : {}),
  };
  setCookie(c, SESSION_COOKIE, await shell.sealer.seal(next), {
    ...shell.cookieBase,
    maxAge: Math.max(60, (next.endsAt ?? next.expiresAt) - now),
  });
  return next;
}

export function createHost(shell: Shell, group: Hono<SiteEnv>): Hono<SiteEnv> {
  const { options, sealer } = shell;
  const app = new Hono<SiteEnv>();
  app.use('*', siteSecurityHeaders(shell));

  // Who, which language, which form token: every page's view.
  app.use('*', async (c, next) => {
    const langCookie = getCookie(c, LANG_COOKIE);
    const lang: Lang = LANGS.includes(langCookie as Lang) ? (langCookie as Lang) : 'nl';
    let csrf = getCookie(c, CSRF_COOKIE);
    if (!csrf || !/^[A-Za-z0-9_-]{32}$/.test(csrf)) {
      csrf = newCsrfToken();
      setCookie(c, CSRF_COOKIE, csrf, shell.cookieBase);
    }
    const session = await renewed(c, shell, await sealer.open(getCookie(c, SESSION_COOKIE)));
    const url = new URL(c.req.url);
    // The form token is bound to this browser's nonce and to its session (none when signed out).
    const formToken = sealer.formToken(csrf, formBinding(c, session));
    c.set('options', options);
    c.set('sealer', sealer);
    if (session) c.set('session', session);
    c.set('api', apiClient(options.apiUrl, session?.token, options.fetch));
    c.set('view', {
      lang,
      t: CATALOGUES[lang],
      ...(session ? { session } : {}),
      csrf: formToken,
      path: `${url.pathname}${url.search}`,
      assets: options.assets.manifest,
      local: options.signIn.kind === 'local',
      now: shell.now(),
      publicApiUrl: options.publicApiUrl ?? options.apiUrl,
    });
    await next();
  });

  // Every form post carries the form token of this browser (double submit) and, when the browser
  // says where it comes from, comes from this site.
  app.use('*', async (c, next) => {
    if (c.req.method !== 'POST' || NO_FORM_TOKEN.has(c.req.path)) return next();
    // Signing out without a (valid) session only clears cookies: there is nothing to forge.
    if (c.req.path === '/uitloggen' && !c.get('session')) return next();
    const origin = c.req.header('origin');
    const expected = shell.siteOrigin ?? new URL(c.req.url).origin;
    const values = await formValues(c).catch(() => ({}) as Record<string, string>);
    const nonce = getCookie(c, CSRF_COOKIE);
    const token = nonce ? sealer.formToken(nonce, formBinding(c, c.get('session'))) : undefined;
    if ((origin && origin !== expected) || !csrfMatches(token, values._csrf)) {
      const v = c.get('view');
      return render(c, <MessagePage v={v} title={v.t.errors.csrfTitle} text={v.t.errors.csrfText} />, 403);
    }
    const attempt = attemptOf(values);
    if (attempt) c.set('api', apiClient(options.apiUrl, c.get('session')?.token, options.fetch, attempt));
    return next();
  });

  app.route('/', group);
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
    const v = (c as SiteContext).get('view') ?? fallbackView(shell);
    // The API did not answer: a page of our own that says to try again (nothing was lost).
    if (error instanceof ApiUnreachable) {
      c.header('retry-after', '5');
      return c.html(
        `<!doctype html>${String(<MessagePage v={v} title={v.t.errors.unreachableTitle} text={v.t.errors.unreachableText} reference={reference} />)}`,
        503,
      );
    }
    return c.html(
      `<!doctype html>${String(<MessagePage v={v} title={v.t.errors.errorTitle} text={v.t.errors.errorText} reference={reference} />)}`,
      500,
    );
  });
  return app;
}

/** The view of a request that failed before it had one (Dutch, nobody signed in). */
export const fallbackView = (shell: Shell): View => ({
  lang: 'nl',
  t: nl,
  csrf: '',
  path: '/',
  assets: shell.options.assets.manifest,
  local: shell.options.signIn.kind === 'local',
  now: shell.now(),
  publicApiUrl: shell.options.publicApiUrl ?? shell.options.apiUrl,
});
