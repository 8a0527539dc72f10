import { z } from 'zod';
import { kvkSchema, oinSchema } from '#shared/challenges/vocabulary.ts';

export const ROLES = ['programme', 'buyer', 'assessor', 'sme', 'officer'] as const;
export type Role = (typeof ROLES)[number];

/** Claim names, shared by Cognito (custom attributes), the dev issuer and the handlers. */
export const CLAIMS = { role: 'custom:role', org: 'custom:org' } as const;

/** Who is calling, from verified token claims only. */
export interface Caller {
  role: Role;
  /** OIN for government roles, KvK number for companies. */
  org: string;
  sub: string;
}

const claimsSchema = z
  .object({
    sub: z.string().min(1).max(128),
    [CLAIMS.role]: z.enum(ROLES),
    [CLAIMS.org]: z.string().min(1).max(32),
  })
  .superRefine((claims, ctx) => {
    const role = claims[CLAIMS.role];
    const org = claims[CLAIMS.org];
    const ok = role === 'sme' ? kvkSchema.safeParse(org).success : oinSchema.safeParse(org).success;
    if (!ok) ctx.addIssue({ code: 'custom', message: `organisation id does not fit role ${role}` });
  });

/** Turns verified claims into a caller, or undefined when they do not describe one. */
export function callerFromClaims(claims: Record<string, unknown> | undefined): Caller | undefined {
  if (!claims) return undefined;
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return undefined;
  return { role: parsed.data[CLAIMS.role], org: parsed.data[CLAIMS.org], sub: parsed.data.sub };
}
