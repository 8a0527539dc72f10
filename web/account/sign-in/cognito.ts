import * as oauth from 'oauth4webapi';
import type { CognitoSignIn } from '#web/kit/context.tsx';

/**
 * Sign-in in AWS: Cognito's managed login with the OAuth 2.0 authorization code flow and PKCE
 * (S256), through `oauth4webapi`. The site is a public client (no secret); the verifier and the
 * state travel in a short-lived encrypted cookie, the tokens end up in the session cookie.
 */

const httpOptions = (config: CognitoSignIn) =>
  config.allowHttp ? { [oauth.allowInsecureRequests]: true } : {};

import { CALLBACK_PATH } from '#web/account/sign-in/callback.ts';
export const SCOPES = 'openid email profile';

let server: Promise<oauth.AuthorizationServer> | undefined;
let serverIssuer: string | undefined;
function authorizationServer(config: CognitoSignIn): Promise<oauth.AuthorizationServer> {
  if (!server || serverIssuer !== config.issuer) {
    serverIssuer = config.issuer;
    const issuer = new URL(config.issuer);
    server = oauth
      .discoveryRequest(issuer, { algorithm: 'oidc', ...httpOptions(config) })
      .then((response) => oauth.processDiscoveryResponse(issuer, response))
      .catch((error) => {
        server = undefined; // try again on the next sign-in
        throw error;
      });
  }
  return server;
}

export interface PendingSignIn {
  verifier: string;
  state: string;
  back: string;
}

/** Where to send the browser to sign in, and what to remember until it comes back. */
export async function startSignIn(
  config: CognitoSignIn,
  back: string,
): Promise<{ url: string; pending: PendingSignIn }> {
  const as = await authorizationServer(config);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint!);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', `${config.siteUrl}${CALLBACK_PATH}`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', SCOPES);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', state);
  return { url: url.href, pending: { verifier, state, back } };
}

/** Exchanges the code for tokens (checking state and PKCE); returns the access token and who it is. */
export async function finishSignIn(
  config: CognitoSignIn,
  callbackUrl: URL,
  pending: PendingSignIn,
): Promise<{ accessToken: string; expiresIn: number; label?: string }> {
  const as = await authorizationServer(config);
  const client: oauth.Client = { client_id: config.clientId };
  const params = oauth.validateAuthResponse(as, client, callbackUrl, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    `${config.siteUrl}${CALLBACK_PATH}`,
    pending.verifier,
    httpOptions(config),
  );
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
  const claims = oauth.getValidatedIdTokenClaims(tokens);
  const label =
    typeof claims?.name === 'string'
      ? claims.name
      : typeof claims?.email === 'string'
        ? claims.email
        : undefined;
  return {
    accessToken: tokens.access_token,
    expiresIn: tokens.expires_in ?? 3600,
    ...(label ? { label } : {}),
  };
}

/** Cognito's logout endpoint: ends the managed-login session too, then returns to the site. */
export function signOutUrl(config: CognitoSignIn): string {
  const url = new URL('/logout', config.domain);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('logout_uri', `${config.siteUrl}/`);
  return url.href;
}
