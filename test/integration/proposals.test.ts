import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '#shared/db/client.ts';
import { proposalKeys } from '#shared/db/keys.ts';
import { setClock } from '#shared/platform/clock.ts';
import { challengeBody, ORGS } from '../support/fixtures.ts';
import { marketplace, publishWithConsents } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

let api: TestApi;
let buyer: string;
let challengeId: string;
let phase1Deadline: string;
let phase2Deadline: string;
const company = { kvk: '12345678', token: '' };
const other = { kvk: '87654321', token: '' };
let restoreClock: (() => void) | undefined;

const profile = {
  name: 'Schoon Varen B.V.',
  btwId: 'NL123456782B01',
  staff: 12,
  turnoverCents: 150_000_000,
  balanceSheetCents: 80_000_000,
};
const proposal = {
  summary: 'Een walstroomsysteem voor binnenvaartschepen.',
  plan: 'Haalbaarheidsstudie in zes maanden: metingen, ontwerp, businesscase.',
  requestedAmountCents: 4_950_000,
  durationMonths: 6,
  documents: [{ title: 'Plan van aanpak', url: 'https://docs.schoonvaren.nl/plan.pdf' }],
};

/** Moves the shared clock (handlers run in this process); tokens keep real time. */
const at = (iso: string) => {
  restoreClock?.();
  restoreClock = setClock(() => new Date(iso));
};
const justAfter = (iso: string, ms = 1000) => new Date(new Date(iso).getTime() + ms).toISOString();

beforeAll(async () => {
  api = await marketplace();
  buyer = await api.as('buyer', ORGS.zuidHolland.oin);
  company.token = await api.as('sme', company.kvk);
  other.token = await api.as('sme', other.kvk);
  const created = await api.call('POST', '/challenges', { token: buyer, body: challengeBody() });
  challengeId = created.body.id;
  phase1Deadline = created.body.phases[0].submissionDeadline;
  phase2Deadline = created.body.phases[1].submissionDeadline;
  expect((await publishWithConsents(api, challengeId, buyer)).status).toBe(200);
});
afterEach(() => {
  restoreClock?.();
  restoreClock = undefined;
});
afterAll(() => api?.runtime.stop());

const submit = (token: string, phase = 1, body: unknown = proposal) =>
  api.call('POST', `/challenges/${challengeId}/phases/${phase}/proposals`, { token, body });

