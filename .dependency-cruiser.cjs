/**
 * The architecture, checked in `npm test` (npm run layers):
 *
 *   infra/ ─▶ functions/ ─▶ shared/<domain>/ ─▶ shared/kernel/, events/ ─▶ plumbing
 *   web/   ─▶ the route table and its schemas (a client of the API: never the table)
 *
 *   plumbing = shared/{platform,db,http,messaging,auth}: knows no domain.
 *   Arrows point one way; there are no cycles. Only plumbing and functions speak the AWS SDK.
 */
const PLUMBING = '^shared/(platform|db|http|messaging|auth)/';
const DOMAIN =
  '^shared/(audit|awards|challenges|documents|evaluation|follow-ups|funding|organisations|proposals|questions|reports|system)/';

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
      comment: 'The web site uses the public API with the user token: no table, use case or repository.',
      severity: 'error',
      from: { path: '^web/' },
      to: {
        path: [
          '^shared/db/',
          '^shared/[^/]+/(use-cases|repository|money)\\.ts$',
          '^functions/',
          'node_modules/@aws-sdk/client-dynamodb',
          'node_modules/@aws-sdk/lib-dynamodb',
        ],
      },
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
