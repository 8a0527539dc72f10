import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { completeMapping, terminateMapping } from './form.ts';

describe('ending a contract', () => {
  it('completes with a final amount only when one was typed', () => {
    expect(completeMapping({ finalAmount: '' }, testView()).body).toEqual({});
    expect(completeMapping({ finalAmount: '45.000' }, testView()).body).toEqual({
      finalAmountCents: 4_500_000,
    });
    expect(completeMapping({ finalAmount: 'veel' }, testView()).errors).toEqual({
      finalAmount: testView().t.form.moneyInvalid,
    });
  });

  it('terminates with the reason and a cause only where the law names one (what is paid follows from the accepted milestones)', () => {
    const mapped = terminateMapping({ reason: 'Failliet', spent: '12.000', cause: 'bankruptcy' });
    expect(mapped.body).toEqual({ reason: 'Failliet', cause: 'bankruptcy' });
    expect(terminateMapping({ reason: 'x', cause: 'other' }).body).not.toHaveProperty('cause');
    expect(mapped.fieldOf('body.reason')).toBe('reason');
  });
});
