import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { newEvent } from '#events/envelope.ts';
import {
  MemberInvitedV1,
  MemberJoinedV1,
  MemberRevokedV1,
  MemberRoleChangedV1,
} from '#events/organisations/membership.v1.ts';
import { accounts } from '#shared/auth/accounts.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { ENTITY, notificationKeys, peopleKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItem, queryAll, transact } from '#shared/db/store.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { requireGovernmentOrganisations } from '#shared/organisations/registry.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, forbidden, notFound, validationFailed } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { sendInvitation } from './invitation-mail.ts';
import type { ExpertInviteInput, InvitationView, InviteInput, MemberRole, MemberView } from './schemas.ts';

/**
 * People of a government organisation. The programme office invites each organisation's first
 * administrator; an administrator invites colleagues with a role, changes roles and revokes; a
 * buyer invites an outside expert to one committee. An invitation is a single-use link valid 7
 * days, its code stored only as a hash; accepting it creates the account (Cognito in AWS) and the
 * membership, and records the address e-mail goes to. An address belongs to one organisation.
 * Every grant, change and revocation is an event in that organisation's audit trail.
 */
export const INVITATION_DAYS = 7;

interface StoredInvitation {
  id: string;
  oin: string;
  organisationName: string;
  email: string;
  name: string;
  role: MemberRole;
  codeHash: string;
  invitedBy: { role: string; org: string; sub: string };
  invitedAt: string;
  expiresAt: string;
  acceptedAt?: string;
  expert?: { organisationName: string; challengeId: string; phase: number };
}

export interface StoredMember {
  oin: string;
  sub: string;
  name: string;
  email: string;
  role: MemberRole;
  status: 'active' | 'revoked';
  joinedAt: string;
  revokedAt?: string;
  expert?: { organisationName: string };
  invitationId: string;
}

const hashOf = (code: string) => createHash('sha256').update(code).digest('hex');

const invitationView = (i: StoredInvitation, link?: string): InvitationView => ({
  id: i.id,
  oin: i.oin,
  organisationName: i.organisationName,
  email: i.email,
  name: i.name,
  role: i.role,
  ...(i.expert ? { expert: i.expert } : {}),
  invitedAt: i.invitedAt,
  expiresAt: i.expiresAt,
  ...(i.acceptedAt ? { acceptedAt: i.acceptedAt } : {}),
  ...(link ? { link } : {}),
});

const memberView = (m: StoredMember): MemberView => ({
  oin: m.oin,
  sub: m.sub,
  name: m.name,
  email: m.email,
  role: m.role,
  status: m.status,
  ...(m.expert ? { expert: m.expert } : {}),
  joinedAt: m.joinedAt,
  ...(m.revokedAt ? { revokedAt: m.revokedAt } : {}),
});

/** Who may invite whom: the programme office an organisation's administrator; its administrator anyone of it. */
function assertMayInvite(caller: Caller, oin: string, role: MemberRole) {
  if (caller.role === 'programme') {
    if (role !== 'administrator')
      throw forbidden(
        'invitation-not-allowed',
        "The programme office invites an organisation's first administrator; the administrator invites the others.",
      );
    return;
  }
  if (caller.role === 'administrator' && caller.org === oin) return;
  throw forbidden('invitation-not-allowed', 'Only an administrator of this organisation invites its people.');
}

/** An address already a member elsewhere (or here) cannot be invited: one person, one organisation. */
async function assertAddressFree(email: string, oin: string) {
  const owner = await getItem<{ oin: string; status?: string }>(peopleKeys.address(email), {
    consistent: true,
  });
  if (owner && owner.status !== 'revoked')
    throw conflict(
      owner.oin === oin ? 'already-member' : 'address-in-other-organisation',
      owner.oin === oin
        ? 'This address is already a member of this organisation.'
        : 'This address belongs to a member of another organisation; a person acts for one organisation.',
    );
}

