import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '#shared/auth/caller.ts';
import { PROJECT_ROOT } from '../constructs/marketplace-function.ts';
import { loadDevIssuer } from './dev-issuer.ts';

/** `npm run token -- --role buyer --org <OIN|KvK> [--sub id] [--email a@b.nl] [--expires 8h]`: prints a dev token. */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    org: { type: 'string' },
    sub: { type: 'string' },
    email: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});

if (!values.role || !ROLES.includes(values.role as Role) || !values.org) {
  console.error(
    `Usage: npm run token -- --role <${ROLES.join('|')}> --org <OIN, or KvK number for sme> [--sub id] [--email address] [--expires 8h]`,
  );
  process.exit(2);
}
const issuer = await loadDevIssuer(path.join(PROJECT_ROOT, '.local'));
console.log(
  await issuer.sign(
    {
      role: values.role as Role,
      org: values.org,
      ...(values.sub ? { sub: values.sub } : {}),
      ...(values.email ? { email: values.email } : {}),
    },
    { expiresIn: values.expires },
  ),
);
