import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import { oinSchema } from '#shared/kernel/vocabulary.ts';
import { ASSURANCE_LEVELS, type AssuranceLevel } from './assurance.ts';

export const ROLES = ['programme', 'buyer', 'assessor', 'sme', 'officer', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/** Claim names, shared by Cognito (custom attributes), the dev issuer and the handlers. */
export const CLAIMS = {
  role: 'custom:role',
  org: 'custom:org',
  /** A company's level of assurance (see assurance.ts). */
  assurance: 'custom:loa',
  /** The intermediary acting on a company's behalf, where the broker names one (its KvK number). */
  intermediary: 'custom:intermediary',
} as const;

/**
 * OAuth scopes: one per role on our resource server (`innovatiemarkt/buyer`, …). A token carries
 * the scope of its role; every protected route requires one of the scopes of the roles it admits
 * (API Gateway's JWT authorizer checks that in AWS, the local gateway does the same).
 */
export const SCOPE_SERVER = 'innovatiemarkt';
export const scopeFor = (role: Role) => `${SCOPE_SERVER}/${role}`;
/** The scopes a token grants: the space-separated `scope` claim (RFC 8693), as Cognito access tokens have it. */
export const scopesOf = (claims: Record<string, unknown>): string[] =>
  typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];

/** Who is calling, from verified token claims only. */
export interface Caller {
  role: Role;
  /** OIN for government roles; for companies a KvK number, an EU register's EUID or an EU VAT number. */
  org: string;
  sub: string;
  /** Where to send their e-mail: the identity's verified address (Cognito's `email`), if it has one. */
  email?: string;
  /** Companies: the level of assurance they signed in with (eHerkenning or eIDAS); none: the lowest. */
  assurance?: AssuranceLevel;
}

const claimsSchema = z
  .object({
    sub: z.string().check(z.minLength(1), z.maxLength(128)),
    [CLAIMS.role]: z.enum(ROLES),
    [CLAIMS.org]: z.string().check(z.minLength(1), z.maxLength(64)),
    email: z.catch(z.optional(z.email().check(z.maxLength(254))), undefined),
    [CLAIMS.assurance]: z.catch(z.optional(z.enum(ASSURANCE_LEVELS)), undefined),
  })
  .check(
    z.superRefine((claims, ctx) => {
      const role = claims[CLAIMS.role];
      const org = claims[CLAIMS.org];
      const ok = role === 'sme' ? companyIdSchema.safeParse(org).success : oinSchema.safeParse(org).success;
      if (!ok) ctx.addIssue({ code: 'custom', message: `organisation id does not fit role ${role}` });
    }),
  );

/** Turns verified claims into a caller, or undefined when they do not describe one. */
export function callerFromClaims(
  claims: Record<string, unknown> | undefined,
  scopes: readonly string[] = claims ? scopesOf(claims) : [],
): Caller | undefined {
  if (!claims) return undefined;
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return undefined;
  const role = parsed.data[CLAIMS.role];
  // The role claim and the granted scope must agree: a token cannot claim a role it was not given.
  if (!scopes.includes(scopeFor(role))) return undefined;
  const { email } = parsed.data;
  const assurance = role === 'sme' ? parsed.data[CLAIMS.assurance] : undefined;
  return {
    role,
    org: parsed.data[CLAIMS.org],
    sub: parsed.data.sub,
    ...(email ? { email } : {}),
    ...(assurance ? { assurance } : {}),
  };
}
