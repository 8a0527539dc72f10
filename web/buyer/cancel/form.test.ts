import { describe, expect, it } from 'vitest';
import { cancelMapping } from './form.ts';

describe('cancelling a call', () => {
  it('sends the reason and puts any error at it', () => {
    const mapped = cancelMapping({ reason: 'Geen budget meer' });
    expect(mapped.body).toEqual({ reason: 'Geen budget meer' });
    expect(mapped.fieldOf('body.reason')).toBe('reason');
  });
});
