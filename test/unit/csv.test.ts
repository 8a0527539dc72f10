import { describe, expect, it } from 'vitest';
import { formatCell } from '#shared/reports/csv.ts';

describe('CSV cells for a Dutch Excel, and for scripts', () => {
  it('keeps a 20-digit OIN as text in Dutch Excel, and plain for scripts', () => {
    expect(formatCell('identifier', '00000099000000002000', 'excel-nl')).toBe('="00000099000000002000"');
    expect(formatCell('identifier', '00000099000000002000', 'rfc4180')).toBe('00000099000000002000');
  });

  it('never writes a formula from what people typed: only plain identifiers become ="…"', () => {
    expect(formatCell('identifier', '=HYPERLINK("x")', 'excel-nl')).toBe('\'=HYPERLINK("x")');
    expect(formatCell('text', '+31 6 1234', 'excel-nl')).toBe("'+31 6 1234");
  });

  it('writes times in Amsterdam time as a Dutch Excel reads them; scripts keep ISO 8601', () => {
    expect(formatCell('datetime', '2018-12-20T10:00:00.000Z', 'excel-nl')).toBe('20-12-2018 11:00');
    expect(formatCell('datetime', '2019-07-01T22:30:00.000Z', 'excel-nl')).toBe('02-07-2019 00:30');
    expect(formatCell('date', '2019-01-14', 'excel-nl')).toBe('14-01-2019');
    expect(formatCell('datetime', '2018-12-20T10:00:00.000Z', 'rfc4180')).toBe('2018-12-20T10:00:00.000Z');
  });

  it('says codes in words for Dutch Excel, and keeps the code for scripts', () => {
    const labels = { completed: 'Afgerond' };
    expect(formatCell('text', 'completed', 'excel-nl', labels)).toBe('Afgerond');
    expect(formatCell('text', 'completed', 'rfc4180', labels)).toBe('completed');
  });
});
