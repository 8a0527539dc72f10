import type { Hono } from 'hono';
import { CALLBACK_PATH } from './account/sign-in/callback.ts';
import type { SiteEnv } from './kit/context.tsx';

const callback = CALLBACK_PATH.slice(1);

/**
 * The site's user groups and the paths each serves: the one table the site dispatches on. A group
 * is loaded on its first request, so a cold start serving the public listing never loads the
 * buyer's pages. Each group's app guards its own paths by role (see its `index.ts`).
 */
export const GROUPS = [
  {
    name: 'account',
    // Sign-in and out, the language switch, e-mail settings, unsubscribing, the local mailbox.
    paths: new RegExp(
      `^/(inloggen(/bedrijf|/ambtenaar)?|uitloggen|uitnodiging/[^/]+|organisatie/medewerkers(/.*)?|${callback}|taal/[^/]+|mijn/e-mail(/.*)?|afmelden|lokaal/.*)$`,
    ),
    load: () => import('./account/index.ts').then((m) => m.account),
  },
  {
    name: 'buyer',
    // Buyers' calls from draft to contract, and co-funders' consent.
    paths: /^\/(beheer|medefinanciering)(\/|$)/,
    load: () => import('./buyer/index.ts').then((m) => m.buyer),
  },
  {
    name: 'assessor',
    paths: /^\/beoordelen(\/|$)/,
    load: () => import('./assessor/index.ts').then((m) => m.assessor),
  },
  {
    name: 'programme',
    paths: /^\/programma(\/|$)/,
    load: () => import('./programme/index.ts').then((m) => m.programme),
  },
  {
    name: 'officer',
    paths: /^\/rapporten(\/|$)/,
    load: () => import('./officer/index.ts').then((m) => m.officer),
  },
  {
    name: 'company',
    // A company's own pages, its proposals, and the decision letters (the buyer reads them too).
    paths: /^\/(mijn|voorstellen|beslissingen)(\/|$)|^\/oproepen\/[^/]+\/fase\//,
    load: () => import('./company/index.ts').then((m) => m.company),
  },
  {
    name: 'public',
    // Everything else: the home page, the listing, a call, open data; and the not-found page.
    paths: /^/,
    load: () => import('./public/index.ts').then((m) => m.publicGroup),
  },
] as const satisfies readonly { name: string; paths: RegExp; load: () => Promise<Hono<SiteEnv>> }[];

export type GroupName = (typeof GROUPS)[number]['name'];

export const groupOf = (path: string) => GROUPS.find((group) => group.paths.test(path)) ?? GROUPS.at(-1)!;
