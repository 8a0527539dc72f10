import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { CALLBACK_PATH } from '#web/account/sign-in/callback.ts';
import { buildAssets } from '#web/kit/assets.ts';
import type { DemoIdentity, MailboxMessage } from '#web/kit/context.tsx';
import { sessionKey } from '#web/kit/session.ts';
import { createSite } from '#web/site.tsx';
import { BROKER_CLIENT_ID, type LocalBroker } from './broker.ts';
import { demoAddress } from './demo-address.ts';
import type { DevIssuer } from './dev-issuer.ts';
import { DEMO_ASSESSORS, DEMO_COMPANIES, DEMO_ORGANISATIONS } from './seed.ts';

/**
 * The web site on its own port, locally: the same app the site's Lambda runs, calling the local
 * API over HTTP, serving its assets itself, and signing people in through the dev issuer (the
 * sign-in page lists the seed's demo identities; it does not exist in AWS).
 */
export const DEMO_IDENTITIES: DemoIdentity[] = [
  ...DEMO_COMPANIES.map((company) => ({ role: 'sme' as const, org: company.kvk, label: company.name })),
  { role: 'buyer', org: DEMO_ORGANISATIONS.zuidHolland.oin, label: DEMO_ORGANISATIONS.zuidHolland.name },
  { role: 'buyer', org: DEMO_ORGANISATIONS.noordHolland.oin, label: DEMO_ORGANISATIONS.noordHolland.name },
  {
    role: 'assessor',
    org: DEMO_ASSESSORS[0]!.oin,
    sub: DEMO_ASSESSORS[0]!.assessorId,
    label: DEMO_ASSESSORS[0]!.name,
  },
  { role: 'programme', org: DEMO_ORGANISATIONS.ezk.oin, label: 'Programmabureau (EZK)' },
  { role: 'officer', org: DEMO_ORGANISATIONS.ezk.oin, label: 'Inkoopadviseur (EZK)' },
];

export interface LocalSite {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

export async function startLocalSite(options: {
  port: number;
  apiUrl: string;
  issuer: DevIssuer;
  /** The local eHerkenning/eIDAS broker companies sign in through (as through Cognito in AWS). */
  broker?: LocalBroker;
  now?: () => Date;
  /** The local SMTP server's messages, for the mailbox page. */
  mailbox?: () => MailboxMessage[];
}): Promise<LocalSite> {
  const assets = buildAssets();
  // The site's own address is part of its sign-in (the broker's redirect): it listens first.
  let app: ReturnType<typeof createSite> | undefined;
  const server = createAdaptorServer({ fetch: (request: Request) => app!.fetch(request) }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  options.broker?.allowSite(`${url}${CALLBACK_PATH}`);
  // Links in e-mail (an invitation, a decision letter) point at this site (in AWS: its domain).
  process.env.PUBLIC_SITE_URL = url;
  app = createSite({
    apiUrl: options.apiUrl,
    sessionKey: sessionKey(),
    secureCookies: false,
    assets: { manifest: assets.manifest, files: assets.assets },
    signIn: {
      kind: 'local',
      identities: DEMO_IDENTITIES,
      sign: async (claims) => ({
        // Demo people have a demo address; their mail lands in the local mailbox.
        token: await options.issuer.sign({ ...claims, email: demoAddress(claims) }),
        expiresAt: Math.floor(Date.now() / 1000) + 8 * 3600,
      }),
      ...(options.broker
        ? {
            broker: {
              issuer: options.broker.issuer,
              clientId: BROKER_CLIENT_ID,
              siteUrl: url,
              allowHttp: true,
            },
          }
        : {}),
    },
    ...(options.now ? { now: options.now } : {}),
    ...(options.mailbox ? { localMailbox: options.mailbox } : {}),
  });
  return {
    url,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
