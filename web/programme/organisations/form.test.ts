import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { organisationMapping } from './form.ts';

describe('the organisation form', () => {
  it('sends the name and kind, and refuses an OIN that is not 20 digits or capitals', () => {
    const ok = organisationMapping(
      { oin: '00000001003214345000', name: 'Provincie Utrecht', kind: 'province' },
      testView(),
    );
    expect(ok.body).toEqual({ name: 'Provincie Utrecht', kind: 'province' });
    expect(ok.errors).toEqual({});
    expect(
      Object.keys(organisationMapping({ oin: '123', name: 'x', kind: 'province' }, testView()).errors ?? {}),
    ).toEqual(['oin']);
    expect(ok.fieldOf('params.oin')).toBe('oin');
    expect(ok.fieldOf('body.name')).toBe('name');
  });

  it('sends the invoice address whole, or none; half of one is refused at its empty field', () => {
    const base = { oin: '00000001003214345000', name: 'Provincie Utrecht', kind: 'province' };
    const whole = organisationMapping(
      { ...base, invoiceStreet: 'Postbus 80300', invoicePostcode: '3508 th', invoiceCity: 'Utrecht' },
      testView(),
    );
    expect(whole.body.invoiceAddress).toEqual({
      street: 'Postbus 80300',
      postcode: '3508 TH',
      city: 'Utrecht',
    });
    expect(whole.fieldOf('body.invoiceAddress.postcode')).toBe('invoicePostcode');
    const half = organisationMapping({ ...base, invoiceStreet: 'Postbus 80300' }, testView());
    expect(half.body.invoiceAddress).toBeUndefined();
    expect(Object.keys(half.errors ?? {})).toEqual(['invoicePostcode']);
  });
});
