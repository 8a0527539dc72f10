import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAssets } from '#web/kit/assets.ts';
import { sessionKey } from '#web/kit/session.ts';
import { createSite } from '#web/site.tsx';
import { startTestRuntime, type TestApi } from '../support/runtime.ts';

/**
 * Sign-in as in AWS: the authorization code flow with PKCE against an OpenID provider. A small
 * provider plays Cognito here (discovery, token endpoint checking the S256 verifier, an ID token),
 * handing out access tokens of the local dev issuer so the API accepts them.
 */
let api: TestApi;
let provider: Server;
let providerUrl: string;
let site: Server;
let siteUrl: string;
const CLIENT_ID = 'site-client';
const codes = new Map<
  string,
  { challenge: string; redirectUri: string; role: 'sme'; org: string; name: string }
>();
const tokenRequests: Record<string, string>[] = [];
const issuedAccessTokens: string[] = [];

beforeAll(async () => {
  api = await startTestRuntime();
  const { privateKey } = await generateKeyPair('ES256');
  provider = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', providerUrl);
    if (url.pathname === '/.well-known/openid-configuration') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          issuer: providerUrl,
          authorization_endpoint: `${providerUrl}/oauth2/authorize`,
          token_endpoint: `${providerUrl}/oauth2/token`,
          jwks_uri: `${providerUrl}/.well-known/jwks.json`,
          response_types_supported: ['code'],
          id_token_signing_alg_values_supported: ['ES256'],
          code_challenge_methods_supported: ['S256'],
        }),
      );
      return;
    }
    if (url.pathname === '/oauth2/token' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = Object.fromEntries(new URLSearchParams(body));
      tokenRequests.push(form);
      const grant = codes.get(form.code ?? '');
      codes.delete(form.code ?? ''); // a code is good once
      const verified =
        grant &&
        form.grant_type === 'authorization_code' &&
        form.client_id === CLIENT_ID &&
        form.redirect_uri === grant.redirectUri &&
        createHash('sha256')
          .update(form.code_verifier ?? '')
          .digest('base64url') === grant.challenge;
      if (!verified) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'invalid_grant' }));
        return;
      }
      const idToken = await new SignJWT({ email: 'info@walstroom.example', name: grant.name })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(providerUrl)
        .setAudience(CLIENT_ID)
        .setSubject(`user-${grant.org}`)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
      const accessToken = await api.runtime.issuer.sign({ role: grant.role, org: grant.org });
      issuedAccessTokens.push(accessToken);
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(
        JSON.stringify({
          access_token: accessToken,
          id_token: idToken,
          token_type: 'Bearer',
          expires_in: 3600,
        }),
      );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;

  site = createAdaptorServer({ fetch: (request: Request) => app().fetch(request) }) as Server;
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  site?.close();
  provider?.close();
  await api?.runtime.stop();
});

let built: ReturnType<typeof createSite> | undefined;
const app = () => {
  built ??= createSite({
    apiUrl: api.runtime.url,
    sessionKey: sessionKey(),
    secureCookies: false,
    assets: { manifest: buildAssets().manifest },
    signIn: {
      kind: 'cognito',
      issuer: providerUrl,
      clientId: CLIENT_ID,
      domain: providerUrl,
      siteUrl,
      allowHttp: true,
    },
  });
  return built;
};

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');

async function startSignIn() {
  const response = await fetch(`${siteUrl}/inloggen?terug=/mijn/voorstellen`, { redirect: 'manual' });
  expect(response.status).toBe(303);
  const authorize = new URL(response.headers.get('location')!);
  return { authorize, cookies: cookiesOf(response) };
}

