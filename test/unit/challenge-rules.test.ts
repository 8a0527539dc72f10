import { describe, expect, it } from 'vitest';
import { assertTransition } from '#shared/challenges/model.ts';
import { challengeRuleViolations } from '#shared/challenges/rules.ts';
import { createChallengeBody } from '#shared/challenges/schemas.ts';
import { checkCoFunding } from '#shared/funding/co-funding.ts';
import type { DomainError } from '#shared/platform/errors.ts';
import { challengeBody, ORGS } from '../support/fixtures.ts';

const EZK = ORGS.ezk.oin;
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
    const phases = challengeBody().phases.map((p) => ({ ...p, maxPerContractCents: 5_000_000 }));
    expect(
      challengeRuleViolations(
        parse({ instrument: 'innovation-partnership', cpvCodes: ['45000000-7'], phases }),
      ),
    ).toEqual([]);
  });

  it('an innovation partnership names its own maximum per contract (no SBIR default)', () => {
    expect(
      challengeRuleViolations(parse({ instrument: 'innovation-partnership' })).map((e) => e.field),
    ).toEqual(['body.phases.0.maxPerContractCents']);
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
