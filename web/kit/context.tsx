/** @jsxImportSource hono/jsx */

import type { Context, MiddlewareHandler } from 'hono';
import type { Child } from 'hono/jsx';
import type { Role } from '#shared/auth/caller.ts';
import type { ApiClient } from '#web/kit/api.ts';
import type { Asset, AssetManifest } from '#web/kit/assets.ts';
import { MessagePage } from '#web/kit/message-page.tsx';
import type { Session, SessionSealer } from '#web/kit/session.ts';
import type { View } from '#web/kit/view.ts';

/*
 * What every page handler works with: the site's options, the request's view (language, texts,
 * path), its API client and session, and the helpers to answer (render, refuse, guard).
 * `site.tsx` assembles the site from these and the route modules.
 */

/**
 * The web site: server-rendered pages over the public API. Every page is built from API answers
 * fetched with the signed-in person's token; forms post to the site, which calls the API and
 * shows the page again with what was typed and the errors at their fields when it refuses.
 */
export interface SiteOptions {
  /** Where the site calls the API (server to server). */
  apiUrl: string;
  /** Where people reach the API (links on the open-data page); default `apiUrl`. */
  publicApiUrl?: string;
  sessionKey: Uint8Array;
  /** `Secure` cookies and HSTS (AWS: true; plain-HTTP localhost: false). */
  secureCookies: boolean;
  assets: { manifest: AssetManifest; files?: Asset[] };
  signIn: LocalSignIn | CognitoSignIn;
  now?: () => Date;
  fetch?: typeof fetch;
  /** Locally only: what the local SMTP server received (the mailbox page). */
  localMailbox?: () => MailboxMessage[];
}

/** An OpenID provider the site signs people in with (authorization code + PKCE, a public client). */
export interface OidcClient {
  /** The provider's issuer, e.g. `https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc`. */
  issuer: string;
  clientId: string;
  /** The site's own origin, e.g. `https://d111.cloudfront.net`. */
  siteUrl: string;
  /** Only for a local OpenID provider: allow plain-HTTP endpoints. */
  allowHttp?: boolean;
}

/** Sign-in in AWS: Cognito's managed login; companies go on to their eHerkenning or eIDAS broker. */
export interface CognitoSignIn extends OidcClient {
  kind: 'cognito';
  /** The managed login domain, e.g. `https://innovatiemarkt.auth.eu-west-1.amazoncognito.com`. */
  domain: string;
  /** The identity providers of the companies' brokers, as Cognito names them (e.g. `eHerkenning`, `eIDAS`). */
  companyProviders?: string[];
}

/** Local sign-in (never in AWS): the dev issuer signs a token for a demo identity. */
export interface DemoIdentity {
  role: Role;
  org: string;
  sub?: string;
  label: string;
}

export interface LocalSignIn {
  kind: 'local';
  identities: DemoIdentity[];
  /** The local eHerkenning/eIDAS broker companies sign in through, as in AWS. */
  broker?: OidcClient;
  /** Signs an API token as the dev issuer does for `npm run token`. */
  sign: (claims: { role: Role; org: string; sub?: string }) => Promise<{ token: string; expiresAt: number }>;
}

/** Locally only: a message the local SMTP server received. */
export interface MailboxMessage {
  id: string;
  receivedAt: string;
  to: string[];
  subject: string;
  text: string;
}

export type SiteEnv = {
  Variables: { view: View; api: ApiClient; session?: Session; options: SiteOptions; sealer: SessionSealer };
};
export type SiteContext = Context<SiteEnv>;

/** A relative path on this site (never another host), for "back to where you were". */
export function safeBack(value: unknown, fallback = '/'): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && value.length < 500
    ? value
    : fallback;
}

export async function render(
  c: SiteContext,
  page: Child,
  status: 200 | 400 | 403 | 404 | 409 | 422 | 500 = 200,
) {
  return c.html(`<!doctype html>${await String(page)}`, status, { 'cache-control': 'no-store' });
}

export const notFoundPage = (c: SiteContext) => {
  const v = c.get('view');
  return render(
    c,
    <MessagePage v={v} title={v.t.errors.notFoundTitle} text={v.t.errors.notFoundText} />,
    404,
  );
};

export const forbiddenPage = (c: SiteContext) => {
  const v = c.get('view');
  return render(
    c,
    <MessagePage v={v} title={v.t.errors.forbiddenTitle} text={v.t.errors.forbiddenText} />,
    403,
  );
};

/** A signed-in person of one of `roles`, or the response that sends them to sign in (or refuses). */
export async function requireRole(c: SiteContext, roles: readonly Role[]): Promise<Session | Response> {
  const session = c.get('session');
  if (!session) return c.redirect(`/inloggen?terug=${encodeURIComponent(c.get('view').path)}`, 303);
  if (!roles.includes(session.role)) return forbiddenPage(c);
  return session;
}

/** Route guard: the rest of the handlers under a path are for these roles only. */
export const only =
  (roles: readonly Role[]): MiddlewareHandler<SiteEnv> =>
  async (c, next) => {
    const allowed = await requireRole(c, roles);
    if (allowed instanceof Response) return allowed;
    await next();
  };

/** Flash messages after a redirect (`?melding=…`), from a fixed list: nothing typed in the URL is shown. */
export function flash(c: SiteContext): string | undefined {
  const t = c.get('view').t;
  const messages: Record<string, string> = {
    ingediend: t.proposal.submitted,
    gewijzigd: t.proposal.changed,
    ingetrokken: t.proposal.withdrawn,
    opgeslagen: t.company.saved,
    vraag: t.call.askSent,
    uitgelogd: t.signIn.signedOut,
    vervolg: t.followUps.sent,
    concept: t.gov.draftSaved,
    gepubliceerd: t.gov.published,
    beantwoord: t.gov.answered,
    commissie: t.gov.committeeSaved,
    gegund: t.gov.decisionRecorded,
    afgerond: t.gov.completed,
    beeindigd: t.gov.terminated,
    verklaard: t.gov.declared,
    gescoord: t.gov.scored,
    envelop: t.gov.envelopeSaved,
    organisatie: t.gov.organisationSaved,
    'oproep-ingetrokken': t.gov.cancelled,
    instemming: t.gov.consentSaved,
    rectificatie: t.corrections.published,
    nota: t.notas.published,
    selectie: t.selection.recorded,
    bijlage: t.documents.added,
    'bijlage-weg': t.documents.removed,
    document: t.documents.added,
    account: t.signIn.accountCreated,
    uitgenodigd: t.signIn.invited,
    medewerker: t.signIn.memberChanged,
    betaalschema: t.contracts.scheduleSaved,
    resultaat: t.contracts.deliverableSent,
    factuur: t.contracts.invoiceSent,
    beoordeeld: t.contracts.reviewed,
    betaald: t.contracts.paid,
    verrekend: t.contracts.settled,
  };
  return messages[c.req.query('melding') ?? ''];
}

/** Form fields as strings (files are never accepted here). */
export async function formValues(c: SiteContext): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === 'string') values[key] = value;
  return values;
}
