import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleText, REFERENCE_DIR, RULE_FILES } from '#infra/local/invoice-rules.ts';
import { checkInvoice, NotXml } from '#shared/invoices/validation.ts';

/*
 * The official e-invoice rules, run by our Schematron engine: the four official examples pass with
 * no fatal assertion, and deliberately broken copies fail exactly the rules the rule sets name —
 * from the CEN set (EN 16931) and the Dutch national rules (in the Peppol set).
 */
const example = (name: string) => readFileSync(path.join('test/fixtures/peppol', name), 'utf8');
const ids = (xml: string) =>
  checkInvoice(xml)
    .fatal.map((f) => f.id)
    .sort();

describe('the e-invoice rules (EN 16931 and Peppol BIS Billing 3.0)', () => {
  it.each([
    'base-example.xml',
    'Vat-category-S.xml',
    'Allowance-example.xml',
    'base-creditnote-correction.xml',
  ])('passes the official example %s', (name) => {
    expect(ids(example(name))).toEqual([]);
  });

  it('names the CEN rules an invoice without an issue date and with a wrong currency breaks', () => {
    const broken = example('base-example.xml')
      .replace('<cbc:IssueDate>2017-11-13</cbc:IssueDate>', '')
      .replace(
        '<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>',
        '<cbc:DocumentCurrencyCode>XXX</cbc:DocumentCurrencyCode>',
      );
    const failed = checkInvoice(broken).fatal;
    expect(failed.filter((f) => f.set === 'EN 16931').map((f) => f.id)).toEqual(['BR-03', 'BR-CO-15']);
    // Each named once, with the rule set's text and where it failed.
    expect(failed.find((f) => f.id === 'BR-03')).toMatchObject({
      text: expect.stringContaining('Invoice issue date'),
      location: '/Invoice',
    });
  });

  it('applies the Dutch rules to a supplier in the Netherlands', () => {
    const dutch = example('base-example.xml')
      .replace(
        '<cbc:IdentificationCode>GB</cbc:IdentificationCode>',
        '<cbc:IdentificationCode>NL</cbc:IdentificationCode>',
      )
      .replace('<cbc:StreetName>Main street 1</cbc:StreetName>', '');
    expect(ids(dutch)).toEqual(expect.arrayContaining(['NL-R-002', 'NL-R-003']));
  });

  it('refuses what is not XML, and any DOCTYPE (no entity expansion, no external entities)', () => {
    expect(() => checkInvoice('<Invoice><unclosed></Invoice>')).toThrow(NotXml);
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Invoice>&lol2;</Invoice>`;
    expect(() => checkInvoice(bomb)).toThrow(/DOCTYPE/);
    const external = `<?xml version="1.0"?><!doctype foo [<!ENTITY x SYSTEM "file:///etc/passwd">]><Invoice>&x;</Invoice>`;
    expect(() => checkInvoice(external)).toThrow(/DOCTYPE/);
  });

  it('carries the reference copies unchanged', () => {
    for (const [name, file] of Object.entries(RULE_FILES)) {
      const reference = path.join(REFERENCE_DIR, file);
      if (!existsSync(reference)) continue; // a user's clone has only the carried copy
      expect(readFileSync(`shared/invoices/rules/${name}.ts`, 'utf8')).toBe(
        moduleText(file, readFileSync(reference, 'utf8')),
      );
    }
  });
});
