import * as z from 'zod/mini';
import { nameSchema, oinSchema } from '#shared/kernel/vocabulary.ts';

/**
 * People of the government organisations, as the API takes and answers them: invitations, the
 * members an administrator manages, the assessors a buyer may name.
 */

/** The roles an organisation gives its people (the programme office's own are set up once). */
export const MEMBER_ROLES = ['buyer', 'officer', 'assessor', 'administrator'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const emailSchema = z
  .string()
  .check(z.trim(), z.toLowerCase(), z.maxLength(254), z.email('an e-mail address like naam@provincie.nl'));

export const oinParams = z.strictObject({ oin: oinSchema });
export const memberParams = z.strictObject({
  oin: oinSchema,
  sub: z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[A-Za-z0-9._@-]+$/)),
});
export const invitationParams = z.strictObject({ invitationId: z.uuid() });

/** Inviting a colleague (an administrator: any role of its organisation; the programme office: its first administrator). */
export const inviteBody = z.strictObject({
  email: emailSchema,
  name: nameSchema(2, 200),
  role: z.enum(MEMBER_ROLES),
});

/** A buyer invites an outside expert to assess in one committee. */
export const expertInviteBody = z.strictObject({
  email: emailSchema,
  name: nameSchema(2, 200),
  /** Where the expert works (a university, a knowledge institute). */
  organisationName: nameSchema(2, 200),
});

/** Accepting: the link's secret code, and the password the new account signs in with. */
export const acceptBody = z.strictObject({
  code: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'the code from the invitation link')),
  password: z
    .string()
    .check(
      z.minLength(12),
      z.maxLength(256),
      z.regex(/[a-z]/, 'at least one lower-case letter'),
      z.regex(/[A-Z]/, 'at least one capital'),
      z.regex(/\d/, 'at least one digit'),
      z.regex(/[^A-Za-z0-9]/, 'at least one symbol'),
    ),
});

export const changeRoleBody = z.strictObject({ role: z.enum(MEMBER_ROLES) });

export const invitationView = z.object({
  id: z.uuid(),
  oin: z.string(),
  organisationName: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(MEMBER_ROLES),
  /** An outside expert: where they work, and the committee they are invited to. */
  expert: z.optional(z.object({ organisationName: z.string(), challengeId: z.uuid(), phase: z.int() })),
  invitedAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.optional(z.string()),
  /** Only in the answer to the one who invited, once: the link to send (locally it is also e-mailed). */
  link: z.optional(z.string()),
});

export const memberView = z.object({
  oin: z.string(),
  sub: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(MEMBER_ROLES),
  status: z.enum(['active', 'revoked']),
  expert: z.optional(z.object({ organisationName: z.string() })),
  joinedAt: z.string(),
  revokedAt: z.optional(z.string()),
});

export const memberList = z.object({
  items: z.array(memberView),
  invitations: z.array(invitationView),
});

/** The assessors a buyer may name: its own organisation's and the experts it invited. */
export const assessorCandidates = z.object({
  items: z.array(
    z.object({
      oin: z.string(),
      assessorId: z.string(),
      name: z.string(),
      organisationName: z.string(),
      expert: z.boolean(),
    }),
  ),
});

export type InviteInput = z.infer<typeof inviteBody>;
export type ExpertInviteInput = z.infer<typeof expertInviteBody>;
export type InvitationView = z.infer<typeof invitationView>;
export type MemberView = z.infer<typeof memberView>;
