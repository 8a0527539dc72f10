import path from 'node:path';
import { parseArgs } from 'node:util';
import { ASSURANCE_LEVELS, type AssuranceLevel } from '#shared/auth/assurance.ts';
import { ROLES, type Role } from '#shared/auth/caller.ts';
import { PROJECT_ROOT } from '../constructs/marketplace-function.ts';
import { loadDevIssuer } from './dev-issuer.ts';

/** `npm run token -- --role buyer --org <OIN|KvK> [--sub id] [--email a@b.nl] [--expires 8h] [--loa eh3]`: prints a dev token. */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    org: { type: 'string' },
    sub: { type: 'string' },
    email: { type: 'string' },
    expires: { type: 'string', default: '8h' },
    /** A company's level of assurance (eh2, eh2+, eh3, eh4, eidas-…); default the highest. */
    loa: { type: 'string' },
  },
});

if (
  !values.role ||
  !ROLES.includes(values.role as Role) ||
  !values.org ||
  (values.loa !== undefined && !ASSURANCE_LEVELS.includes(values.loa as AssuranceLevel))
) {
  console.error(
    `Usage: npm run token -- --role <${ROLES.join('|')}> --org <OIN, or KvK number for sme> [--sub id] [--email address] [--expires 8h] [--loa <${ASSURANCE_LEVELS.join('|')}>, companies; default eh4]`,
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
      ...(values.loa ? { assurance: values.loa as AssuranceLevel } : {}),
    },
    { expiresIn: values.expires },
  ),
);
