import type { Role } from '#shared/auth/caller.ts';

/**
 * Local sign-in (never in AWS): the local runtime hands the site its dev issuer, which signs a
 * token for any role and organisation, and the seed's demo identities to offer on the page.
 */
export interface DemoIdentity {
  role: Role;
  org: string;
  sub?: string;
  label: string;
}

export interface LocalSignIn {
  kind: 'local';
  identities: DemoIdentity[];
  /** Signs an API token as the dev issuer does for `npm run token`. */
  sign: (claims: { role: Role; org: string; sub?: string }) => Promise<{ token: string; expiresAt: number }>;
}
