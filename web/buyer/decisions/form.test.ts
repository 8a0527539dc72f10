import { describe, expect, it } from 'vitest';
import { answerMapping, objectionFields, reopenMapping, withdrawField, withdrawMapping } from './form.ts';

describe('the buyer’s answers on the decisions page', () => {
  it('answers an objection from its own fields, errors back at them', () => {
    const names = objectionFields('o-1');
    const mapped = answerMapping('o-1')({ [names.outcome]: 'upheld', [names.reasons]: ' Terecht bezwaar ' });
    expect(mapped.body).toEqual({ outcome: 'upheld', reasons: 'Terecht bezwaar' });
    expect(mapped.fieldOf('body.outcome')).toBe(names.outcome);
    expect(mapped.fieldOf('body.reasons')).toBe(names.reasons);
  });

  it('withdraws a decision with the reason typed for that decision', () => {
    const mapped = withdrawMapping('d-1')({
      [withdrawField('d-1')]: ' Rekenfout ',
      [withdrawField('d-2')]: 'andere',
    });
    expect(mapped.body).toEqual({ reason: 'Rekenfout' });
    expect(mapped.fieldOf('body.reason')).toBe(withdrawField('d-1'));
  });
});

describe('reopening the evaluation', () => {
  it("sends the reason, trimmed, and puts a refusal at the phase's own field", () => {
    const mapped = reopenMapping(2)({ 'heropenen-2': '  De klacht over impact is gegrond.  ' });
    expect(mapped.body).toEqual({ reason: 'De klacht over impact is gegrond.' });
    expect(mapped.fieldOf('body.reason')).toBe('heropenen-2');
    expect(mapped.problemField?.['not-reopenable']).toBe('heropenen-2');
  });
});
