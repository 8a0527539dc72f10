import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEnvelopes, setEnvelope } from '#shared/funding/envelopes.ts';
import { routes } from '#shared/routes.ts';
import {
  challengeBody,
  fundThisYear,
  ORGS,
  registerOrganisations,
  SME_KVK,
  THIS_YEAR,
} from '../support/fixtures.ts';
import {
  consentOfEveryCoFunder,
  draftedChallenge,
  marketplace,
  publishWithConsents,
} from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

let api: TestApi;
let programme: string;
let zuidHolland: string;
let noordHolland: string;

beforeAll(async () => {
  api = await marketplace({ funded: false });
  programme = await api.as('programme', ORGS.ezk.oin);
  zuidHolland = await api.as('buyer', ORGS.zuidHolland.oin);
  noordHolland = await api.as('buyer', ORGS.noordHolland.oin);
});
afterAll(() => api?.runtime.stop());

const envelopeOf = async (holderOin: string, instrument = 'sbir', year = THIS_YEAR) =>
  (await listEnvelopes(year)).find((e) => e.holderOin === holderOin && e.instrument === instrument);

/** A draft its co-funders have approved already (consent is not what these tests are about). */
const draft = async (token: string, body = challengeBody()) => {
  const { id } = await draftedChallenge(api, { token, body });
  await consentOfEveryCoFunder(api, id, token);
  return id;
};

