import { describe, expect, it } from 'vitest';
import { consentMapping, reasonField } from './form.ts';

describe('a co-funder’s answer', () => {
  it('approves, declines with the reason typed for that call, or withdraws', () => {
    const map = consentMapping('c-1');
    expect(map({ decision: 'approve' }).body).toEqual({ decision: 'approve' });
    expect(map({ decision: 'decline', [reasonField('c-1')]: ' Geen geld ' }).body).toEqual({
      decision: 'decline',
      reason: 'Geen geld',
    });
    expect(map({ decision: 'withdraw' }).body).toEqual({ decision: 'withdraw' });
    expect(map({}).fieldOf('body.reason')).toBe(reasonField('c-1'));
  });
});
