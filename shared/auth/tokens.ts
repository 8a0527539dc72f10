import { createLocalJWKSet, createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { config } from '#shared/platform/config.ts';

export { bearerToken } from './bearer.ts';

/**
 * Verifies a bearer token against the configured issuer: signature (from the JWKS), `iss`,
 * `aud`, `exp`/`nbf`, and an allow-list of algorithms (so `alg: none` or HS256 tricks fail).
 * Used by the local gateway for protected routes (as the API Gateway JWT authorizer does in AWS)
 * and by handlers of public routes that show more to a verified caller.
 */
const ALGORITHMS = ['RS256', 'ES256'];

let keySet: ReturnType<typeof createRemoteJWKSet> | ReturnType<typeof createLocalJWKSet> | undefined;
let keySetSource: string | undefined;

function keys() {
  const inline = config.tokenJwksInline();
  const url = config.tokenJwksUrl();
  const source = inline ?? url;
  if (!source) throw new Error('TOKEN_JWKS or TOKEN_JWKS_URL must be set');
  if (!keySet || keySetSource !== source) {
    keySet = inline ? createLocalJWKSet(JSON.parse(inline)) : createRemoteJWKSet(new URL(url!));
    keySetSource = source;
  }
  return keySet;
}

export async function verifyToken(token: string): Promise<JWTPayload | undefined> {
  try {
    const { payload } = await jwtVerify(token, keys(), {
      // One issuer in AWS (the user pool); locally also the broker (comma-separated).
      issuer: config.tokenIssuer().split(','),
      algorithms: ALGORITHMS,
      clockTolerance: 5,
    });
    // Like the JWT authorizer: `aud` (ID tokens) or `client_id` (Cognito access tokens) must match.
    // Several clients may be configured (comma-separated): API tools and the web site.
    const audiences = config.tokenAudience().split(',');
    const aud = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
    if (!audiences.some((audience) => aud.includes(audience) || payload.client_id === audience))
      return undefined;
    return payload;
  } catch {
    return undefined;
  }
}
