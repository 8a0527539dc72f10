import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import type { AssetManifest } from '#web/kit/assets.ts';
import type { SiteEnv } from '#web/kit/context.tsx';
import { sessionKeyFromSecret } from '#web/kit/session.ts';
import { createSite } from '#web/site.tsx';

/**
 * The web site's Lambda (behind CloudFront, through its own HTTP API). Its settings come from an
 * SSM parameter written by CDK (API URL, site URL, Cognito client and domain: values that would
 * otherwise make the stack depend on itself) and the session key from Secrets Manager, both read
 * once per cold start. It has no table permission: everything goes through the public API.
 */
interface SiteConfig {
  apiUrl: string;
  siteUrl: string;
  issuer: string;
  clientId: string;
  loginDomain: string;
}

let app: Promise<Hono<SiteEnv>> | undefined;

async function build(): Promise<Hono<SiteEnv>> {
  const [parameter, secret] = await Promise.all([
    new SSMClient({}).send(new GetParameterCommand({ Name: process.env.SITE_CONFIG_PARAMETER })),
    new SecretsManagerClient({}).send(
      new GetSecretValueCommand({ SecretId: process.env.SITE_SESSION_SECRET }),
    ),
  ]);
  const config = JSON.parse(parameter.Parameter?.Value ?? '{}') as SiteConfig;
  return createSite({
    apiUrl: config.apiUrl.replace(/\/$/, ''),
    sessionKey: sessionKeyFromSecret(secret.SecretString ?? ''),
    secureCookies: true,
    assets: { manifest: JSON.parse(process.env.SITE_ASSETS ?? '{}') as AssetManifest },
    signIn: {
      kind: 'cognito',
      issuer: config.issuer,
      clientId: config.clientId,
      domain: config.loginDomain,
      siteUrl: config.siteUrl,
    },
  });
}

export const handler: ReturnType<typeof handle> = async (event, context) => {
  app ??= build().catch((error) => {
    app = undefined; // the next request tries again
    throw error;
  });
  return handle(await app)(event, context);
};
