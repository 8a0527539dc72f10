/**
 * Deadlines are given and shown in Europe/Amsterdam; we store UTC instants. These helpers
 * convert without a time-zone library, using the runtime's own tz data (Intl).
 */
import { lastDayOfPeriodFrom } from './calendar.ts';

const ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Offset of Amsterdam from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as Amsterdam wall-clock time with its offset, e.g. `2018-12-05T17:00:00+01:00`. */
export function toAmsterdamIso(instant: Date | string): string {
  const at = new Date(instant);
  const offset = amsterdamOffsetMinutes(at);
  const local = new Date(at.getTime() + offset * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}+${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Parse a deadline: an ISO instant with offset or `Z` as is, or a wall-clock time without offset
 * as Amsterdam time. Returns the UTC ISO string, or undefined when it is not a valid time.
 */
export function parseDeadline(input: string): string | undefined {
  const local = LOCAL.exec(input);
  if (local) {
    const [, y, mo, d, h, mi, s] = local;
    const wall = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +(s ?? 0));
    if (Number.isNaN(wall)) return undefined;
    // Two passes find the offset in force at that wall-clock time (DST edges included).
    let instant = wall - amsterdamOffsetMinutes(new Date(wall)) * 60_000;
    instant = wall - amsterdamOffsetMinutes(new Date(instant)) * 60_000;
    const roundTrip = toAmsterdamIso(new Date(instant)).slice(0, 16);
    if (roundTrip !== `${y}-${mo}-${d}T${h}:${mi}`) return undefined; // e.g. 31 Feb or a skipped hour
    return new Date(instant).toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(input))
    return undefined;
  const at = new Date(input);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** The programme year of an instant: the calendar year in Amsterdam (envelopes are per year). */
export const programmeYearOf = (iso: string): number => Number(toAmsterdamIso(iso).slice(0, 4));

/** The Amsterdam calendar date (YYYY-MM-DD) of an instant. */
export const amsterdamDate = (instant: Date | string): string => toAmsterdamIso(instant).slice(0, 10);

/**
 * The end of a period of `days` days that starts with an event at `from`, counted as the law
 * counts (Regulation 1182/71 art. 3, Algemene termijnenwet): the day of the event is not counted,
 * a last day that is a Saturday, Sunday or public holiday moves to the next working day, and the
 * period ends at the end (24:00, Amsterdam time) of its last day — returned as the UTC instant of
 * that end. A decision on Tuesday 1 December 2026 with 20 days runs to the end of Monday
 * 21 December; one on Monday 7 December to the end of Monday 28 December (27 December is a Sunday).
 */
export function endOfPeriodInDays(from: Date | string, days: number): string {
  const last = lastDayOfPeriodFrom(amsterdamDate(from), days);
  const [y, m, d] = last.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)); // the day after the last day, 00:00
  return parseDeadline(`${next.toISOString().slice(0, 10)}T00:00`)!;
}

/**
 * The last day (Amsterdam date, YYYY-MM-DD) of a period that ends at 24:00 — stored as the next
 * day's 00:00: people read "up to and including 16 January", not "until 17 January 00:00".
 */
export const lastDayOfPeriod = (endsAt: string): string => amsterdamDate(new Date(Date.parse(endsAt) - 1));

/**
 * The same Amsterdam wall-clock time some calendar days earlier or later: 17:00 stays 17:00
 * across a change of summer time (where plain 24-hour steps would give 16:00 or 18:00). An hour
 * that does not exist on the target day (02:30 when summer time starts) falls back to 24-hour steps.
 */
export function shiftAmsterdamDays(instant: Date | string, days: number): string {
  const local = toAmsterdamIso(instant);
  const [y, m, d] = local.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  return (
    parseDeadline(`${date}T${local.slice(11, 19)}`) ??
    new Date(new Date(instant).getTime() + days * 86_400_000).toISOString()
  );
}
