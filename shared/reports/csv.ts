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

/**
 * How a column's value is written. Besides text, money, whole numbers and yes/no:
 * - `identifier`: a long number that is a name (an OIN, a KvK number): Excel would make it a
 *   number and drop digits, so the Dutch dialect writes it as a text formula (`="0000…"`);
 * - `datetime` / `date`: an instant, or a calendar day — the Dutch dialect writes it as a Dutch
 *   Excel reads it, in Amsterdam time (`20-12-2018 11:00`, `14-01-2019`); RFC 4180 keeps ISO 8601.
 */
export type CsvKind = 'text' | 'euro' | 'integer' | 'boolean' | 'identifier' | 'datetime' | 'date';

export interface CsvColumn<Row> {
  header: string;
  kind: CsvKind;
  value: (row: Row) => string | number | boolean | null;
  /** Codes in the words of the Dutch dialect (`completed` → `Afgerond`); RFC 4180 keeps the code. */
  labels?: Readonly<Record<string, string>>;
}

/** Euros as a Dutch reader writes them: `€ 24.750,00`. */
export const euroText = (cents: number): string =>
  `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** A spreadsheet would run a cell starting like a formula: keep it text (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

const amsterdam = (iso: string, withTime: boolean) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    })
      .formatToParts(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso))
      .map((p) => [p.type, p.value]),
  );
  const day = `${parts.day}-${parts.month}-${parts.year}`;
  return withTime ? `${day} ${parts.hour}:${parts.minute}` : day;
};

/** A name made of digits and letters only (what `identifier` columns hold): safe inside `="…"`. */
const PLAIN_IDENTIFIER = /^[0-9A-Za-z.]+$/;

export function formatCell(
  kind: CsvKind,
  value: string | number | boolean | null,
  dialect: CsvDialect,
  labels?: Readonly<Record<string, string>>,
): string {
  const d = CSV_DIALECTS[dialect];
  if (value === null) return '';
  const dutch = dialect === 'excel-nl';
  switch (kind) {
    case 'identifier': {
      const text = String(value);
      return dutch && PLAIN_IDENTIFIER.test(text) ? `="${text}"` : formatCell('text', text, dialect);
    }
    case 'datetime':
    case 'date':
      return dutch ? amsterdam(String(value), kind === 'datetime') : String(value);
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
      const text = dutch && labels ? (labels[String(value)] ?? String(value)) : String(value);
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
    .map((row) => line(columns.map((c) => formatCell(c.kind, c.value(row), dialect, c.labels))))
    .join('');
  return `${d.bom ? '\uFEFF' : ''}${header}${body}`;
}
