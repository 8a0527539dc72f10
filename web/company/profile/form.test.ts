import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { profileMapping } from './form.ts';

describe('the company profile form', () => {
  it('sends amounts in cents and the staff as a number, leaving out an empty VAT number', () => {
    const mapped = profileMapping(
      {
        name: 'Sensorbouw BV',
        btwId: ' ',
        staff: '12',
        turnover: '1.250.000',
        balanceSheet: '800.000,00',
        country: 'NL',
      },
      testView(),
    );
    expect(mapped.body).toEqual({
      name: 'Sensorbouw BV',
      staff: 12,
      turnoverCents: 125_000_000,
      balanceSheetCents: 80_000_000,
      country: 'NL',
    });
    expect(mapped.errors).toEqual({});
  });

  it('refuses what it cannot read at each field, and maps the API’s fields back', () => {
    const mapped = profileMapping(
      { name: 'X', staff: 'twaalf', turnover: '', balanceSheet: 'veel' },
      testView(),
    );
    expect(Object.keys(mapped.errors ?? {}).sort()).toEqual(['balanceSheet', 'staff', 'turnover']);
    expect(mapped.fieldOf('body.turnoverCents')).toBe('turnover');
    expect(mapped.fieldOf('body.unknown')).toBeUndefined();
  });
});
