import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { decisionMapping, decisionValues } from './form.ts';
import { texts } from './messages.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const DECISION = '33333333-3333-4333-8333-333333333333';

describe('the award decision on the ranking', () => {
  it('sends the chosen proposals with amounts in cents and dates, under the form’s decision id', () => {
    const mapped = decisionMapping(
      {
        award: `${A},not-an-id`,
        [`amount-${A}`]: '49.000',
        [`start-${A}`]: '2027-01-01',
        [`end-${A}`]: '2027-07-01',
        [`amount-${B}`]: '10',
        reasons: ' Hoogste score ',
      },
      testView(),
      DECISION,
    );
    expect(mapped.body).toEqual({
      decisionId: DECISION,
      awards: [{ proposalId: A, amountCents: 4_900_000, startDate: '2027-01-01', endDate: '2027-07-01' }],
      reasons: 'Hoogste score',
    });
    expect(mapped.fieldOf('body.awards.0.endDate')).toBe(`end-${A}`);
  });

  it('asks to choose one, and refuses an amount it cannot read, before sending', () => {
    const v = testView();
    expect(decisionMapping({ award: '' }, v, DECISION).general).toEqual([texts(v).chooseOne]);
    expect(decisionMapping({ award: A, [`amount-${A}`]: 'veel' }, v, DECISION).errors).toEqual({
      [`amount-${A}`]: v.t.form.moneyInvalid,
    });
  });

  it('starts the form with each requested amount, two weeks from today, for the phase’s duration', () => {
    const values = decisionValues(
      { ranking: [{ proposalId: A, requestedAmountCents: 4_950_000 }] } as never,
      { durationMonths: 6 },
      testView(),
    );
    expect(values).toEqual({
      [`amount-${A}`]: '49.500',
      [`start-${A}`]: '2026-12-21',
      [`end-${A}`]: '2027-06-22',
    });
  });

  it('sends a reason typed at a bid not awarded as passed over, and places the refusal at each bid and the reasons', () => {
    const v = testView();
    const mapped = decisionMapping(
      {
        award: B,
        [`amount-${B}`]: '40.000',
        [`start-${B}`]: '2027-01-01',
        [`end-${B}`]: '2027-07-01',
        [`passover-${A}`]: ' Planning past niet bij de looptijd. ',
        [`passover-${B}`]: 'genegeerd: B wordt gegund',
      },
      v,
      DECISION,
      [A, B],
    );
    expect(mapped.body.passedOver).toEqual([
      { proposalId: A, reason: 'Planning past niet bij de looptijd.' },
    ]);
    expect(mapped.fieldOf('body.passedOver.0.reason')).toBe(`passover-${A}`);
    const placed = mapped.atFields?.({
      type: 'https://innovatiemarkt.nl/problems/pass-over-unreasoned',
      title: 'Unprocessable content',
      status: 422,
      proposalIds: [A],
      errors: [{ field: 'body.reasons', message: 'required' }],
    } as never);
    expect(placed).toEqual({
      [`passover-${A}`]: texts(v).passOverRequired,
      reasons: texts(v).reasonsRequired,
    });
  });

  it('decides to award nothing with a ground, and refuses both at once', () => {
    const v = testView();
    const none = decisionMapping(
      { noAward: 'need-lapsed', reasons: 'De behoefte is vervallen.' },
      v,
      DECISION,
    );
    expect(none.body).toEqual({
      decisionId: DECISION,
      awards: [],
      reasons: 'De behoefte is vervallen.',
      noAward: { ground: 'need-lapsed' },
    });
    expect(none.general).toBeUndefined();
    expect(decisionMapping({ noAward: 'need-lapsed', award: A }, v, DECISION).general).toEqual([
      texts(v).eitherOr,
    ]);
    // An unknown ground is no decision to award nothing.
    expect(decisionMapping({ noAward: 'zomaar' }, v, DECISION).general).toEqual([texts(v).chooseOne]);
  });

  it('carries the explanation of a low price with its award, and places its refusal at the judgement', () => {
    const v = testView();
    const mapped = decisionMapping(
      {
        award: A,
        [`amount-${A}`]: '40.000',
        [`start-${A}`]: '2027-01-01',
        [`end-${A}`]: '2027-07-01',
        [`lowasked-${A}`]: '2026-12-01',
        [`lowjudgement-${A}`]: ' Hergebruik van een prototype maakt de prijs aannemelijk. ',
      },
      v,
      DECISION,
    );
    expect(mapped.body.lowPriceExplanations).toEqual([
      {
        proposalId: A,
        explanationRequestedOn: '2026-12-01',
        judgement: 'Hergebruik van een prototype maakt de prijs aannemelijk.',
      },
    ]);
    expect(mapped.fieldOf('body.lowPriceExplanations.0.judgement')).toBe(`lowjudgement-${A}`);
    expect(
      mapped.atFields?.({
        type: 'https://innovatiemarkt.nl/problems/abnormally-low-unexplained',
        proposalIds: [B],
      } as never),
    ).toEqual({ [`lowjudgement-${B}`]: texts(v).lowPriceRequired });
  });
});
