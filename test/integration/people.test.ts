import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChain } from '#shared/audit/trail.ts';
import { setClock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { challengeBody, ORGS } from '../support/fixtures.ts';
import { draftedChallenge, expectStatus, marketplace, publishedChallenge } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * Issue #36, points 3, 4, 5 and 7: officials are invited. The programme office invites an
 * organisation's first administrator; the administrator invites colleagues with a role; a buyer
 * invites an outside expert to a committee. An invitation is a single-use link valid 7 days,
 * e-mailed; accepting it creates the account and the membership (and the address e-mail goes
 * to). Administrators list, change roles and revoke; a revoked member is refused at once where
 * money moves or is decided. Every grant, change and revocation is in the organisation's trail.
 */
let api: TestApi;
let programme: string;
beforeAll(async () => {
  api = await marketplace();
  programme = await api.as('programme', ORGS.ezk.oin);
});
afterAll(() => api?.runtime.stop());

const ZH = ORGS.zuidHolland.oin;
const PASSWORD = 'Lange-zin 2026 met cijfers!';

/** The link in the last invitation e-mail to an address: its id and code. */
function invitationMail(address: string) {
  const mail = api.runtime.mailbox
    .messages()
    .filter((m) => m.to.includes(address))
    .at(-1);
  expect(mail, `an invitation e-mail to ${address}`).toBeDefined();
  const link = new URL(/https?:\/\/\S+\/uitnodiging\/\S+/.exec(mail!.text)![0]);
  return { mail: mail!, id: link.pathname.split('/').at(-1)!, code: link.searchParams.get('code')! };
}

const accept = (id: string, code: string, password = PASSWORD) =>
  api.request(routes.acceptInvitation, { params: { invitationId: id }, body: { code, password } });

describe('people of a government organisation', () => {
  let adminToken: string;
  let buyerSub: string;

  it('the programme office invites the first administrator: an e-mailed single-use link; accepting creates the account and the membership', async () => {
    const invitation = await expectStatus(
      api.request(routes.inviteMember, {
        token: programme,
        params: { oin: ZH },
        body: { email: 'Beheer@Zuid-Holland.example', name: 'Bea Beheer', role: 'administrator' },
      }),
      201,
    );
    expect(invitation).toMatchObject({
      oin: ZH,
      organisationName: 'Provincie Zuid-Holland',
      email: 'beheer@zuid-holland.example',
      role: 'administrator',
    });
    expect(Date.parse(invitation.expiresAt) - Date.parse(invitation.invitedAt)).toBe(7 * 86_400_000);
    await api.runtime.settle();
    const { mail, id, code } = invitationMail('beheer@zuid-holland.example');
    expect(mail.subject).toBe('Uitnodiging voor de Innovatiemarkt van Provincie Zuid-Holland');
    expect(invitation.link).toContain(`/uitnodiging/${id}?code=${code}`);
    // The code is in no event (the audit trail keeps events): only in the e-mail.
    const { entries } = await readChain(`organisation:${ZH}`);
    expect(JSON.stringify(entries)).not.toContain(code);

    // What the link shows; then a weak password is refused at its field, nothing written.
    const shown = await expectStatus(
      api.request(routes.readInvitation, { params: { invitationId: id }, query: { code } }),
      200,
    );
    expect(shown.name).toBe('Bea Beheer');
    const before = await tableSnapshot();
    const weak = await accept(id, code, 'kort');
    expect(weak.status).toBe(400);
    expect(weak.problem?.errors?.map((e) => e.field)).toContain('body.password');
    expect(await tableSnapshot()).toEqual(before);

    const member = await expectStatus(accept(id, code), 201);
    expect(member).toMatchObject({ oin: ZH, name: 'Bea Beheer', role: 'administrator', status: 'active' });
    expect(api.runtime.accounts.verify('beheer@zuid-holland.example', PASSWORD)).toMatchObject({
      sub: member.sub,
      role: 'administrator',
      org: ZH,
    });
    adminToken = await api.as('administrator', ZH, member.sub);
    // Replayed: refused, nothing written.
    await api.runtime.settle();
    const afterAccept = await tableSnapshot();
    const replay = await accept(id, code);
    expect(replay.status).toBe(409);
    expect(replay.problem?.type).toMatch(/invitation-used$/);
    expect(await tableSnapshot()).toEqual(afterAccept);
  });

  it('refuses a forged or expired link, an invitation by the wrong party, and an address already in another organisation — nothing created', async () => {
    const invite = (token: string, oin: string, email: string, role = 'buyer') =>
      api.request(routes.inviteMember, {
        token,
        params: { oin },
        body: { email, name: 'Iemand Anders', role: role as 'buyer' },
      });
    const sent = await expectStatus(invite(adminToken, ZH, 'inkoper@zuid-holland.example'), 201);
    const { id, code } = invitationMail('inkoper@zuid-holland.example');
    expect(sent.id).toBe(id);
    await api.runtime.settle();
    const before = await tableSnapshot();
    // A forged code looks like an unknown invitation.
    const forged = await accept(id, `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`);
    expect(forged.status).toBe(404);
    // Seven days and a minute later: expired.
    const later = setClock(() => new Date(Date.parse(sent.expiresAt) + 60_000));
    try {
      const expired = await accept(id, code);
      expect(expired.status).toBe(409);
      expect(expired.problem?.type).toMatch(/invitation-expired$/);
    } finally {
      later();
    }
    // The programme office invites administrators only; another organisation's administrator nobody here.
    const byProgramme = await invite(programme, ZH, 'nog-een@zuid-holland.example');
    expect(byProgramme.status).toBe(403);
    expect(byProgramme.problem?.type).toMatch(/invitation-not-allowed$/);
    const otherAdmin = await api.as('administrator', ORGS.noordHolland.oin, 'nh-admin');
    const fromElsewhere = await invite(otherAdmin, ZH, 'nog-een@zuid-holland.example');
    expect(fromElsewhere.status).toBe(403);
    // The Zuid-Holland administrator's address cannot join Noord-Holland.
    const taken = await invite(otherAdmin, ORGS.noordHolland.oin, 'beheer@zuid-holland.example');
    expect(taken.status).toBe(409);
    expect(taken.problem?.type).toMatch(/address-in-other-organisation$/);
    // A buyer is no administrator.
    const buyer = await api.as('buyer', ZH);
    expect((await invite(buyer, ZH, 'nog-een@zuid-holland.example')).status).toBe(403);
    expect(await tableSnapshot()).toEqual(before);

    const joined = await expectStatus(accept(id, code), 201);
    expect(joined.role).toBe('buyer');
    buyerSub = joined.sub;
  });

  it('the administrator lists members by name, changes a role and revokes: a revoked buyer is refused at once where money moves', async () => {
    const list = await expectStatus(
      api.request(routes.listMembers, { token: adminToken, params: { oin: ZH } }),
      200,
    );
    expect(list.items.map((m) => [m.name, m.role])).toEqual([
      ['Bea Beheer', 'administrator'],
      ['Iemand Anders', 'buyer'],
    ]);
    // The buyer drafts a call, then is revoked: publishing (money moves) is refused at once,
    // though the token has not run out; reading still works until it does.
    const buyer = await api.as('buyer', ZH, buyerSub);
    const draft = await draftedChallenge(api, { token: buyer, body: challengeBody() });
    const changed = await expectStatus(
      api.request(routes.changeMemberRole, {
        token: adminToken,
        params: { oin: ZH, sub: buyerSub },
        body: { role: 'officer' },
      }),
      200,
    );
    expect(changed.role).toBe('officer');
    expect(api.runtime.accounts.find('inkoper@zuid-holland.example')?.role).toBe('officer');
    await expectStatus(
      api.request(routes.changeMemberRole, {
        token: adminToken,
        params: { oin: ZH, sub: buyerSub },
        body: { role: 'buyer' },
      }),
      200,
    );
    const revoked = await expectStatus(
      api.request(routes.revokeMember, { token: adminToken, params: { oin: ZH, sub: buyerSub } }),
      200,
    );
    expect(revoked.status).toBe('revoked');
    expect(api.runtime.accounts.verify('inkoper@zuid-holland.example', PASSWORD)).toBeUndefined();
    const publish = await api.request(routes.publishChallenge, {
      token: buyer,
      params: { challengeId: draft.id },
    });
    expect(publish.status).toBe(403);
    expect(publish.problem?.type).toMatch(/member-revoked$/);
    const read = await api.request(routes.getChallenge, { token: buyer, params: { challengeId: draft.id } });
    expect(read.status).toBe(200);
    // The administrator does not revoke themselves.
    const self = await api.request(routes.revokeMember, {
      token: adminToken,
      params: { oin: ZH, sub: (await api.runtime.accounts.find('beheer@zuid-holland.example'))!.sub },
    });
    expect(self.status).toBe(409);

    await api.runtime.settle();
    const { entries } = await readChain(`organisation:${ZH}`);
    expect(entries.map((e) => e.action).filter((a) => a.startsWith('Member'))).toEqual([
      'MemberInvited',
      'MemberJoined',
      'MemberInvited',
      'MemberJoined',
      'MemberRoleChanged',
      'MemberRoleChanged',
      'MemberRevoked',
    ]);
    const revocation = entries.find((e) => e.action === 'MemberRevoked')!;
    expect(revocation.actor).toMatchObject({ role: 'administrator', org: ZH });
  });

  it('a buyer invites an outside expert to a committee and names the committee from its assessors, by name', async () => {
    const assessorInvite = await expectStatus(
      api.request(routes.inviteMember, {
        token: adminToken,
        params: { oin: ZH },
        body: { email: 'beoordelaar@zuid-holland.example', name: 'Kees Keurder', role: 'assessor' },
      }),
      201,
    );
    const own = invitationMail(assessorInvite.email);
    const assessor = await expectStatus(accept(own.id, own.code), 201);

    const buyer = await api.as('buyer', ZH, 'zh-buyer');
    const challenge = await publishedChallenge(api, { token: buyer, body: challengeBody() });
    const expertInvite = await expectStatus(
      api.request(routes.inviteExpert, {
        token: buyer,
        params: { challengeId: challenge.id, phase: 1 },
        body: {
          email: 'prof@universiteit.example',
          name: 'Prof. Dr. Els Expert',
          organisationName: 'TU Delft',
        },
      }),
      201,
    );
    expect(expertInvite.expert).toEqual({
      organisationName: 'TU Delft',
      challengeId: challenge.id,
      phase: 1,
    });
    const mail = invitationMail('prof@universiteit.example');
    expect(mail.mail.text).toContain('als externe deskundige in een beoordelingscommissie');
    const expert = await expectStatus(accept(mail.id, mail.code), 201);
    // Another buyer cannot invite to this call.
    const other = await api.as('buyer', ORGS.noordHolland.oin);
    const refused = await api.request(routes.inviteExpert, {
      token: other,
      params: { challengeId: challenge.id, phase: 1 },
      body: { email: 'x@universiteit.example', name: 'X Y', organisationName: 'UvA' },
    });
    expect(refused.status).toBe(404);

    const candidates = await expectStatus(api.request(routes.assessorCandidates, { token: buyer }), 200);
    expect(candidates.items).toEqual([
      {
        oin: ZH,
        assessorId: assessor.sub,
        name: 'Kees Keurder',
        organisationName: 'Provincie Zuid-Holland',
        expert: false,
      },
      {
        oin: ZH,
        assessorId: expert.sub,
        name: 'Prof. Dr. Els Expert',
        organisationName: 'TU Delft',
        expert: true,
      },
    ]);
    // Named by the ids the directory gave: the experts sign in with exactly those.
    await expectStatus(
      api.request(routes.nameCommittee, {
        token: buyer,
        params: { challengeId: challenge.id, phase: 1 },
        body: {
          assessors: candidates.items.map((c) => ({ oin: c.oin, assessorId: c.assessorId, name: c.name })),
        },
      }),
      200,
    );
    await api.runtime.settle();
    // The expert's invitation and joining are in the call's trail, with names beside the ids.
    const { entries } = await readChain(`challenge:${challenge.id}`);
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['MemberInvited', 'MemberJoined']));
    const closed = setClock(() => new Date(Date.parse(challenge.phases[0]!.submissionDeadline) + 60_000));
    try {
      const trail = await expectStatus(
        api.request(routes.challengeAuditTrail, {
          token: await api.as('officer', ZH),
          params: { challengeId: challenge.id },
        }),
        200,
      );
      const joined = trail.entries.find((e) => e.action === 'MemberJoined')!;
      expect(joined.names).toEqual({
        person: 'Prof. Dr. Els Expert',
        organisation: 'Provincie Zuid-Holland',
      });
      expect(joined.actor).toMatchObject({ role: 'assessor', org: ZH, sub: expert.sub });
    } finally {
      closed();
    }
  });
});
