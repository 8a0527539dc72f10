import { describe, expect, it } from 'vitest';
import { assertTransition, type Challenge } from '#shared/challenges/model.ts';
import { challengeRuleViolations, publicationViolations } from '#shared/challenges/rules.ts';
import { createChallengeBody } from '#shared/challenges/schemas.ts';
import { checkCoFunding } from '#shared/funding/co-funding.ts';
import { parseDeadline } from '#shared/platform/amsterdam.ts';
import type { DomainError } from '#shared/platform/errors.ts';
import { challengeBody, ORGS } from '../support/fixtures.ts';

const EZK = ORGS.ezk.oin;
const PRICE_QUALITY = [
  { key: 'quality' as const, weightBasisPoints: 6000 },
  { key: 'price' as const, weightBasisPoints: 4000 },
];
const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('the co-funding rule', () => {
  it('accepts EZK 50% with one or more co-funders sharing the other half, or a single funder at 100%', () => {
    expect(() =>
      checkCoFunding(
        [
          { oin: EZK, shareBasisPoints: 5000 },
          { oin: ORGS.zuidHolland.oin, shareBasisPoints: 5000 },
        ],
        EZK,
      ),
    ).not.toThrow();
    expect(() =>
      checkCoFunding(
        [
          { oin: EZK, shareBasisPoints: 5000 },
          { oin: ORGS.noordHolland.oin, shareBasisPoints: 2500 },
          { oin: ORGS.zuidHolland.oin, shareBasisPoints: 2500 },
        ],
        EZK,
      ),
    ).not.toThrow();
    expect(() =>
      checkCoFunding([{ oin: ORGS.zuidHolland.oin, shareBasisPoints: 10_000 }], EZK),
    ).not.toThrow();
  });

  it('refuses shares that do not add up to 100%', () => {
    const error = refusal(() =>
      checkCoFunding(
        [
          { oin: EZK, shareBasisPoints: 5000 },
          { oin: ORGS.zuidHolland.oin, shareBasisPoints: 4000 },
        ],
        EZK,
      ),
    );
    expect(error.type).toBe('shares-do-not-add-up');
    expect(error.extensions.totalBasisPoints).toBe(9000);
  });

  it('refuses a joint challenge without EZK, or with EZK carrying other than half', () => {
    expect(
      refusal(() =>
        checkCoFunding(
          [
            { oin: ORGS.noordHolland.oin, shareBasisPoints: 5000 },
            { oin: ORGS.zuidHolland.oin, shareBasisPoints: 5000 },
          ],
          EZK,
        ),
      ).type,
    ).toBe('missing-ezk-half');
    expect(
      refusal(() =>
        checkCoFunding(
          [
            { oin: EZK, shareBasisPoints: 6000 },
            { oin: ORGS.zuidHolland.oin, shareBasisPoints: 4000 },
          ],
          EZK,
        ),
      ).type,
    ).toBe('missing-ezk-half');
  });

  it('refuses the same funder twice', () => {
    expect(
      refusal(() =>
        checkCoFunding(
          [
            { oin: EZK, shareBasisPoints: 5000 },
            { oin: EZK, shareBasisPoints: 5000 },
          ],
          EZK,
        ),
      ).type,
    ).toBe('duplicate-funder');
  });
});

