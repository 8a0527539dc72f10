import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { type AssuranceLevel, HIGHEST_ASSURANCE } from '#shared/auth/assurance.ts';
import { CLAIMS, type Role, scopeFor } from '#shared/auth/caller.ts';

/**
 * The local stand-in for Cognito: signs tokens with a key kept in `.local/`, and publishes the
 * public key as a JWKS that the gateway and handlers verify against — the same checks
 * (signature, issuer, audience, expiry, algorithm) as in AWS.
 */
export const DEV_ISSUER = 'https://dev-issuer.innovatiemarkt.local';
export const DEV_AUDIENCE = 'innovatiemarkt-local';
const ALG = 'ES256';

export interface DevIssuer {
  issuer: string;
  audience: string;
  jwks: { keys: JWK[] };
  sign: (
    claims: { role: Role; org: string; sub?: string; email?: string; assurance?: AssuranceLevel },
    options?: { expiresIn?: string },
  ) => Promise<string>;
}

export async function loadDevIssuer(directory: string): Promise<DevIssuer> {
  const file = path.join(directory, 'dev-issuer-key.json');
  let privateJwk: JWK;
  if (existsSync(file)) {
    privateJwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  } else {
    const { privateKey } = await generateKeyPair(ALG, { extractable: true });
    privateJwk = { ...(await exportJWK(privateKey)), kid: `dev-${Date.now().toString(36)}`, alg: ALG };
    mkdirSync(directory, { recursive: true });
    writeFileSync(file, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  const { d: _secret, ...publicJwk } = privateJwk;
  const key = await importJWK(privateJwk, ALG);
  return {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    jwks: { keys: [{ ...publicJwk, use: 'sig' }] },
    sign: ({ role, org, sub, email, assurance }, options = {}) =>
      new SignJWT({
        [CLAIMS.role]: role,
        [CLAIMS.org]: org,
        scope: scopeFor(role),
        ...(email ? { email } : {}),
        // A developer's company token acts at the highest level unless a lower one is asked for.
        ...(role === 'sme' ? { [CLAIMS.assurance]: assurance ?? HIGHEST_ASSURANCE } : {}),
      })
        .setProtectedHeader({ alg: ALG, kid: privateJwk.kid!, typ: 'JWT' })
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setSubject(sub ?? `${role}-${org}`)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '8h')
        .sign(key),
  };
}

/** The issuer's tokens by position, as the runtime and the tests ask for them. */
export const signerOf =
  (issuer: DevIssuer) =>
  (role: Role, org: string, sub?: string, email?: string, assurance?: AssuranceLevel): Promise<string> =>
    issuer.sign({
      role,
      org,
      ...(sub ? { sub } : {}),
      ...(email ? { email } : {}),
      ...(assurance ? { assurance } : {}),
    });