describe('envelopes (programme office)', () => {
  it('sets caps per instrument and shows cap, reserved, awarded and remaining, per side and in all', async () => {
    const put = await api.call('PUT', '/programme-years/2018/envelopes/00000099000000001000', {
      token: programme,
      body: { caps: [{ instrument: 'sbir', capCents: 250_000_000 }] },
    });
    expect(put.status).toBe(200);
    const group = await api.call('PUT', `/programme-years/2018/envelopes/${ORGS.ipo.oin}`, {
      token: programme,
      body: {
        caps: [{ instrument: 'sbir', capCents: 250_000_000 }],
        members: [ORGS.zuidHolland.oin, ORGS.noordHolland.oin],
      },
    });
    expect(group.body[0]).toMatchObject({
      capCents: 250_000_000,
      reservedCents: 0,
      remainingCents: 250_000_000,
      side: 'co-funder',
    });

    const officer = await api.as('officer', ORGS.ezk.oin);
    const list = await api.call('GET', '/programme-years/2018/envelopes', { token: officer });
    expect(list.status).toBe(200);
    expect(list.body.totals.sbir).toEqual({
      ezk: { capCents: 250_000_000, reservedCents: 0, awardedCents: 0, remainingCents: 250_000_000 },
      coFunders: { capCents: 250_000_000, reservedCents: 0, awardedCents: 0, remainingCents: 250_000_000 },
      all: { capCents: 500_000_000, reservedCents: 0, awardedCents: 0, remainingCents: 500_000_000 },
    });
  });

  it('only the programme office sets envelopes; companies and anonymous callers do not see them', async () => {
    const body = { caps: [{ instrument: 'sbir', capCents: 1 }] };
    expect(
      (await api.call('PUT', `/programme-years/2019/envelopes/${ORGS.ezk.oin}`, { token: zuidHolland, body }))
        .status,
    ).toBe(403);
    expect((await api.call('GET', '/programme-years/2018/envelopes')).status).toBe(401);
    expect(
      (await api.call('GET', '/programme-years/2018/envelopes', { token: await api.as('sme', SME_KVK) }))
        .status,
    ).toBe(403);
    expect(
      (await api.call('PUT', `/programme-years/18/envelopes/${ORGS.ezk.oin}`, { token: programme, body }))
        .status,
    ).toBe(400);
    expect(
      (await api.call('PUT', '/programme-years/2019/envelopes/not-an-oin', { token: programme, body }))
        .status,
    ).toBe(400);
  });

  it('refuses a funder in two envelopes of one year', async () => {
    await setEnvelope(2017, ORGS.ipo.oin, {
      caps: [{ instrument: 'sbir', capCents: 1000 }],
      members: [ORGS.utrecht.oin],
    });
    const response = await api.call('PUT', `/programme-years/2017/envelopes/${ORGS.zuidHolland.oin}`, {
      token: programme,
      body: { caps: [{ instrument: 'sbir', capCents: 1000 }], members: [ORGS.utrecht.oin] },
    });
    expect(response.status).toBe(409);
    expect(response.body.type).toMatch(/member-of-other-envelope$/);
  });

  it('membership is per year and instrument, removing a member removes its routing, and EZK carries none', async () => {
    const put = (holder: string, body: unknown) =>
      api.call('PUT', `/programme-years/2016/envelopes/${holder}`, { token: programme, body });
    // Utrecht draws from IPO for SBIR, and from Zuid-Holland's envelope for partnerships.
    expect(
      (
        await put(ORGS.ipo.oin, {
          caps: [{ instrument: 'sbir', capCents: 100_000 }],
          members: [ORGS.utrecht.oin],
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await put(ORGS.zuidHolland.oin, {
          caps: [{ instrument: 'innovation-partnership', capCents: 100_000 }],
          members: [ORGS.utrecht.oin],
        })
      ).status,
    ).toBe(200);
    const routing = async () =>
      (await tableSnapshot())
        .filter((i) => i.pk === 'YEAR#2016' && String(i.sk).startsWith('MEMBER#'))
        .map((i) => `${i.memberOin} ${i.instrument} → ${i.holderOin}`)
        .sort();
    expect(await routing()).toEqual(
      [
        `${ORGS.utrecht.oin} sbir → ${ORGS.ipo.oin}`,
        `${ORGS.utrecht.oin} innovation-partnership → ${ORGS.zuidHolland.oin}`,
      ].sort(),
    );
    // IPO drops Utrecht: its SBIR routing goes; the partnership routing stays.
    expect(
      (await put(ORGS.ipo.oin, { caps: [{ instrument: 'sbir', capCents: 100_000 }], members: [] })).status,
    ).toBe(200);
    expect(await routing()).toEqual([`${ORGS.utrecht.oin} innovation-partnership → ${ORGS.zuidHolland.oin}`]);
    expect((await envelopeOf(ORGS.ipo.oin, 'sbir', 2016))?.members).toEqual([]);
    // EZK's envelope carries EZK's half only; nothing is written.
    await api.runtime.settle();
    const before = await tableSnapshot();
    const ezk = await put(ORGS.ezk.oin, {
      caps: [{ instrument: 'sbir', capCents: 100_000 }],
      members: [ORGS.utrecht.oin],
    });
    expect(ezk.status).toBe(400);
    expect(ezk.body.errors).toEqual([expect.objectContaining({ field: 'body.members' })]);
    expect(await tableSnapshot()).toEqual(before);
  });
});

describe('publishing reserves, cancelling releases', () => {
  beforeAll(() => fundThisYear(1_000_000_000));

  it('reserves each funder’s exact share in its envelope (a province through IPO’s)', async () => {
    const ezkBefore = (await envelopeOf(ORGS.ezk.oin))!.remainingCents;
    const ipoBefore = (await envelopeOf(ORGS.ipo.oin))!.remainingCents;
    const odd = challengeBody({
      funders: [
        { oin: ORGS.ezk.oin, shareBasisPoints: 5000 },
        { oin: ORGS.noordHolland.oin, shareBasisPoints: 3333 },
        { oin: ORGS.utrecht.oin, shareBasisPoints: 1667 },
      ],
      phases: [{ ...challengeBody().phases[0]!, budgetCents: 10_000_001 }],
    });
    const id = await draft(noordHolland, odd);
    const published = await publishWithConsents(api, id, noordHolland);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.programmeYear).toBe(THIS_YEAR);
    // 10.000.001 cents: EZK 5.000.000,5 → 5.000.001 (first on ties); NH 3.333.000,33 → 3.333.000; UT 1.667.000,17 → 1.667.000
    expect(published.body.fundingSplit).toEqual([
      { funderOin: ORGS.ezk.oin, amountCents: 5_000_001 },
      { funderOin: ORGS.noordHolland.oin, amountCents: 3_333_000 },
      { funderOin: ORGS.utrecht.oin, amountCents: 1_667_000 },
    ]);
    expect(published.body.reservations).toEqual([
      {
        holderOin: ORGS.ezk.oin,
        instrument: 'sbir',
        funderOins: [ORGS.ezk.oin],
        amountCents: 5_000_001,
      },
      {
        holderOin: ORGS.ipo.oin,
        instrument: 'sbir',
        funderOins: [ORGS.noordHolland.oin, ORGS.utrecht.oin],
        amountCents: 5_000_000,
      },
    ]);
    expect((await envelopeOf(ORGS.ezk.oin))!.remainingCents).toBe(ezkBefore - 5_000_001);
    expect((await envelopeOf(ORGS.ipo.oin))!.remainingCents).toBe(ipoBefore - 5_000_000);

    const cancelled = await api.call('POST', `/challenges/${id}/cancel`, {
      token: noordHolland,
      body: { reason: 'Herzien na marktconsultatie' },
    });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'Herzien na marktconsultatie',
    });
    expect((await envelopeOf(ORGS.ezk.oin))!.remainingCents).toBe(ezkBefore);
    expect((await envelopeOf(ORGS.ipo.oin))!.remainingCents).toBe(ipoBefore);
    expect((await envelopeOf(ORGS.ipo.oin))!.reservedCents).toBe(0);

    await api.runtime.settle();
    const listed = await api.call('GET', '/challenges?status=cancelled');
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(
      (await api.call('GET', '/challenges?status=published')).body.items.map((i: { id: string }) => i.id),
    ).not.toContain(id);
  });

  it('a cancelled challenge cannot be cancelled or published again', async () => {
    const id = await draft(zuidHolland);
    expect(
      (await api.call('POST', `/challenges/${id}/cancel`, { token: zuidHolland, body: { reason: 'dubbel' } }))
        .status,
    ).toBe(200);
    expect(
      (await api.call('POST', `/challenges/${id}/cancel`, { token: zuidHolland, body: { reason: 'dubbel' } }))
        .status,
    ).toBe(409);
    expect((await publishWithConsents(api, id, zuidHolland)).status).toBe(409);
  });

  it('refuses an overrun, naming the funder and the shortfall, and writes nothing', async () => {
    await setEnvelope(THIS_YEAR, ORGS.zuidHolland.oin, {
      caps: [
        { instrument: 'sbir', capCents: (await envelopeOf(ORGS.zuidHolland.oin))!.reservedCents + 1_000_000 },
      ],
    });
    const id = await draft(zuidHolland); // € 1 mln budget: Zuid-Holland's half is € 500.000, room is € 10.000
    await api.runtime.settle();
    const before = await tableSnapshot();
    // The check before the button says the same, per envelope, and what bidders would miss.
    const check = await api.request(routes.publicationCheck, {
      token: zuidHolland,
      params: { challengeId: id },
    });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      programmeYear: THIS_YEAR,
      ready: false,
      violations: [],
      consents: expect.arrayContaining([
        expect.objectContaining({
          funder: 'Provincie Zuid-Holland',
          status: 'lead',
          amountCents: 50_000_000,
        }),
        expect.objectContaining({ funderOin: ORGS.ezk.oin, amountCents: 50_000_000 }),
      ]),
      missingDocuments: ['challenge-description', 'model-contract', 'ip-terms'],
    });
    expect(check.body.envelopes.find((e) => e.holderOin === ORGS.zuidHolland.oin)).toMatchObject({
      neededCents: 50_000_000,
      remainingCents: 1_000_000,
      problem: 'envelope-exhausted',
      excessCents: 49_000_000,
    });
    expect(check.body.envelopes.find((e) => e.holderOin === ORGS.ezk.oin)?.problem).toBeUndefined();
    expect(await tableSnapshot()).toEqual(before);
    const response = await publishWithConsents(api, id, zuidHolland);
    expect(response.status).toBe(422);
    expect(response.body.type).toMatch(/envelope-exhausted$/);
    expect(response.body.detail).toContain('Provincie Zuid-Holland');
    expect(response.body.shortfalls).toEqual([
      expect.objectContaining({
        funderOin: ORGS.zuidHolland.oin,
        neededCents: 50_000_000,
        remainingCents: 1_000_000,
        shortfallCents: 49_000_000,
      }),
    ]);
    expect(await tableSnapshot()).toEqual(before);
    await setEnvelope(THIS_YEAR, ORGS.zuidHolland.oin, {
      caps: [{ instrument: 'sbir', capCents: 1_000_000_000 }],
    });
  });

  it('refuses a funder without an envelope, and a share above the per-challenge cap', async () => {
    // Zeeland is a registered province, but no envelope (own or as a member) carries it this year.
    await api.call('PUT', `/government-organisations/00000099000000008000`, {
      token: programme,
      body: { name: 'Provincie Zeeland', kind: 'province' },
    });
    const zeelandBuyer = await api.as('buyer', '00000099000000008000');
    const zeeland = await draft(
      zeelandBuyer,
      challengeBody({
        funders: [
          { oin: ORGS.ezk.oin, shareBasisPoints: 5000 },
          { oin: '00000099000000008000', shareBasisPoints: 5000 },
        ],
      }),
    );
    const refused = await publishWithConsents(api, zeeland, zeelandBuyer);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      type: expect.stringMatching(/no-envelope$/),
      funderOin: '00000099000000008000',
      year: THIS_YEAR,
    });

    await setEnvelope(THIS_YEAR, ORGS.ezk.oin, {
      caps: [{ instrument: 'sbir', capCents: 1_000_000_000, maxPerChallengeCents: 50_000_000 }],
    });
    const big = await draft(
      zuidHolland,
      challengeBody({ phases: [{ ...challengeBody().phases[0]!, budgetCents: 100_000_002 }] }),
    );
    const overCap = await publishWithConsents(api, big, zuidHolland);
    expect(overCap.status).toBe(422);
    expect(overCap.body).toMatchObject({
      type: expect.stringMatching(/over-per-challenge-cap$/),
      maxPerChallengeCents: 50_000_000,
      neededCents: 50_000_001,
      caps: [expect.objectContaining({ funderOin: ORGS.ezk.oin, funder: expect.any(String) })],
    });
    await setEnvelope(THIS_YEAR, ORGS.ezk.oin, { caps: [{ instrument: 'sbir', capCents: 1_000_000_000 }] });
  });

  it('a cap cannot drop below what is committed', async () => {
    const id = await draft(zuidHolland);
    expect((await publishWithConsents(api, id, zuidHolland)).status).toBe(200);
    const committed = (await envelopeOf(ORGS.ezk.oin))!.reservedCents;
    expect(committed).toBeGreaterThan(0);
    const response = await api.call('PUT', `/programme-years/${THIS_YEAR}/envelopes/${ORGS.ezk.oin}`, {
      token: programme,
      body: { caps: [{ instrument: 'sbir', capCents: committed - 1 }] },
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      type: expect.stringMatching(/cap-below-commitments$/),
      committedCents: committed,
    });
  });
});