describe('instrument rules', () => {
  const parse = (overrides: Parameters<typeof challengeBody>[0]) =>
    createChallengeBody.parse(challengeBody(overrides));

  it('a valid joint SBIR call breaks no rule', () => {
    expect(challengeRuleViolations(parse({}))).toEqual([]);
  });

  it('SBIR buys R&D: other CPV codes are refused', () => {
    expect(challengeRuleViolations(parse({ cpvCodes: ['45000000-7'] }))).toEqual([
      expect.objectContaining({ field: 'body.cpvCodes.0' }),
    ]);
    const phases = challengeBody().phases.map((p) => ({
      ...p,
      maxPerContractCents: 5_000_000,
      criteria: PRICE_QUALITY,
    }));
    expect(
      challengeRuleViolations(
        parse({ instrument: 'innovation-partnership', cpvCodes: ['45000000-7'], phases }),
      ),
    ).toEqual([]);
  });

  it('an innovation partnership names its own maximum per contract (no SBIR default)', () => {
    const phases = challengeBody().phases.map((p) => ({ ...p, criteria: PRICE_QUALITY }));
    expect(
      challengeRuleViolations(parse({ instrument: 'innovation-partnership', phases })).map((e) => e.field),
    ).toEqual(['body.phases.0.maxPerContractCents']);
  });

  it('SBIR phases get the default weights; criteria must add up to 100% and fit the instrument', () => {
    const body = challengeBody();
    const withCriteria = (criteria: { key: string; weightBasisPoints: number }[]) =>
      parse({ phases: [{ ...body.phases[0]!, criteria: criteria as never }] });
    expect(
      challengeRuleViolations(
        withCriteria([
          { key: 'impact', weightBasisPoints: 5000 },
          { key: 'economic-prospects', weightBasisPoints: 4000 },
        ]),
      )[0]?.message,
    ).toMatch(/90%/);
    expect(
      challengeRuleViolations(
        withCriteria([
          { key: 'impact', weightBasisPoints: 5000 },
          { key: 'price', weightBasisPoints: 5000 },
        ]),
      )[0]?.message,
    ).toMatch(/SBIR committee/);
  });

  it('an innovation partnership awards on best price-quality ratio only', () => {
    const phases = challengeBody().phases.map((p) => ({
      ...p,
      maxPerContractCents: 5_000_000,
      criteria: [{ key: 'quality' as const, weightBasisPoints: 10_000 }],
    }));
    expect(
      challengeRuleViolations(parse({ instrument: 'innovation-partnership', phases }))
        .map((e) => e.message)
        .join(),
    ).toMatch(/price-quality/);
  });

  it('phases are numbered in order and close one after another', () => {
    const body = challengeBody();
    const [one, two] = body.phases;
    expect(challengeRuleViolations(parse({ phases: [two!, one!] })).map((e) => e.field)).toContain(
      'body.phases.0.number',
    );
    expect(
      challengeRuleViolations(
        parse({ phases: [one!, { ...two!, submissionDeadline: '2000-01-01T12:00' }] }),
      ).map((e) => e.field),
    ).toContain('body.phases.1.submissionDeadline');
  });

  it('SBIR has no phase 3 and defaults the phase maxima; a maximum above the budget is refused', () => {
    const body = challengeBody();
    const three = { ...body.phases[1]!, number: 3 as const, submissionDeadline: '2099-01-01T12:00' };
    expect(
      challengeRuleViolations(parse({ phases: [...body.phases, three] }))
        .map((e) => e.message)
        .join(),
    ).toMatch(/phase 3/);
    expect(
      challengeRuleViolations(parse({ phases: [{ ...body.phases[0]!, budgetCents: 1_000_000 }] })),
    ).toEqual([expect.objectContaining({ field: 'body.phases.0.maxPerContractCents' })]);
  });
});

