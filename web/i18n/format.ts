/**
 * Numbers, amounts and times as people read them: euros with the Dutch or English conventions,
 * deadlines in Europe/Amsterdam with weekday and time, and how long is left. The machines run in
 * UTC, so every date format names the time zone.
 */
import { lastDayOfPeriod } from '#shared/platform/amsterdam.ts';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
export const TIME_ZONE = 'Europe/Amsterdam';

const money = new Map<Lang, Intl.NumberFormat>();
/** `€ 2.500.000,00` (nl) or `€2,500,000.00` (en), from integer cents. */
export function formatMoney(cents: number, lang: Lang): string {
  let format = money.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR' });
    money.set(lang, format);
  }
  return format.format(cents / 100);
}

/** A percentage from basis points: 5000 → `50%` (nl: `50%`), 3333 → `33,33%`. */
export function formatShare(basisPoints: number, lang: Lang): string {
  return `${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(basisPoints / 100)}%`;
}

export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** `vrijdag 10 januari 2027, 17:00` / `Friday 10 January 2027, 17:00` (Amsterdam time). */
export function formatDateTime(iso: string, lang: Lang): string {
  const instant = new Date(iso);
  const date = new Intl.DateTimeFormat(LOCALE[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(instant);
  const time = new Intl.DateTimeFormat(LOCALE[lang], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(instant);
  return `${date}, ${time}`;
}

/** `10 januari 2027` (a calendar date, e.g. a contract's start). */
export function formatDate(iso: string, lang: Lang): string {
  const instant = iso.length === 10 ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(instant);
}

/** The last day of a period that ends at 24:00 (stored as the next day's 00:00): "16 januari", read as "t/m". */
export const formatLastDay = (endsAt: string, lang: Lang) => formatDate(lastDayOfPeriod(endsAt), lang);

/** The machine-readable value of a `<time>` element. */
export const isoOf = (iso: string) => new Date(iso).toISOString();

/**
 * How long is left before `deadline`, in the two largest units that matter: "nog 3 dagen en
 * 4 uur", "nog 45 minuten"; undefined once it has passed.
 */
export function timeLeft(deadline: string, now: Date, lang: Lang): string | undefined {
  const ms = new Date(deadline).getTime() - now.getTime();
  if (ms <= 0) return undefined;
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const mins = minutes % 60;
  const unit = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const words =
    lang === 'nl'
      ? { day: ['dag', 'dagen'], hour: ['uur', 'uur'], minute: ['minuut', 'minuten'], and: 'en' }
      : { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'], and: 'and' };
  const parts: string[] = [];
  if (days > 0) parts.push(unit(days, words.day[0]!, words.day[1]!));
  if (hours > 0 && parts.length < 2) parts.push(unit(hours, words.hour[0]!, words.hour[1]!));
  if (days === 0 && mins > 0 && parts.length < 2) parts.push(unit(mins, words.minute[0]!, words.minute[1]!));
  if (parts.length === 0) parts.push(unit(1, words.minute[0]!, words.minute[1]!));
  const text = parts.join(` ${words.and} `);
  return lang === 'nl' ? `nog ${text}` : `${text} left`;
}

/**
 * Reads an amount in euros as typed by a person: `50000`, `50.000`, `50.000,00`, `€ 49.999,5`,
 * and the English `50,000.00`. Returns cents, or undefined when it is not an amount.
 */
export function parseEuros(input: string): number | undefined {
  let text = input.replace(/[€\s\u00a0]/g, '').replace(/^EUR/i, '');
  if (!/^\d[\d.,]*$/.test(text)) return undefined;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  // The decimal separator is the last one followed by one or two digits; the other groups thousands.
  const decimalAt = Math.max(lastComma, lastDot);
  let decimals = '';
  if (decimalAt >= 0 && text.length - decimalAt - 1 <= 2) {
    decimals = text.slice(decimalAt + 1);
    text = text.slice(0, decimalAt);
  }
  const whole = text.replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole) || whole.length > 12) return undefined;
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** Cents back into what a person would type in a Dutch or English form (no currency sign). */
export function eurosForInput(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
    useGrouping: true,
  }).format(cents / 100);
}

/** A file size as people read it: 812 bytes, 14,2 kB, 3,4 MB (decimal units). */
export function formatBytes(bytes: number, lang: Lang): string {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  if (bytes < 1000) return `${bytes} ${lang === 'nl' ? 'bytes' : 'bytes'}`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
