import { describe, expect, it } from 'vitest';
import {
  companyIdCountry,
  companyIdProblem,
  companyIdScheme,
  normaliseCompanyId,
} from '#shared/kernel/company-id.ts';

/* Issue #15, point 3: companies from every EU state identify with a KvK number, an EUID or a VAT number. */
describe('company ids', () => {
  it('accepts a KvK number, an EUID of another EU state and an EU VAT number, each with its scheme', () => {
    for (const [id, scheme, country] of [
      ['12345678', 'kvk', 'NL'],
      ['DEK1101R.HRB116737', 'euid', 'DE'],
      ['BEKBOBCE.0403612644', 'euid', 'BE'],
      ['DE123456788', 'vat', 'DE'],
      ['BE0403612644', 'vat', 'BE'],
      ['FRXX123456789', 'vat', 'FR'],
      ['EL123456789', 'vat', 'GR'],
      ['ATU12345678', 'vat', 'AT'],
    ] as const) {
      expect(companyIdProblem(id), id).toBeUndefined();
      expect(companyIdScheme(id), id).toBe(scheme);
      expect(companyIdCountry(id), id).toBe(country);
    }
  });

  it('refuses each malformed form with a message that says what is wrong', () => {
    expect(companyIdProblem('1234567')).toMatch(/KvK number is 8 digits/);
    expect(companyIdProblem('NLNHR.12345678')).toMatch(/Netherlands identifies with its KvK number/);
    expect(companyIdProblem('NL123456782B01')).toMatch(/Netherlands identifies with its KvK number/);
    expect(companyIdProblem('US12.345')).toMatch(/EU state/);
    expect(companyIdProblem('DEK1101R.')).toMatch(/an EUID is/);
    expect(companyIdProblem('XX123456789')).toMatch(/code of an EU state/);
    expect(companyIdProblem('DE12345678')).toMatch(/format of a DE VAT number/);
    expect(companyIdProblem('DE123456789')).toMatch(/check digits/);
    expect(companyIdProblem('BE0403612645')).toMatch(/check digits/);
    expect(companyIdProblem('de123456788')).toBeDefined(); // the written form is upper case…
    expect(normaliseCompanyId(' de 123 456 788 ')).toBe('DE123456788'); // …which typing is brought to
  });
});
