import { describe, expect, it } from 'vitest';
import { refusalOnForm } from '#web/kit/form-post.ts';
import { refusal, testView } from '../../../test/support/view.ts';
import { correctionMapping } from './form.ts';
import { texts } from './messages.ts';

const call = {
  description: { nl: 'Oud', en: 'Old' },
  phases: [
    {
      number: 1,
      criteria: [
        { key: 'impact', weightBasisPoints: 4000 },
        { key: 'technical-feasibility', weightBasisPoints: 3000 },
        { key: 'economic-prospects', weightBasisPoints: 3000 },
      ],
      minimumScore: 6,
    },
    { number: 2, criteria: [] },
  ],
} as never;

describe('a correction of a published call', () => {
  it('sends the reason, the deadlines that were moved, and the new Dutch description beside the English', () => {
    const mapped = correctionMapping(
      { reason: ' Langer ', 'deadline-2': '2027-11-01T17:00', descriptionNl: 'Nieuw' },
      testView(),
      call,
    );
    expect(mapped.body).toEqual({
      reason: 'Langer',
      deadlines: [{ phase: 2, submissionDeadline: '2027-11-01T17:00' }],
      description: { nl: 'Nieuw', en: 'Old' },
    });
    expect(mapped.fieldOf('body.deadlines.0.submissionDeadline')).toBe('deadline-2');
  });

  it('says a refused deadline in the words of extending one, not of creating a call', () => {
    const v = testView();
    const mapped = correctionMapping({ reason: 'x', 'deadline-1': '2020-01-01T00:00' }, v, call);
    const form = refusalOnForm(
      { values: {}, errors: {} },
      refusal('validation-failed', ['body.deadlines.0']),
      mapped,
      v,
    );
    expect(form.errors['deadline-1']).toBe(texts(v).deadlineError);
  });

  it('sends new weights of a phase in the order of its criteria, keeping its minimum score; an unreadable one stays at its field', () => {
    const v = testView();
    const mapped = correctionMapping({ reason: 'Impact telt zwaarder', 'weights-1': '50/25/25' }, v, call);
    expect(mapped.body.criteria).toEqual([
      {
        phase: 1,
        criteria: [
          { key: 'impact', weightBasisPoints: 5000 },
          { key: 'technical-feasibility', weightBasisPoints: 2500 },
          { key: 'economic-prospects', weightBasisPoints: 2500 },
        ],
        minimumScore: 6,
      },
    ]);
    expect(mapped.fieldOf('body.criteria.0.criteria')).toBe('weights-1');
    const unreadable = correctionMapping({ reason: 'x', 'weights-1': '50/50' }, v, call);
    expect(unreadable.body.criteria).toBeUndefined();
    expect(unreadable.errors?.['weights-1']).toBe(texts(v).weightsError(3));
  });
});
