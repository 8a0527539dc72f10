import * as z from 'zod/mini';
import { oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/*
 * The people of a government organisation: invited, joined, given another role, revoked. Each is
 * an entry in the organisation's audit trail (an outside expert's, in the trail of the call they
 * were invited for). No secret travels in them: the invitation's code is only in its e-mail.
 */
const role = z.enum(['buyer', 'officer', 'assessor', 'administrator']);
const sub = z.string().check(z.minLength(1), z.maxLength(128));

export const MemberInvitedV1 = defineEvent({
  source: SOURCES.organisations,
  detailType: 'MemberInvited',
  version: 1,
  description:
    'Someone was invited to a government organisation with a role (an outside expert to one committee).',
  data: z.strictObject({
    invitationId: z.uuid(),
    oin: oinSchema,
    name: z.string().check(z.maxLength(200)),
    role,
    invitedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    /** An outside expert: the call and phase whose committee they are invited for, and where they work. */
    challengeId: z.optional(z.uuid()),
    phase: z.optional(z.int().check(z.gte(1), z.lte(3))),
    expertOrganisation: z.optional(z.string().check(z.maxLength(200))),
  }),
  example: {
    invitationId: '5b1f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
    oin: '00000099000000002000',
    name: 'Anna de Vries',
    role: 'buyer',
    invitedAt: '2026-12-07T10:00:00.000Z',
    expiresAt: '2026-12-14T10:00:00.000Z',
  },
});

export const MemberJoinedV1 = defineEvent({
  source: SOURCES.organisations,
  detailType: 'MemberJoined',
  version: 1,
  description: 'An invitation was accepted: the account exists and the person is a member with its role.',
  data: z.strictObject({
    invitationId: z.uuid(),
    oin: oinSchema,
    sub,
    name: z.string().check(z.maxLength(200)),
    role,
    joinedAt: z.iso.datetime(),
    challengeId: z.optional(z.uuid()),
  }),
  example: {
    invitationId: '5b1f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
    oin: '00000099000000002000',
    sub: 'c0a8012e-7f3b-4a1d-9e2f-3b4c5d6e7f80',
    name: 'Anna de Vries',
    role: 'buyer',
    joinedAt: '2026-12-08T09:00:00.000Z',
  },
});

export const MemberRoleChangedV1 = defineEvent({
  source: SOURCES.organisations,
  detailType: 'MemberRoleChanged',
  version: 1,
  description: "An administrator changed a member's role.",
  data: z.strictObject({ oin: oinSchema, sub, from: role, to: role, changedAt: z.iso.datetime() }),
  example: {
    oin: '00000099000000002000',
    sub: 'c0a8012e-7f3b-4a1d-9e2f-3b4c5d6e7f80',
    from: 'buyer',
    to: 'officer',
    changedAt: '2026-12-09T09:00:00.000Z',
  },
});

export const MemberRevokedV1 = defineEvent({
  source: SOURCES.organisations,
  detailType: 'MemberRevoked',
  version: 1,
  description:
    "An administrator revoked a member's access (no sign-in; money and decisions refused at once).",
  data: z.strictObject({ oin: oinSchema, sub, revokedAt: z.iso.datetime() }),
  example: {
    oin: '00000099000000002000',
    sub: 'c0a8012e-7f3b-4a1d-9e2f-3b4c5d6e7f80',
    revokedAt: '2026-12-10T09:00:00.000Z',
  },
});
