import * as oauth from 'oauth4webapi';
import type { CognitoSignIn, OidcClient, SiteOptions } from './context.tsx';

/**
 * The OpenID providers the site signs people in with, as every page needs them: discovery (once
 * per issuer) and renewing a session's access token. The sign-in and callback pages are the
 * account group's (web/account/sign-in).
 */
export const httpOptions = (config: OidcClient) =>
  config.allowHttp ? { [oauth.allowInsecureRequests]: true } : {};

const servers = new Map<string, Promise<oauth.AuthorizationServer>>();
export function authorizationServer(config: OidcClient): Promise<oauth.AuthorizationServer> {
  let server = servers.get(config.issuer);
  if (!server) {
    const issuer = new URL(config.issuer);
    server = oauth
      .discoveryRequest(issuer, { algorithm: 'oidc', ...httpOptions(config) })
      .then((response) => oauth.processDiscoveryResponse(issuer, response))
      .catch((error) => {
        servers.delete(config.issuer); // try again on the next sign-in
        throw error;
      });
    servers.set(config.issuer, server);
  }
  return server;
}

/** A new access token for a refresh token; undefined when the provider refuses it (revoked, expired). */
export async function refreshSignIn(
  config: OidcClient,
  refreshToken: string,
): Promise<{ accessToken: string; expiresIn: number; refreshToken?: string } | undefined> {
  try {
    const as = await authorizationServer(config);
    const client: oauth.Client = { client_id: config.clientId };
    const response = await oauth.refreshTokenGrantRequest(
      as,
      client,
      oauth.None(),
      refreshToken,
      httpOptions(config),
    );
    const tokens = await oauth.processRefreshTokenResponse(as, client, response);
    return {
      accessToken: tokens.access_token,
      expiresIn: tokens.expires_in ?? 900,
      ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Cognito's logout endpoint: ends the managed-login session too, then returns to the site. */
export function signOutUrl(config: CognitoSignIn): string {
  const url = new URL('/logout', config.domain);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('logout_uri', `${config.siteUrl}/`);
  return url.href;
}

/** The provider a sign-in went to: Cognito in AWS; the local broker for companies locally. */
export function providerOf(
  signIn: SiteOptions['signIn'],
  via: 'cognito' | 'broker' | undefined,
): OidcClient | undefined {
  if (signIn.kind === 'cognito') return signIn;
  return via === 'broker' ? signIn.broker : undefined;
}