describe('50 concurrent publishes against one envelope', () => {
  it('never overspend: exactly as many succeed as fit, and the books balance', async () => {
    // Utrecht's own envelope this year fits exactly 10 challenges of € 100.000 (its half of € 200.000).
    await registerOrganisations();
    await setEnvelope(THIS_YEAR, ORGS.utrecht.oin, {
      caps: [{ instrument: 'sbir', capCents: 10 * 10_000_000 }],
    });
    const utrecht = await api.as('buyer', ORGS.utrecht.oin);
    const body = challengeBody({
      funders: [
        { oin: ORGS.ezk.oin, shareBasisPoints: 5000 },
        { oin: ORGS.utrecht.oin, shareBasisPoints: 5000 },
      ],
      phases: [{ ...challengeBody().phases[0]!, budgetCents: 20_000_000, maxPerContractCents: 5_000_000 }],
    });
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push(await draft(utrecht, body));
    const ezkBefore = (await envelopeOf(ORGS.ezk.oin))!;

    // EZK approved each draft already (see `draft`): the 50 publishes race for the envelope alone.
    const results = await Promise.all(
      ids.map((id) => api.call('POST', `/challenges/${id}/publish`, { token: utrecht })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(
      results.filter((r) => r.status !== 200 && r.status !== 422).map((r) => r.body),
      'only 422 besides',
    ).toEqual([]);

    const envelope = (await envelopeOf(ORGS.utrecht.oin))!;
    expect(envelope).toMatchObject({ capCents: 100_000_000, reservedCents: 100_000_000, remainingCents: 0 });
    // EZK's side moved only for the ten that succeeded: all or nothing per publish.
    expect((await envelopeOf(ORGS.ezk.oin))!.reservedCents - ezkBefore.reservedCents).toBe(10 * 10_000_000);
  }, 180_000); // 50 drafts approved one by one, then 50 publishes at once: slow under a full parallel run, never a speed claim
});