describe('sign-in with the authorization code flow and PKCE', () => {
  it('sends the browser to the provider with an S256 challenge and a state, and comes back signed in', async () => {
    const { authorize, cookies } = await startSignIn();
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${providerUrl}/oauth2/authorize`);
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${siteUrl}/auth/callback`);
    const state = authorize.searchParams.get('state')!;
    expect(cookies).toContain('im_oauth=');

    // The provider signs the person in and redirects back with a code.
    const code = randomUUID();
    codes.set(code, {
      challenge: authorize.searchParams.get('code_challenge')!,
      redirectUri: authorize.searchParams.get('redirect_uri')!,
      role: 'sme',
      org: '50000001',
      name: 'Walstroom Techniek B.V.',
    });
    const back = await fetch(`${siteUrl}/auth/callback?code=${code}&state=${state}`, {
      redirect: 'manual',
      headers: { cookie: cookies },
    });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/mijn/voorstellen');
    const session = back.headers.getSetCookie().find((c) => c.startsWith('im_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    // The verifier went to the token endpoint (never the browser); the token is sealed in the cookie.
    expect(tokenRequests.at(-1)!.code_verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(authorize.href).not.toContain(tokenRequests.at(-1)!.code_verifier!);
    expect(session).not.toContain(issuedAccessTokens.at(-1)!.split('.')[1]!);

    const page = await fetch(`${siteUrl}/mijn/voorstellen`, { headers: { cookie: cookiesOf(back) } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Ingelogd als Walstroom Techniek B.V. (bedrijf)');
    expect(html).toContain('Mijn voorstellen');
  });

  it('refuses a callback with the wrong state or a forged code, and signs nobody in', async () => {
    const { authorize, cookies } = await startSignIn();
    const code = randomUUID();
    codes.set(code, {
      challenge: authorize.searchParams.get('code_challenge')!,
      redirectUri: authorize.searchParams.get('redirect_uri')!,
      role: 'sme',
      org: '50000001',
      name: 'x',
    });
    const wrongState = await fetch(`${siteUrl}/auth/callback?code=${code}&state=forged`, {
      redirect: 'manual',
      headers: { cookie: cookies },
    });
    expect(wrongState.status).toBe(400);
    expect(wrongState.headers.getSetCookie().some((c) => c.startsWith('im_session='))).toBe(false);
    expect(await wrongState.text()).toContain('Inloggen is mislukt');

    const again = await startSignIn();
    const forged = await fetch(
      `${siteUrl}/auth/callback?code=not-issued&state=${again.authorize.searchParams.get('state')}`,
      { redirect: 'manual', headers: { cookie: again.cookies } },
    );
    expect(forged.status).toBe(400);
    expect(forged.headers.getSetCookie().some((c) => c.startsWith('im_session='))).toBe(false);

    // A code for another sign-in's challenge fails the PKCE check at the token endpoint.
    const third = await startSignIn();
    const stolen = randomUUID();
    codes.set(stolen, {
      challenge: 'A'.repeat(43),
      redirectUri: `${siteUrl}/auth/callback`,
      role: 'sme',
      org: '50000001',
      name: 'x',
    });
    const pkce = await fetch(
      `${siteUrl}/auth/callback?code=${stolen}&state=${third.authorize.searchParams.get('state')}`,
      {
        redirect: 'manual',
        headers: { cookie: third.cookies },
      },
    );
    expect(pkce.status).toBe(400);
  });

  it('signs out: the session cookie is cleared and the provider’s logout ends its session too', async () => {
    const page = await fetch(`${siteUrl}/`);
    const csrf = page.headers
      .getSetCookie()
      .find((c) => c.startsWith('im_csrf='))!
      .split(';')[0]!
      .slice('im_csrf='.length);
    const out = await fetch(`${siteUrl}/uitloggen`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `im_csrf=${csrf}; im_session=whatever`,
        origin: siteUrl,
      },
      body: `_csrf=${csrf}`,
    });
    expect(out.status).toBe(303);
    const logout = new URL(out.headers.get('location')!);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${providerUrl}/logout`);
    expect(logout.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(logout.searchParams.get('logout_uri')).toBe(`${siteUrl}/`);
    expect(out.headers.getSetCookie().find((c) => c.startsWith('im_session='))).toMatch(/Max-Age=0/);
  });
});
