/**
 * The Dutch calendar of periods: which days are no working days, so that a period whose last day
 * is a Saturday, a Sunday or a public holiday runs to the end of the next working day.
 *
 * Sources:
 * - Algemene termijnenwet (Atw) art. 1: a period set by law that ends on a Saturday, Sunday or
 *   public holiday is extended to the next day that is none of these; art. 3(1): the public
 *   holidays are New Year's Day, Easter Monday and Whit Monday, Christmas Day and Boxing Day,
 *   Ascension Day, the day the King's birthday is celebrated, and 5 May; art. 3(2): days the
 *   government declares equal to them (Good Friday is, by royal decree).
 * - Regulation (EEC, Euratom) 1182/71 art. 3(4) (the procurement directives' periods): a period
 *   whose last day is a public holiday, Sunday or Saturday ends at the last hour of the next
 *   working day; art. 3(5): a period of two days or more includes at least two working days.
 * - King's Day (Wet van 2013 on the King's birthday): 27 April, or 26 April when 27 April is a
 *   Sunday.
 * Easter is computed (the Gregorian computus); the rest follow from it or are fixed dates.
 */

/** Days the government declared equal to public holidays for one year only (Atw art. 3(2)), with the decree. */
export const DECLARED_EQUAL_DAYS: readonly { date: string; name: string; source: string }[] = [];

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(Date.UTC(year, month - 1, day));
}

const isoDate = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => isoDate(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday

export interface PublicHoliday {
  date: string;
  name: string;
}

/** The public holidays of a year for the Algemene termijnenwet, in date order. */
export function publicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const kingsDay = weekday(`${year}-04-27`) === 0 ? `${year}-04-26` : `${year}-04-27`;
  const days: PublicHoliday[] = [
    { date: `${year}-01-01`, name: 'Nieuwjaarsdag' },
    { date: plusDays(easter, -2), name: 'Goede Vrijdag' },
    { date: plusDays(easter, 1), name: 'Tweede Paasdag' },
    { date: kingsDay, name: 'Koningsdag' },
    { date: `${year}-05-05`, name: 'Bevrijdingsdag' },
    { date: plusDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: plusDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: `${year}-12-25`, name: 'Eerste Kerstdag' },
    { date: `${year}-12-26`, name: 'Tweede Kerstdag' },
    ...DECLARED_EQUAL_DAYS.filter((d) => d.date.startsWith(`${year}-`)),
  ];
  return days.map(({ date, name }) => ({ date, name })).sort((x, y) => x.date.localeCompare(y.date));
}

const holidaysByYear = new Map<number, Set<string>>();
const holidaySet = (year: number) => {
  let set = holidaysByYear.get(year);
  if (!set) {
    set = new Set(publicHolidays(year).map((h) => h.date));
    holidaysByYear.set(year, set);
  }
  return set;
};

/** Whether a calendar date (YYYY-MM-DD) is a working day: no Saturday, Sunday or public holiday. */
export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidaySet(Number(date.slice(0, 4))).has(date);
}

/** The date itself when it is a working day, else the next working day. */
export function workingDayOnOrAfter(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = plusDays(day, 1);
  return day;
}

/**
 * The last day of a period of `days` days that starts the day after `eventDate`: the counted last
 * day, moved past weekends and holidays (Atw art. 1, 1182/71 art. 3(4)), and for two days or more
 * long enough to hold two working days (1182/71 art. 3(5)).
 */
export function lastDayOfPeriodFrom(eventDate: string, days: number): string {
  let last = workingDayOnOrAfter(plusDays(eventDate, days));
  if (days >= 2) {
    const working = (until: string) => {
      let count = 0;
      for (let day = plusDays(eventDate, 1); day <= until; day = plusDays(day, 1))
        if (isWorkingDay(day)) count++;
      return count;
    };
    while (working(last) < 2) last = workingDayOnOrAfter(plusDays(last, 1));
  }
  return last;
}
