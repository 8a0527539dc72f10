import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { envelopeMapping } from './form.ts';

const OIN = '00000001003214345000';

describe('the envelope form', () => {
  it('sends the caps in cents (the partnership cap only when given) and the members as checked', () => {
    const mapped = envelopeMapping(
      { funderOin: OIN, capSbir: '2.500.000', capIp: '', members: `${OIN.replace('1', '2')}` },
      testView(),
    );
    expect(mapped.body).toEqual({
      caps: [{ instrument: 'sbir', capCents: 250_000_000 }],
      members: [OIN.replace('1', '2')],
    });
    expect(mapped.errors).toEqual({});
  });

  it('asks to choose a funder and refuses an amount it cannot read, and puts the path’s and the register’s refusals at the funder', () => {
    const mapped = envelopeMapping({ funderOin: '', capSbir: 'veel', capIp: 'x' }, testView());
    expect(Object.keys(mapped.errors ?? {}).sort()).toEqual(['capIp', 'capSbir', 'funderOin']);
    expect(mapped.errors?.funderOin).toBe('Kies een financier');
    expect(mapped.fieldOf('params.funderOin')).toBe('funderOin');
    expect(mapped.problemField).toEqual({ 'unknown-organisation': 'funderOin' });
  });
});
