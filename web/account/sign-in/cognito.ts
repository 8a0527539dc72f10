import * as oauth from 'oauth4webapi';
import { CALLBACK_PATH } from '#web/account/sign-in/callback.ts';
import type { OidcClient } from '#web/kit/context.tsx';
import { authorizationServer, httpOptions } from '#web/kit/oidc.ts';

/**
 * Sign-in with the OAuth 2.0 authorization code flow and PKCE (S256), through `oauth4webapi`: in
 * AWS against Cognito's managed login (officials; companies through their eHerkenning or eIDAS
 * broker behind it), locally against the local broker for companies. The site is a public client
 * (no secret); the verifier and the state travel in a short-lived encrypted cookie, the tokens end
 * up in the session cookie, the refresh token too (access tokens live 15 minutes).
 */

export const SCOPES = 'openid email profile';

export interface PendingSignIn {
  verifier: string;
  state: string;
  back: string;
  /** Which provider it went to: Cognito (AWS) or the local broker (companies, locally). */
  via?: 'cognito' | 'broker';
}

/** What to ask of the provider beyond the defaults. */
export interface SignInRequest {
  scope?: string;
  /** The level of assurance asked for (an `acr` value). */
  acr?: string;
  /** Cognito: go straight to this identity provider (a company's broker). */
  identityProvider?: string;
  /** Always show the sign-in page (a company may pick another company or a higher level). */
  prompt?: 'login';
}

/** Where to send the browser to sign in, and what to remember until it comes back. */
export async function startSignIn(
  config: OidcClient,
  back: string,
  request: SignInRequest = {},
): Promise<{ url: string; pending: PendingSignIn }> {
  const as = await authorizationServer(config);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint!);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', `${config.siteUrl}${CALLBACK_PATH}`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', request.scope ?? SCOPES);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', state);
  if (request.acr) url.searchParams.set('acr_values', request.acr);
  if (request.identityProvider) url.searchParams.set('identity_provider', request.identityProvider);
  if (request.prompt) url.searchParams.set('prompt', request.prompt);
  return { url: url.href, pending: { verifier, state, back } };
}

/** Exchanges the code for tokens (checking state and PKCE); returns the access token and who it is. */
export async function finishSignIn(
  config: OidcClient,
  callbackUrl: URL,
  pending: PendingSignIn,
): Promise<{ accessToken: string; expiresIn: number; refreshToken?: string; label?: string }> {
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
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
    ...(label ? { label } : {}),
  };
}
