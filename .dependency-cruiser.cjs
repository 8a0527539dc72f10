/**
 * The architecture, checked in `npm test` (npm run layers):
 *
 *   infra/ ─▶ functions/ ─▶ shared/<domain>/ ─▶ shared/kernel/, events/ ─▶ plumbing
 *   web/   ─▶ the route table and its schemas (a client of the API: never the table)
 *   web/<group>/<page>/ ─▶ its own folder, its group's shared files, web/kit/, web/i18n/
 *
 *   plumbing = shared/{platform,db,http,messaging,auth}: knows no domain.
 *   Arrows point one way; there are no cycles. Only plumbing and functions speak the AWS SDK.
 * Each rule has a seeded violation in test/unit/layers.test.ts that it must catch.
 */

/** Every folder of shared/ is in exactly one layer (test/unit/architecture.test.ts checks). */
const LAYERS = {
  plumbing: ['platform', 'db', 'http', 'messaging', 'auth'],
  kernel: ['kernel'],
  domain: [
    'audit',
    'awards',
    'challenges',
    'contracts',
    'documents',
    'evaluation',
    'follow-ups',
    'funding',
    'invoices',
    'notifications',
    'organisations',
    'people',
    'proposals',
    'questions',
    'reports',
    'system',
  ],
};
const folders = (names) => `^shared/(${names.join('|')})/`;
const PLUMBING = folders(LAYERS.plumbing);
const DOMAIN = folders(LAYERS.domain);

/** The site's user groups (web/groups.ts dispatches on them); each holds one folder per page. */
const GROUPS = ['public', 'company', 'buyer', 'assessor', 'programme', 'officer', 'account'];

/**
 * What of shared/ the site may read: the route table and its schemas, the kernel's vocabulary,
 * and pure helpers (the calendar, the one split function, the problem types). No use case,
 * repository, table or event: the site reaches data through the API only.
 */
const SITE_MAY_READ = [
  '^shared/routes\\.ts$',
  '^shared/http/route\\.ts$',
  '^shared/auth/(caller|assurance)\\.ts$',
  '^shared/kernel/',
  '^shared/platform/(problem-types|amsterdam|clock)\\.ts$',
  '^shared/[^/]+/schemas\\.ts$',
  '^shared/funding/split\\.ts$',
  '^shared/documents/limits\\.ts$',
  '^shared/challenges/(model|criteria)\\.ts$',
  '^shared/proposals/reference\\.ts$',
];

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle ties modules together so neither can change alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'plumbing-knows-no-domain',
      comment: 'Tables, HTTP, messaging, the platform and auth are generic: they import no domain.',
      severity: 'error',
      from: { path: PLUMBING },
      to: { path: [DOMAIN, '^shared/routes\\.ts$'] },
    },
    {
      name: 'shared-and-events-stay-below-functions',
      comment: 'Domains, plumbing and event contracts never import functions, infrastructure or the site.',
      severity: 'error',
      from: { path: '^(shared|events)/' },
      to: { path: '^(functions|infra|web)/' },
    },
    {
      name: 'events-are-contracts',
      comment: 'Event schemas import only the kernel, plumbing and each other: no domain logic.',
      severity: 'error',
      from: { path: '^events/' },
      to: { path: DOMAIN },
    },
    {
      name: 'kernel-imports-nothing-of-ours',
      severity: 'error',
      from: { path: '^shared/kernel/' },
      to: { path: '^(shared|events|functions|infra|web)/', pathNot: '^shared/kernel/' },
    },
    {
      name: 'domains-speak-no-aws-sdk',
      comment: 'Use cases and repositories go through shared/db (and other ports), never the AWS SDK itself.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: 'node_modules/@aws-sdk/' },
    },
    {
      name: 'site-is-an-api-client',
      comment:
        'The web site uses the public API with the user token: of shared/ only the route table, its schemas and pure helpers; no functions, events or AWS data clients.',
      severity: 'error',
      from: { path: '^web/' },
      to: {
        path: [
          '^shared/',
          '^functions/',
          '^events/',
          'node_modules/@aws-sdk/client-dynamodb',
          'node_modules/@aws-sdk/lib-dynamodb',
        ],
        pathNot: SITE_MAY_READ,
      },
    },
    {
      name: 'site-never-reaches-the-data-layer',
      comment:
        'Not even through a schema or a type: nothing the site imports leads to the table, the outbox or an AWS client (the site bundle stays small, and has no way in but the API).',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^shared/db/', '^shared/messaging/', 'node_modules/@aws-sdk/'], reachable: true },
    },
    {
      name: 'kit-knows-no-group',
      comment: "The site's kit and texts serve every group: they import no group's pages.",
      severity: 'error',
      from: { path: '^web/(kit|i18n)/' },
      to: { path: '^web/', pathNot: '^web/(kit|i18n|groups\\.ts$)' },
    },
    {
      name: 'groups-stay-apart',
      comment: 'A user group imports no other group: what two groups share belongs in web/kit/.',
      severity: 'error',
      from: { path: `^web/(${GROUPS.join('|')})/` },
      to: { path: '^web/', pathNot: ['^web/(kit|i18n)/', '^web/groups\\.ts$', '^web/$1/'] },
    },
    {
      name: 'pages-import-only-the-kit',
      comment:
        "A page folder imports its own files, its group's shared files (loaders), the kit and the texts: never another page's folder.",
      severity: 'error',
      from: { path: `^web/(${GROUPS.join('|')})/([^/]+)/` },
      to: { path: '^web/$1/[^/]+/', pathNot: '^web/$1/$2/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|cdk\\.out|\\.local|test-results)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};

// For the architecture tests (not part of the configuration dependency-cruiser validates).
Object.defineProperty(module.exports, 'LAYERS', { value: LAYERS, enumerable: false });
Object.defineProperty(module.exports, 'GROUPS', { value: GROUPS, enumerable: false });