describe('rules at publication', () => {
  const now = '2026-01-01T12:00:00.000Z';
  const challenge = (overrides: Partial<Challenge>): Challenge =>
    ({
      id: 'c',
      instrument: 'innovation-partnership',
      phases: [{ number: 1, submissionDeadline: '2026-02-15T12:00:00.000Z' }],
      innovationPartnership: {
        mayEndPartnersAfterPhase: false,
        selectionCriteria: 'Ervaring met vergelijkbare ontwikkelprojecten.',
        candidatesToInvite: 3,
      },
      ...overrides,
    }) as Challenge;

  it('an innovation partnership states whether partners may be ended, and gives at least 30 days for requests', () => {
    expect(publicationViolations(challenge({}), now)).toEqual([]);
    expect(
      publicationViolations(challenge({ innovationPartnership: undefined }), now).map((e) => e.field),
    ).toEqual([
      'innovationPartnership',
      'innovationPartnership.selectionCriteria',
      'innovationPartnership.candidatesToInvite',
    ]);
    const short = publicationViolations(
      challenge({ phases: [{ number: 1, submissionDeadline: '2026-01-20T12:00:00.000Z' } as never] }),
      now,
    );
    expect(short[0]?.message).toMatch(/at least 30 days/);
    // Announcing that partners may be ended needs its conditions.
    expect(
      publicationViolations(
        challenge({
          innovationPartnership: {
            mayEndPartnersAfterPhase: true,
            selectionCriteria: 'Ervaring met vergelijkbare ontwikkelprojecten.',
            candidatesToInvite: 3,
          },
        }),
        now,
      ).map((e) => e.field),
    ).toEqual(['innovationPartnership.conditions']);
    // The selection stage is announced with the call: its criteria and how many are invited.
    expect(
      publicationViolations(
        challenge({ innovationPartnership: { mayEndPartnersAfterPhase: false } }),
        now,
      ).map((e) => e.field),
    ).toEqual(['innovationPartnership.selectionCriteria', 'innovationPartnership.candidatesToInvite']);
  });

  it('counts the 30 days as the law does: publication day not counted, to 24:00 of the 30th day, across summer time', () => {
    const ip = (deadline: string) =>
      challenge({ phases: [{ number: 1, submissionDeadline: parseDeadline(deadline)! } as never] });
    // Published on 1 October 2019 (summer time), early or late in the day: the 30 days end at
    // 24:00 on 31 October (winter time by then).
    for (const publishedAt of [
      '2019-09-30T22:00:00.000Z',
      '2019-10-01T07:00:00.000Z',
      '2019-10-01T21:59:00.000Z',
    ]) {
      expect(publicationViolations(ip('2019-11-01T00:00'), publishedAt)).toEqual([]);
      expect(publicationViolations(ip('2019-11-05T17:00'), publishedAt)).toEqual([]);
      // 31 October at 17:00 or at 23:59 is short of the 30th day's end; so is any hour of day 29.
      for (const short of ['2019-10-31T23:59', '2019-10-31T17:00', '2019-10-30T23:59', '2019-10-30T09:00']) {
        const refused = publicationViolations(ip(short), publishedAt);
        expect(refused[0]?.message, `${publishedAt} → ${short}`).toMatch(/end of 2019-10-31/);
      }
    }
    // Published in winter, the period ends in summer time: 24:00 CEST on 9 April.
    expect(publicationViolations(ip('2019-04-10T00:00'), '2019-03-10T10:00:00.000Z')).toEqual([]);
    expect(publicationViolations(ip('2019-04-09T23:59'), '2019-03-10T10:00:00.000Z')).toHaveLength(1);
  });

  it('nothing is published whose first deadline has passed', () => {
    const late = publicationViolations(
      challenge({
        instrument: 'sbir',
        phases: [{ number: 1, submissionDeadline: '2025-12-01T12:00:00.000Z' } as never],
      }),
      now,
    );
    expect(late[0]?.message).toMatch(/move the deadline/);
  });

  it('nothing is published whose questions would already be closed (the default question deadline included)', () => {
    const call = (questionDeadline: string) =>
      challenge({
        instrument: 'sbir',
        questionDeadline,
        phases: [{ number: 1, submissionDeadline: '2026-02-15T12:00:00.000Z' } as never],
      });
    // Phase 1 closes in 31 days; ten days before it is still ahead: publishable.
    expect(publicationViolations(call('2026-02-05T12:00:00.000Z'), now)).toEqual([]);
    // A question deadline already passed at publication: refused at that field.
    const closed = publicationViolations(call('2025-12-20T12:00:00.000Z'), now);
    expect(closed.map((e) => e.field)).toEqual(['questionDeadline']);
    expect(closed[0]?.message).toMatch(/before publication/);
  });
});

describe('challenge lifecycle', () => {
  it('allows draft → published → cancelled|completed and nothing else', () => {
    expect(() => assertTransition({ id: 'c', status: 'draft' }, 'published')).not.toThrow();
    expect(() => assertTransition({ id: 'c', status: 'published' }, 'cancelled')).not.toThrow();
    const error = refusal(() => assertTransition({ id: 'c', status: 'published' }, 'published'));
    expect(error.kind).toBe('conflict');
    expect(error.type).toBe('illegal-transition');
    expect(refusal(() => assertTransition({ id: 'c', status: 'cancelled' }, 'published')).kind).toBe(
      'conflict',
    );
  });
});