async function createInvitation(
  invitation: Omit<StoredInvitation, 'codeHash' | 'invitedAt' | 'expiresAt' | 'id'>,
  ctx: RequestContext,
): Promise<InvitationView> {
  await assertAddressFree(invitation.email, invitation.oin);
  const id = newId();
  const code = randomBytes(32).toString('base64url');
  const now = clock.nowIso();
  const stored: StoredInvitation = {
    ...invitation,
    id,
    codeHash: hashOf(code),
    invitedAt: now,
    expiresAt: new Date(Date.parse(now) + INVITATION_DAYS * 86_400_000).toISOString(),
  };
  await transact([
    {
      item: {
        Put: {
          Item: {
            ...peopleKeys.invitation(id),
            ...peopleKeys.invitationOfOrganisation(invitation.oin, now, id),
            entity: ENTITY.invitation,
            ...stored,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    outboxWrite(
      newEvent(
        MemberInvitedV1,
        {
          invitationId: id,
          oin: invitation.oin,
          name: invitation.name,
          role: invitation.role,
          invitedAt: now,
          expiresAt: stored.expiresAt,
          ...(invitation.expert
            ? {
                challengeId: invitation.expert.challengeId,
                phase: invitation.expert.phase,
                expertOrganisation: invitation.expert.organisationName,
              }
            : {}),
        },
        eventContext(ctx),
      ),
    ),
  ]);
  const link = await sendInvitation(stored, code);
  return invitationView(stored, link);
}

export async function inviteMember(
  oin: string,
  input: InviteInput,
  ctx: RequestContext,
): Promise<InvitationView> {
  assertMayInvite(ctx.caller, oin, input.role);
  const organisation = (await requireGovernmentOrganisations([oin])).get(oin)!;
  return createInvitation(
    {
      oin,
      organisationName: organisation.name,
      email: input.email,
      name: input.name,
      role: input.role,
      invitedBy: { role: ctx.caller.role, org: ctx.caller.org, sub: ctx.caller.sub },
    },
    ctx,
  );
}

/** A buyer invites an outside expert as assessor of its organisation, for one committee of its own call. */
export async function inviteExpert(
  challengeId: string,
  phase: number,
  input: ExpertInviteInput,
  ctx: RequestContext,
): Promise<InvitationView> {
  const challenge = await getChallenge(challengeId);
  if (!challenge || challenge.leadBuyer.oin !== ctx.caller.org) throw notFound('Challenge', challengeId);
  if (!challenge.phases.some((p) => p.number === phase)) throw notFound('Phase', `${challengeId}/${phase}`);
  return createInvitation(
    {
      oin: ctx.caller.org,
      organisationName: challenge.leadBuyer.name,
      email: input.email,
      name: input.name,
      role: 'assessor',
      invitedBy: { role: ctx.caller.role, org: ctx.caller.org, sub: ctx.caller.sub },
      expert: { organisationName: input.organisationName, challengeId, phase },
    },
    ctx,
  );
}

/** What the link shows before it is accepted (public: the code is the key). */
export async function readInvitation(invitationId: string, code: string): Promise<InvitationView> {
  return invitationView(await validInvitation(invitationId, code));
}

async function validInvitation(invitationId: string, code: string): Promise<StoredInvitation> {
  const item = await getItem(peopleKeys.invitation(invitationId), { consistent: true });
  const invitation = item ? withoutKeys<StoredInvitation>(item) : undefined;
  // A forged code and an unknown invitation look alike: nothing tells which ids exist.
  const expected = Buffer.from(invitation?.codeHash ?? hashOf('none'));
  const given = Buffer.from(hashOf(code));
  if (!invitation || !timingSafeEqual(expected, given)) throw notFound('Invitation', invitationId);
  if (invitation.acceptedAt)
    throw conflict(
      'invitation-used',
      'This invitation has been accepted already; sign in with your account.',
      {
        acceptedAt: invitation.acceptedAt,
      },
    );
  if (invitation.expiresAt <= clock.nowIso())
    throw conflict(
      'invitation-expired',
      'This invitation has expired; ask your administrator for a new one.',
      { expiredAt: invitation.expiresAt },
    );
  return invitation;
}

/**
 * Accepting: the account is created with the chosen password (TOTP is set up at the first
 * sign-in), then the membership, the address e-mail goes to and the invitation's use, in one
 * transaction that a second acceptance cannot pass.
 */
export async function acceptInvitation(
  invitationId: string,
  input: { code: string; password: string },
  correlationId: string,
): Promise<MemberView> {
  const invitation = await validInvitation(invitationId, input.code);
  await assertAddressFree(invitation.email, invitation.oin);
  const created = await accounts().create({
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    org: invitation.oin,
    password: input.password,
  });
  if ('exists' in created)
    throw conflict('address-in-other-organisation', 'An account with this address exists already.');
  const now = clock.nowIso();
  const member: StoredMember = {
    oin: invitation.oin,
    sub: created.sub,
    name: invitation.name,
    email: invitation.email,
    role: invitation.role,
    status: 'active',
    joinedAt: now,
    invitationId,
    ...(invitation.expert ? { expert: { organisationName: invitation.expert.organisationName } } : {}),
  };
  const caller: Caller = {
    role: invitation.role,
    org: invitation.oin,
    sub: created.sub,
    email: invitation.email,
  };
  await transact([
    {
      item: {
        Update: {
          Key: peopleKeys.invitation(invitationId),
          UpdateExpression: 'SET acceptedAt = :now',
          ConditionExpression: 'attribute_not_exists(acceptedAt)',
          ExpressionAttributeValues: { ':now': now },
        },
      },
      onConditionFailed: () => conflict('invitation-used', 'This invitation has been accepted already.'),
    },
    {
      item: {
        Put: {
          Item: { ...peopleKeys.member(member.oin, member.sub), entity: ENTITY.member, ...member },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      item: {
        Put: {
          Item: {
            ...peopleKeys.address(member.email),
            entity: ENTITY.memberAddress,
            oin: member.oin,
            sub: member.sub,
            status: 'active',
          },
        },
      },
    },
    // E-mail reaches the new member from now on, whether or not they ever opened their settings.
    {
      item: {
        Put: {
          Item: {
            ...notificationKeys.subscriber(member.oin, member.sub),
            entity: ENTITY.subscriber,
            org: member.oin,
            sub: member.sub,
            role: member.role,
            email: member.email,
            fromIdentity: true,
            language: 'nl',
            off: [],
            unsubscribeKey: randomBytes(24).toString('base64url'),
            updatedAt: now,
          },
        },
      },
    },
    outboxWrite(
      newEvent(
        MemberJoinedV1,
        {
          invitationId,
          oin: member.oin,
          sub: member.sub,
          name: member.name,
          role: member.role,
          joinedAt: now,
          ...(invitation.expert ? { challengeId: invitation.expert.challengeId } : {}),
        },
        eventContext({ caller, correlationId }),
      ),
    ),
  ]);
  return memberView(member);
}

function assertAdministers(caller: Caller, oin: string) {
  if (caller.role === 'programme' || (caller.role === 'administrator' && caller.org === oin)) return;
  throw forbidden('not-administrator', 'Only an administrator of this organisation manages its people.');
}

/** The members of an organisation and its open invitations, by name. */
export async function listMembers(oin: string, caller: Caller) {
  assertAdministers(caller, oin);
  const [members, invitations] = await Promise.all([
    queryAll<StoredMember>({
      partition: peopleKeys.organisationPartition(oin),
      prefix: peopleKeys.memberPrefix,
    }),
    queryAll<StoredInvitation>({
      partition: peopleKeys.invitationsPartition(oin),
      index: 'gsi1',
    }),
  ]);
  const now = clock.nowIso();
  return {
    items: members
      .map((m) => memberView(withoutKeys<StoredMember>(m as never)))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    invitations: invitations
      .map((i) => withoutKeys<StoredInvitation>(i as never))
      .filter((i) => !i.acceptedAt && i.expiresAt > now)
      .map((i) => invitationView(i)),
  };
}

async function memberOf(oin: string, sub: string): Promise<StoredMember> {
  const item = await getItem(peopleKeys.member(oin, sub), { consistent: true });
  if (!item) throw notFound('Member', `${oin}/${sub}`);
  return withoutKeys<StoredMember>(item);
}

export async function changeRole(
  oin: string,
  sub: string,
  role: MemberRole,
  ctx: RequestContext,
): Promise<MemberView> {
  if (ctx.caller.role !== 'administrator' || ctx.caller.org !== oin)
    throw forbidden('not-administrator', 'Only an administrator of this organisation changes roles.');
  const member = await memberOf(oin, sub);
  if (member.status === 'revoked') throw conflict('member-revoked', 'This member was revoked.');
  if (member.role === role) return memberView(member);
  if (member.expert)
    throw validationFailed([{ field: 'body.role', message: 'an outside expert only assesses' }]);
  await accounts().setRole(member.email, role);
  const now = clock.nowIso();
  await transact([
    {
      item: {
        Update: {
          Key: peopleKeys.member(oin, sub),
          UpdateExpression: 'SET #role = :role',
          ConditionExpression: '#role = :was AND #status = :active',
          ExpressionAttributeNames: { '#role': 'role', '#status': 'status' },
          ExpressionAttributeValues: { ':role': role, ':was': member.role, ':active': 'active' },
        },
      },
      onConditionFailed: () => conflict('concurrent-change', 'This member changed meanwhile; reload.'),
    },
    outboxWrite(
      newEvent(
        MemberRoleChangedV1,
        { oin, sub, from: member.role, to: role, changedAt: now },
        eventContext(ctx),
      ),
    ),
  ]);
  return memberView({ ...member, role });
}

/**
 * Revoking: the account can no longer sign in and its refresh tokens stop working (its access
 * token runs out within 15 minutes); routes that move money or decide refuse it at once.
 */
export async function revokeMember(oin: string, sub: string, ctx: RequestContext): Promise<MemberView> {
  assertAdministers(ctx.caller, oin);
  if (ctx.caller.org === oin && ctx.caller.sub === sub)
    throw conflict(
      'cannot-revoke-self',
      'An administrator does not revoke themselves; ask another administrator.',
    );
  const member = await memberOf(oin, sub);
  if (member.status === 'revoked') return memberView(member);
  await accounts().disable(member.email);
  const now = clock.nowIso();
  await transact([
    {
      item: {
        Update: {
          Key: peopleKeys.member(oin, sub),
          UpdateExpression: 'SET #status = :revoked, revokedAt = :now',
          ConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':revoked': 'revoked', ':active': 'active', ':now': now },
        },
      },
      onConditionFailed: () => conflict('concurrent-change', 'This member changed meanwhile; reload.'),
    },
    {
      item: {
        Update: {
          Key: peopleKeys.address(member.email),
          UpdateExpression: 'SET #status = :revoked',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':revoked': 'revoked' },
        },
      },
    },
    // No more e-mail to someone who left.
    { item: { Delete: { Key: notificationKeys.subscriber(oin, sub) } } },
    outboxWrite(newEvent(MemberRevokedV1, { oin, sub, revokedAt: now }, eventContext(ctx))),
  ]);
  return memberView({ ...member, status: 'revoked', revokedAt: now });
}

/** The assessors a buyer may name to a committee: its organisation's assessors and the experts it invited. */
export async function assessorCandidates(caller: Caller) {
  const members = await queryAll<StoredMember>({
    partition: peopleKeys.organisationPartition(caller.org),
    prefix: peopleKeys.memberPrefix,
  });
  const organisation = (await requireGovernmentOrganisations([caller.org])).get(caller.org)!;
  return {
    items: members
      .map((m) => withoutKeys<StoredMember>(m as never))
      .filter((m) => m.status === 'active' && m.role === 'assessor')
      .map((m) => ({
        oin: m.oin,
        assessorId: m.sub,
        name: m.name,
        organisationName: m.expert?.organisationName ?? organisation.name,
        expert: Boolean(m.expert),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}

/**
 * For routes that move money or decide: a revoked member is refused at once, whatever their
 * access token still says. Identities without a membership (before invitations, local developer
 * tokens) pass; a revocation always leaves its record.
 */
export async function assertActiveMember(caller: Caller): Promise<void> {
  if (caller.role === 'sme') return;
  const item = await getItem<{ status?: string }>(peopleKeys.member(caller.org, caller.sub), {
    consistent: true,
  });
  if (item?.status === 'revoked')
    throw forbidden('member-revoked', 'Your access to this organisation was revoked.');
}
