import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '#shared/funding/model.ts';

/*
 * Which envelope carries which funder, and when publishing is refused: the planning logic with
 * a stubbed repository (no database), so each combination of envelopes is one line to state.
 */
const stored = vi.hoisted(() => ({
  envelopes: [] as Envelope[],
  members: new Map<string, string>(),
}));
vi.mock('#shared/funding/repository.ts', () => ({
  listEnvelopes: async () => stored.envelopes,
  envelopesAndMemberships: async (
    _year: number,
    holders: readonly { holderOin: string; instrument: string }[],
    members: readonly { memberOin: string; instrument: string }[] = [],
  ) => ({
    envelopes: new Map(
      stored.envelopes
        .filter((e) => holders.some((h) => h.holderOin === e.holderOin && h.instrument === e.instrument))
        .map((e) => [`ENVELOPE#${e.holderOin}#${e.instrument}`, e]),
    ),
    memberOf: new Map(
      members
        .filter((m) => stored.members.has(m.memberOin))
        .map((m) => [`${m.memberOin}#${m.instrument}`, stored.members.get(m.memberOin)!]),
    ),
  }),
}));
const { assessReservations, planReservations } = await import('#shared/funding/envelopes.ts');

const EZK = { oin: '00000099000000001000', name: 'EZK' };
const ZH = { oin: '00000099000000002000', name: 'Zuid-Holland' };
const NH = { oin: '00000099000000003000', name: 'Noord-Holland' };
const IPO = '00000099000000007000';
const envelope = (holderOin: string, remainingCents: number, maxPerChallengeCents?: number): Envelope => ({
  year: 2026,
  holderOin,
  holderName: holderOin === IPO ? 'IPO' : holderOin === EZK.oin ? 'EZK' : 'Zuid-Holland',
  side: holderOin === EZK.oin ? 'ezk' : 'co-funder',
  instrument: 'sbir',
  capCents: remainingCents,
  reservedCents: 0,
  awardedCents: 0,
  remainingCents,
  ...(maxPerChallengeCents !== undefined ? { maxPerChallengeCents } : {}),
  members: [],
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
});
const half = (f: { oin: string; name: string }) => ({ ...f, shareBasisPoints: 5000 });
const quarter = (f: { oin: string; name: string }) => ({ ...f, shareBasisPoints: 2500 });

beforeEach(() => {
  stored.envelopes = [];
  stored.members = new Map();
});

describe('planReservations', () => {
  it('reserves each funder’s exact share in its own envelope', async () => {
    stored.envelopes = [envelope(EZK.oin, 10_000_000), envelope(ZH.oin, 10_000_000)];
    const plan = await planReservations(2026, 'sbir', 1_000_001, [half(EZK), half(ZH)]);
    expect(plan.reservations).toEqual([
      { holderOin: EZK.oin, instrument: 'sbir', funderOins: [EZK.oin], amountCents: 500_001 },
      { holderOin: ZH.oin, instrument: 'sbir', funderOins: [ZH.oin], amountCents: 500_000 },
    ]);
  });

  it('puts provinces that draw from IPO’s envelope in one reservation there', async () => {
    stored.envelopes = [envelope(EZK.oin, 10_000_000), envelope(IPO, 10_000_000)];
    stored.members = new Map([
      [ZH.oin, IPO],
      [NH.oin, IPO],
    ]);
    const plan = await planReservations(2026, 'sbir', 4_000_000, [half(EZK), quarter(ZH), quarter(NH)]);
    expect(plan.reservations.find((r) => r.holderOin === IPO)).toEqual({
      holderOin: IPO,
      instrument: 'sbir',
      funderOins: [ZH.oin, NH.oin],
      amountCents: 2_000_000,
    });
  });

  it('refuses a funder without an envelope, naming it', async () => {
    stored.envelopes = [envelope(EZK.oin, 10_000_000)];
    await expect(planReservations(2026, 'sbir', 1_000_000, [half(EZK), half(ZH)])).rejects.toMatchObject({
      type: 'no-envelope',
      extensions: { funderOin: ZH.oin },
    });
  });

  it('names every funder short of room, with its shortfall', async () => {
    stored.envelopes = [envelope(EZK.oin, 400_000), envelope(ZH.oin, 100_000)];
    await expect(planReservations(2026, 'sbir', 1_000_000, [half(EZK), half(ZH)])).rejects.toMatchObject({
      type: 'envelope-exhausted',
      extensions: {
        shortfalls: [
          expect.objectContaining({ funderOin: EZK.oin, shortfallCents: 100_000 }),
          expect.objectContaining({ funderOin: ZH.oin, shortfallCents: 400_000 }),
        ],
      },
    });
  });

  it('keeps a per-challenge maximum even when the envelope has room', async () => {
    stored.envelopes = [envelope(EZK.oin, 10_000_000, 400_000), envelope(ZH.oin, 10_000_000)];
    await expect(planReservations(2026, 'sbir', 1_000_000, [half(EZK), half(ZH)])).rejects.toMatchObject({
      type: 'over-per-challenge-cap',
      extensions: {
        caps: [{ funderOin: EZK.oin, funder: 'EZK', maxPerChallengeCents: 400_000, neededCents: 500_000 }],
      },
    });
  });
});

describe('assessReservations (the check before publishing)', () => {
  it('finds every problem at once: no envelope, short of room, over the per-call maximum', async () => {
    stored.envelopes = [envelope(EZK.oin, 10_000_000, 400_000), envelope(IPO, 100_000)];
    stored.members = new Map([[ZH.oin, IPO]]);
    const { checks } = await assessReservations(2026, 'sbir', 2_000_000, [
      half(EZK),
      quarter(ZH),
      quarter(NH),
    ]);
    expect(checks).toEqual([
      expect.objectContaining({
        holderName: 'EZK',
        neededCents: 1_000_000,
        problem: 'over-per-challenge-cap',
        excessCents: 600_000,
      }),
      expect.objectContaining({
        holderName: 'IPO',
        funders: ['Zuid-Holland'],
        neededCents: 500_000,
        remainingCents: 100_000,
        problem: 'envelope-exhausted',
        excessCents: 400_000,
      }),
      expect.objectContaining({ holderName: 'Noord-Holland', problem: 'no-envelope' }),
    ]);
  });

  it('marks nothing when every envelope has the room and allows the amount', async () => {
    stored.envelopes = [envelope(EZK.oin, 10_000_000, 600_000), envelope(ZH.oin, 10_000_000)];
    const { checks } = await assessReservations(2026, 'sbir', 1_000_001, [half(EZK), half(ZH)]);
    expect(checks.map((c) => [c.holderName, c.neededCents, c.problem])).toEqual([
      ['EZK', 500_001, undefined],
      ['Zuid-Holland', 500_000, undefined],
    ]);
  });
});
