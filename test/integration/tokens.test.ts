import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER } from '#infra/local/dev-issuer.ts';
import { CLAIMS } from '#shared/auth/caller.ts';
import { challengeBody, ORGS } from '../support/fixtures.ts';
import { marketplace } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

let api: TestApi;
let devKey: JWK;

beforeAll(async () => {
  api = await marketplace({ funded: false });
  devKey = JSON.parse(readFileSync(path.join(api.stateDir, 'dev-issuer-key.json'), 'utf8')) as JWK;
});
afterAll(() => api?.runtime.stop());

const claims = { [CLAIMS.role]: 'buyer', [CLAIMS.org]: ORGS.zuidHolland.oin, scope: 'innovatiemarkt/buyer' };

async function signed(
  options: {
    key?: JWK;
    issuer?: string;
    audience?: string;
    expires?: string | number;
    extra?: Record<string, unknown>;
  } = {},
) {
  const key = await importJWK(options.key ?? devKey, 'ES256');
  return new SignJWT({ ...claims, ...options.extra })
    .setProtectedHeader({ alg: 'ES256', kid: devKey.kid! })
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? DEV_AUDIENCE)
    .setSubject('tester')
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '1h')
    .sign(key);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('tokens are verified like the API Gateway JWT authorizer', () => {
  it('a valid dev-issuer token is accepted', async () => {
    const response = await api.call('POST', '/challenges', { token: await signed(), body: challengeBody() });
    expect(response.status).toBe(201);
  });

  const refused: [string, () => Promise<string>][] = [
    ['expired', () => signed({ expires: Math.floor(Date.now() / 1000) - 60 })],
    ['wrong audience', () => signed({ audience: 'someone-else' })],
    ['wrong issuer', () => signed({ issuer: 'https://evil.example' })],
    [
      'signed with another key',
      async () => {
        const { privateKey } = await generateKeyPair('ES256', { extractable: true });
        const { exportJWK } = await import('jose');
        return signed({ key: { ...(await exportJWK(privateKey)), kid: devKey.kid } });
      },
    ],
    [
      'alg none',
      async () =>
        `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iss: DEV_ISSUER, aud: DEV_AUDIENCE, sub: 'x', exp: 9_999_999_999 })}.`,
    ],
    ['garbage', async () => 'not.a.token'],
  ];

  it.each(refused)('%s → 401 problem, nothing written', async (_name, make) => {
    await api.runtime.settle(); // projections of earlier requests are in: compare like with like
    const before = await tableSnapshot();
    const response = await api.call('POST', '/challenges', { token: await make(), body: challengeBody() });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await tableSnapshot()).toEqual(before);
  });

  it('a valid token whose claims name no known role is refused', async () => {
    const response = await api.call('POST', '/challenges', {
      token: await signed({ extra: { [CLAIMS.role]: 'admin' } }),
      body: challengeBody(),
    });
    expect(response.status).toBe(401);
    expect(response.body.type).toMatch(/invalid-claims$/);
  });

  it('a token needs the scope of a role the route admits (403), and its role claim must match its scope (401)', async () => {
    const noScope = await api.call('POST', '/challenges', {
      token: await signed({ extra: { scope: undefined } }),
      body: challengeBody(),
    });
    expect(noScope.status).toBe(403);
    expect(noScope.body.type).toMatch(/insufficient-scope$/);
    expect(noScope.body.requiredScopes).toEqual(['innovatiemarkt/buyer']);
    // Claims the programme role with a buyer's scope: the programme route refuses the scope…
    const envelope = await api.call('PUT', `/programme-years/2030/envelopes/${ORGS.ezk.oin}`, {
      token: await signed({ extra: { [CLAIMS.role]: 'programme' } }),
      body: { caps: [{ instrument: 'sbir', capCents: 1 }] },
    });
    expect(envelope.status).toBe(403);
    // …and a buyer route refuses the role it was not given.
    const mismatch = await api.call('POST', '/challenges', {
      token: await signed({ extra: { [CLAIMS.role]: 'programme' } }),
      body: challengeBody(),
    });
    expect(mismatch.status).toBe(401);
    expect(mismatch.body.type).toMatch(/invalid-claims$/);
  });

  it('a Cognito-style access token (client_id instead of aud) is accepted, with another client id refused', async () => {
    const key = await importJWK(devKey, 'ES256');
    const access = (clientId: string) =>
      new SignJWT({ ...claims, client_id: clientId, token_use: 'access' })
        .setProtectedHeader({ alg: 'ES256', kid: devKey.kid! })
        .setIssuer(DEV_ISSUER)
        .setSubject('tester')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(key);
    expect(
      (await api.call('POST', '/challenges', { token: await access(DEV_AUDIENCE), body: challengeBody() }))
        .status,
    ).toBe(201);
    expect(
      (
        await api.call('POST', '/challenges', {
          token: await access('another-client'),
          body: challengeBody(),
        })
      ).status,
    ).toBe(401);
  });

  it('a bad token on a public route is refused too, rather than silently ignored', async () => {
    const response = await api.call('GET', '/challenges', { token: await signed({ audience: 'x' }) });
    expect(response.status).toBe(401);
  });
});