describe('company profile', () => {
  it('saves the SME declaration and computes the EU size class', async () => {
    const saved = await api.call('PUT', '/organisations/me', { token: company.token, body: profile });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ kvk: company.kvk, sizeClass: 'small', isSme: true, country: 'NL' });
    expect((await api.call('GET', '/organisations/me', { token: company.token })).body.name).toBe(
      'Schoon Varen B.V.',
    );
  });

  it('gives the company an address of its own: a sign-in without one (eHerkenning) can bid once the profile has it', async () => {
    const kvk = '61000009';
    // A broker's sign-in carries no e-mail address.
    const token = await api.as('sme', kvk, 'pseudonym-1', '', 'eh3');
    const body = { ...profile, btwId: undefined, name: 'Adres B.V.' };
    delete (body as { btwId?: string }).btwId;
    await api.call('PUT', '/organisations/me', { token, body });
    const unreachable = await api.call('POST', `/challenges/${challengeId}/phases/1/proposals`, {
      token,
      body: proposal,
    });
    expect(unreachable.status).toBe(422);
    expect(unreachable.body.type).toMatch(/notification-address-missing$/);
    const bad = await api.call('PUT', '/organisations/me', {
      token,
      body: { ...body, noticeEmail: 'geen adres' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.noticeEmail']);
    const saved = await api.call('PUT', '/organisations/me', {
      token,
      body: { ...body, noticeEmail: 'Inkoop@Adres.example' },
    });
    expect(saved.body.noticeEmail).toBe('inkoop@adres.example');
    const submitted = await api.call('POST', `/challenges/${challengeId}/phases/1/proposals`, {
      token,
      body: proposal,
    });
    expect(submitted.status).toBe(201);
    // Withdrawn again: the tests below count this challenge's bids.
    expect((await api.call('DELETE', `/proposals/${submitted.body.id}`, { token })).status).toBe(200);
  });

  it('refuses a bad VAT id, unknown fields, and other roles', async () => {
    expect(
      (
        await api.call('PUT', '/organisations/me', {
          token: company.token,
          body: { ...profile, btwId: 'NL123456789B01' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await api.call('PUT', '/organisations/me', {
          token: company.token,
          body: { ...profile, sizeClass: 'micro' },
        })
      ).status,
    ).toBe(400);
    expect((await api.call('PUT', '/organisations/me', { token: buyer, body: profile })).status).toBe(403);
    expect((await api.call('GET', '/organisations/me', { token: other.token })).status).toBe(404);
  });
});

describe('proposals', () => {
  it('needs a company profile first', async () => {
    const response = await submit(other.token);
    expect(response.status).toBe(422);
    expect(response.body.type).toMatch(/company-profile-missing$/);
  });

  it('one live proposal per company and phase; over the phase maximum is refused', async () => {
    const first = await submit(company.token);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      status: 'submitted',
      sizeClass: 'small',
      requestedAmountExclVatCents: 4_090_909,
      deadline: phase1Deadline,
    });
    await api.runtime.settle(); // the projections of the first submission are in
    const before = await tableSnapshot();
    const again = await submit(company.token);
    expect(again.status).toBe(409);
    expect(again.body.type).toMatch(/proposal-exists$/);
    expect(await tableSnapshot()).toEqual(before);
    await api.call('PUT', '/organisations/me', {
      token: other.token,
      body: { ...profile, name: 'Ander B.V.', btwId: undefined },
    });
    await api.runtime.settle();
    const snapshotAfterProfile = await tableSnapshot();
    const tooMuch = await submit(other.token, 1, { ...proposal, requestedAmountCents: 5_000_001 });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.maxPerContractCents).toBe(5_000_000);
    expect(await tableSnapshot()).toEqual(snapshotAfterProfile);
  });

  it('stays sealed for the buyer until the deadline; others are told it does not exist', async () => {
    const mine = (await api.call('GET', '/me/proposals', { token: company.token })).body.items[0];
    expect((await api.call('GET', `/proposals/${mine.id}`, { token: company.token })).status).toBe(200);
    const sealed = await api.call('GET', `/proposals/${mine.id}`, { token: buyer });
    expect(sealed.status).toBe(403);
    expect(sealed.body).toMatchObject({ type: expect.stringMatching(/sealed$/), deadline: phase1Deadline });
    expect((await api.call('GET', `/proposals/${mine.id}`, { token: other.token })).status).toBe(404);
    expect(
      (
        await api.call('GET', `/proposals/${mine.id}`, {
          token: await api.as('buyer', ORGS.noordHolland.oin),
        })
      ).status,
    ).toBe(404);

    at(justAfter(phase1Deadline));
    const opened = await api.call('GET', `/proposals/${mine.id}`, { token: buyer });
    expect(opened.status).toBe(200);
    expect(opened.body.plan).toBe(proposal.plan);
  });

  it('can be changed and withdrawn until the deadline, and a new one submitted after withdrawing', async () => {
    const { id } = (await api.call('GET', '/me/proposals', { token: company.token })).body.items[0];
    const revised = await api.call('PATCH', `/proposals/${id}`, {
      token: company.token,
      body: { requestedAmountCents: 4_000_000 },
    });
    expect(revised.body).toMatchObject({
      version: 2,
      requestedAmountCents: 4_000_000,
      requestedAmountExclVatCents: 3_305_785,
    });
    expect(
      (await api.call('PATCH', `/proposals/${id}`, { token: other.token, body: { durationMonths: 5 } }))
        .status,
    ).toBe(404);
    const withdrawn = await api.call('DELETE', `/proposals/${id}`, { token: company.token });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(
      (await api.call('PATCH', `/proposals/${id}`, { token: company.token, body: { durationMonths: 5 } }))
        .status,
    ).toBe(409);
    expect((await submit(company.token)).status).toBe(201);
  });

  it('after the deadline nothing changes, and a late submission gets a clear problem', async () => {
    const { id } = (await api.call('GET', '/me/proposals', { token: company.token })).body.items[0];
    at(justAfter(phase1Deadline));
    await api.runtime.settle();
    const before = await tableSnapshot();
    const late = await submit(other.token);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({
      type: expect.stringMatching(/deadline-passed$/),
      deadline: phase1Deadline,
    });
    expect(late.body.detail).toMatch(/\+0[12]:00/); // said in Amsterdam time
    expect(
      (await api.call('PATCH', `/proposals/${id}`, { token: company.token, body: { durationMonths: 5 } }))
        .status,
    ).toBe(409);
    expect((await api.call('DELETE', `/proposals/${id}`, { token: company.token })).status).toBe(409);
    expect(await tableSnapshot()).toEqual(before);

    const challenge = await api.call('GET', `/challenges/${challengeId}`);
    expect(challenge.body.phases.map((p: { status: string }) => p.status)).toEqual(['closed', 'open']);
  });

  it('phase 2 is open only to companies that completed a phase-1 contract in this challenge', async () => {
    at(justAfter(phase1Deadline));
    const refused = await submit(other.token, 2, { ...proposal, requestedAmountCents: 20_000_000 });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toMatch(/phase-2-requires-phase-1$/);
    // The award flow records eligibility when a phase-1 contract completes; here it is set directly.
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...proposalKeys.eligibility(challengeId, 2, company.kvk), entity: 'PhaseEligibility' },
      }),
    );
    expect((await submit(company.token, 2, { ...proposal, requestedAmountCents: 20_000_000 })).status).toBe(
      201,
    );
    at(justAfter(phase2Deadline));
    expect((await submit(company.token, 2)).status).toBe(409);
  });

  it('closes the phase at its deadline through the schedule made at publication, once', async () => {
    await api.runtime.settle(); // ChallengePublished reached the scheduling consumer
    const schedules = (await tableSnapshot()).filter(
      (i) =>
        i.entity === 'LocalSchedule' &&
        i.target === 'phaseCloser' &&
        (i.payload as { challengeId: string }).challengeId === challengeId,
    );
    expect(schedules.map((s) => s.at)).toEqual([phase1Deadline, phase2Deadline]);

    at(new Date(new Date(phase1Deadline).getTime() - 60_000).toISOString());
    // Phase 1's reminders (7 days and 1 day before) are due by now; its closing is not.
    expect(await api.runtime.scheduler.runDue()).toBe(2);
    expect(await api.runtime.scheduler.runDue()).toBe(0); // not yet
    const { handler: closer } = await import('#functions/scheduled/close-phase.ts');
    await expect(closer({ challengeId, phase: 1 })).rejects.toThrow(/not yet/); // fired early: refused, so it is retried

    at(justAfter(phase1Deadline));
    expect(await api.runtime.scheduler.runDue()).toBe(1);
    expect(await api.runtime.scheduler.runDue()).toBe(0);
    expect(await closer({ challengeId, phase: 1 })).toEqual({ closed: false }); // a repeat changes nothing
    const closed = (await tableSnapshot()).filter(
      (i) => i.entity === 'OutboxEvent' && i.detailType === 'PhaseClosed',
    );
    expect(closed.map((i) => JSON.parse(i.detail as string).data)).toEqual([
      expect.objectContaining({ challengeId, phase: 1, deadline: phase1Deadline, proposalCount: 1 }),
    ]);
  });

  it('lists a company’s own proposals only, newest first, in pages', async () => {
    const first = await api.call('GET', '/me/proposals?limit=1', { token: company.token });
    expect(first.body.items).toHaveLength(1);
    const second = await api.call('GET', `/me/proposals?limit=10&cursor=${first.body.nextCursor}`, {
      token: company.token,
    });
    const all = [...first.body.items, ...second.body.items];
    expect(all.every((p: { companyKvk: string }) => p.companyKvk === company.kvk)).toBe(true);
    expect(all.map((p: { submittedAt: string }) => p.submittedAt)).toEqual(
      [...all.map((p: { submittedAt: string }) => p.submittedAt)].sort().reverse(),
    );
    expect((await api.call('GET', '/me/proposals', { token: other.token })).body.items).toEqual([]);
    expect(
      (await api.call('GET', `/me/proposals?cursor=${first.body.nextCursor}`, { token: other.token })).status,
    ).toBe(400);
    expect((await api.call('GET', '/me/proposals', { token: buyer })).status).toBe(403);
  });
});
