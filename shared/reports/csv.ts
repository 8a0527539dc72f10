/**
 * CSV that opens right where procurement officers open it. Two dialects:
 * - `excel-nl` (default): UTF-8 with BOM (so Excel reads the accents), `;` between fields and a
 *   decimal comma — what a Dutch Excel expects;
 * - `rfc4180`: plain RFC 4180, `,` and a decimal point, no BOM — for scripts.
 * Both end lines with CRLF and quote fields that need it.
 */
export const CSV_DIALECTS = {
  'excel-nl': { separator: ';', decimalMark: ',', bom: true, yes: 'ja', no: 'nee' },
  rfc4180: { separator: ',', decimalMark: '.', bom: false, yes: 'true', no: 'false' },
} as const;
export type CsvDialect = keyof typeof CSV_DIALECTS;

export type CsvKind = 'text' | 'euro' | 'integer' | 'boolean';

export interface CsvColumn<Row> {
  header: string;
  kind: CsvKind;
  value: (row: Row) => string | number | boolean | null;
}

/** Euros as a Dutch reader writes them: `€ 24.750,00`. */
export const euroText = (cents: number): string =>
  `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** A spreadsheet would run a cell starting like a formula: keep it text (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function formatCell(
  kind: CsvKind,
  value: string | number | boolean | null,
  dialect: CsvDialect,
): string {
  const d = CSV_DIALECTS[dialect];
  if (value === null) return '';
  switch (kind) {
    case 'euro': {
      const cents = value as number;
      const sign = cents < 0 ? '-' : '';
      const abs = Math.abs(cents);
      return `${sign}${Math.floor(abs / 100)}${d.decimalMark}${String(abs % 100).padStart(2, '0')}`;
    }
    case 'integer':
      return String(value);
    case 'boolean':
      return value ? d.yes : d.no;
    default: {
      const text = String(value);
      return FORMULA_START.test(text) ? `'${text}` : text;
    }
  }
}

function quote(field: string, separator: string): string {
  return field.includes(separator) || /["\r\n]/.test(field) || field !== field.trim()
    ? `"${field.replaceAll('"', '""')}"`
    : field;
}

export function toCsv<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  dialect: CsvDialect,
): string {
  const d = CSV_DIALECTS[dialect];
  const line = (fields: string[]) => `${fields.map((f) => quote(f, d.separator)).join(d.separator)}\r\n`;
  const header = line(columns.map((c) => c.header));
  const body = rows
    .map((row) => line(columns.map((c) => formatCell(c.kind, c.value(row), dialect))))
    .join('');
  return `${d.bom ? '\uFEFF' : ''}${header}${body}`;
}
