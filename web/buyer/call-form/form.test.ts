import { describe, expect, it } from 'vitest';
import { refusalOnForm } from '#web/kit/form-post.ts';
import { refusal, testView } from '../../../test/support/view.ts';
import { callMapping, callValues } from './form.ts';

const EZK = '00000001003214345000';
const ZH = '00000001002220647000';

/** A new draft as a buyer fills it in: the SBIR defaults, two funders, phases 1 and 2. */
const draft = () => ({
  ...callValues(undefined, 'nl'),
  titleNl: 'Slimme sluizen',
  descriptionNl: 'Sluizen die zelf meten.',
  theme: 'water',
  funderOin1: EZK,
  funderOin2: ZH,
  phase1Budget: '400.000',
  phase1Deadline: '2027-03-01T17:00',
  phase2: 'on',
  phase2Budget: '1.000.000',
  phase2Deadline: '2027-10-01T17:00',
});

describe('the draft call form', () => {
  it('sends funders in basis points and the chosen phases with budgets in cents and the default weights', () => {
    const { body, errors } = callMapping(draft(), testView());
    expect(errors).toEqual({});
    expect(body.funders).toEqual([
      { oin: EZK, shareBasisPoints: 5000 },
      { oin: ZH, shareBasisPoints: 5000 },
    ]);
    expect(
      body.phases.map((p) => [p.number, p.budgetCents, p.criteria?.map((c) => c.weightBasisPoints)]),
    ).toEqual([
      [1, 40_000_000, [4000, 3000, 3000]],
      [2, 100_000_000, [3000, 3000, 4000]],
    ]);
    expect(body.cpvCodes).toEqual(['73000000-2']);
  });

  it('refuses a share, a budget or weights it cannot read, each at its own field', () => {
    const { errors } = callMapping(
      { ...draft(), funderShare2: 'half', phase2Budget: 'veel', phase1Weights: '50/50' },
      testView(),
    );
    expect(Object.keys(errors ?? {}).sort()).toEqual(['funderShare2', 'phase1Weights', 'phase2Budget']);
  });

  it('puts API errors back at the row and phase they came from, and co-funding refusals at the funders', () => {
    const v = testView();
    const mapped = callMapping(
      { ...draft(), phase2: '', phase3: 'on', phase3Budget: '10', phase3Deadline: 'x' },
      v,
    );
    expect(mapped.fieldOf('body.phases.1.submissionDeadline')).toBe('phase3Deadline');
    expect(mapped.fieldOf('body.funders.1.shareBasisPoints')).toBe('funderShare2');
    const form = refusalOnForm({ values: {}, errors: {} }, refusal('missing-ezk-half', [], 422), mapped, v);
    expect(Object.keys(form.errors)).toEqual(['funderOin1']);
  });

  it('sends a partnership’s selection stage, and puts its refusals at its own fields', () => {
    const { body, fieldOf } = callMapping(
      {
        ...draft(),
        instrument: 'innovation-partnership',
        mayEndPartners: 'no',
        selectionCriteria: ' Ervaring met vergelijkbare projecten. ',
        candidatesToInvite: '4',
      },
      testView(),
    );
    expect(body.innovationPartnership).toEqual({
      mayEndPartnersAfterPhase: false,
      selectionCriteria: 'Ervaring met vergelijkbare projecten.',
      candidatesToInvite: 4,
    });
    expect(fieldOf('body.innovationPartnership.candidatesToInvite')).toBe('candidatesToInvite');
    expect(fieldOf('body.innovationPartnership.selectionCriteria')).toBe('selectionCriteria');
    expect(fieldOf('body.innovationPartnership.conditions')).toBe('conditions');
    expect(fieldOf('body.innovationPartnership.mayEndPartnersAfterPhase')).toBe('mayEndPartners');
  });
});
