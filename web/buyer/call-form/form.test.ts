import { describe, expect, it } from 'vitest';
import { refusalOnForm } from '#web/kit/form-post.ts';
import { refusal, testView } from '../../../test/support/view.ts';
import { callMapping, callValues, scheduleOf } from './form.ts';

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

  it('sends a phase’s payment schedule as typed, line by line, and a co-funder that pays directly', () => {
    const { body, errors, fieldOf } = callMapping(
      {
        ...draft(),
        funderDirect2: 'on',
        phase2Schedule: '40 Tussenrapport\n\n30% – Prototype op ware grootte\r\n30,0: Eindrapport',
      },
      testView(),
    );
    expect(errors).toEqual({});
    expect(body.funders[1]).toEqual({ oin: ZH, shareBasisPoints: 5000, paysDirectly: true });
    expect(body.phases[0]!.paymentSchedule).toBeUndefined(); // empty: the programme's default
    expect(body.phases[1]!.paymentSchedule).toEqual([
      { basisPoints: 4000, deliverable: { nl: 'Tussenrapport' } },
      { basisPoints: 3000, deliverable: { nl: 'Prototype op ware grootte' } },
      { basisPoints: 3000, deliverable: { nl: 'Eindrapport' } },
    ]);
    // The API's refusal (the shares do not add up) comes back at the phase's schedule.
    expect(fieldOf('body.phases.1.paymentSchedule')).toBe('phase2Schedule');
    expect(fieldOf('body.phases.1.paymentSchedule.0.deliverable.nl')).toBe('phase2Schedule');
  });

  it('refuses a schedule line without a percentage at the schedule, naming the line', () => {
    expect(scheduleOf('40 Tussenrapport\nPrototype')).toEqual({ line: 2 });
    expect(scheduleOf('0 Niets')).toEqual({ line: 1 });
    const { errors } = callMapping({ ...draft(), phase1Schedule: 'Eindrapport' }, testView());
    expect(errors?.phase1Schedule).toContain('Regel 1');
    // Shares that do not make 100% are told before anything is sent, with what they do make.
    const short = callMapping({ ...draft(), phase1Schedule: '40 Tussenrapport\n50 Eindrapport' }, testView());
    expect(short.errors?.phase1Schedule).toContain('tellen op tot 90%');
  });

  it('fills the form from a call, schedule and direct payer included, so editing keeps them', () => {
    const { body } = callMapping(
      { ...draft(), funderDirect2: 'on', phase2Schedule: '40 Tussenrapport\n60 Eindrapport' },
      testView(),
    );
    const values = callValues(
      {
        ...body,
        title: body.title,
        cpvCodes: body.cpvCodes,
        questionDeadline: '2027-02-20T16:00:00.000Z',
        funders: body.funders.map((f) => ({ ...f, name: f.oin, side: 'ezk' })),
        phases: body.phases.map((p) => ({
          ...p,
          maxPerContractCents: 0,
          submissionDeadline: '2027-03-01T16:00:00.000Z',
          criteria: p.criteria ?? [],
        })),
      } as unknown as Parameters<typeof callValues>[0],
      'nl',
    );
    expect(values.funderDirect2).toBe('on');
    expect(values.funderDirect1).toBeUndefined();
    expect(values.phase2Schedule).toBe('40 Tussenrapport\n60 Eindrapport');
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
