import { describe, expect, it } from 'vitest';
import { endOfPeriodInDays, lastDayOfPeriod, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import {
  easterSunday,
  isWorkingDay,
  lastDayOfPeriodFrom,
  publicHolidays,
} from '#shared/platform/calendar.ts';

/** Easter Sunday per year, from the published tables (not from the computus under test). */
const EASTER: Record<number, string> = {
  2018: '2018-04-01',
  2019: '2019-04-21',
  2020: '2020-04-12',
  2021: '2021-04-04',
  2022: '2022-04-17',
  2023: '2023-04-09',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
  2031: '2031-04-13',
  2032: '2032-03-28',
  2033: '2033-04-17',
  2034: '2034-04-09',
  2035: '2035-03-25',
};
const day = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the Dutch calendar of periods', () => {
  for (const [year, easter] of Object.entries(EASTER))
    it(`${year}: Easter on ${easter}, and the nine holidays of the Algemene termijnenwet`, () => {
      expect(easterSunday(Number(year))).toBe(easter);
      const kingsDay =
        new Date(`${year}-04-27T00:00:00Z`).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
      expect(publicHolidays(Number(year))).toEqual(
        [
          { date: `${year}-01-01`, name: 'Nieuwjaarsdag' },
          { date: day(easter, -2), name: 'Goede Vrijdag' },
          { date: day(easter, 1), name: 'Tweede Paasdag' },
          { date: kingsDay, name: 'Koningsdag' },
          { date: `${year}-05-05`, name: 'Bevrijdingsdag' },
          { date: day(easter, 39), name: 'Hemelvaartsdag' },
          { date: day(easter, 50), name: 'Tweede Pinksterdag' },
          { date: `${year}-12-25`, name: 'Eerste Kerstdag' },
          { date: `${year}-12-26`, name: 'Tweede Kerstdag' },
        ].sort((a, b) => a.date.localeCompare(b.date)),
      );
      for (const holiday of publicHolidays(Number(year)))
        expect(isWorkingDay(holiday.date), holiday.name).toBe(false);
    });

  it('celebrates King’s Day on 26 April when 27 April is a Sunday (2025, 2031)', () => {
    expect(publicHolidays(2025).find((h) => h.name === 'Koningsdag')?.date).toBe('2025-04-26');
    expect(publicHolidays(2031).find((h) => h.name === 'Koningsdag')?.date).toBe('2031-04-26');
    expect(publicHolidays(2026).find((h) => h.name === 'Koningsdag')?.date).toBe('2026-04-27');
  });

  it('ends the standstill of a decision on Monday 7 December 2026 with Monday 28 December, not Sunday 27', () => {
    const end = endOfPeriodInDays('2026-12-07T10:00:00Z', 20);
    expect(lastDayOfPeriod(end)).toBe('2026-12-28');
    expect(toAmsterdamIso(end)).toBe('2026-12-29T00:00:00+01:00');
  });

  it('moves a last day past every kind of day off', () => {
    // Good Friday 2026 (3 April) → past Easter weekend and Easter Monday to Tuesday 7 April.
    expect(lastDayOfPeriodFrom('2026-03-24', 10)).toBe('2026-04-07');
    // Ascension Day 2027 (6 May) → Friday 7 May; King's Day 2025 (Saturday 26 April) → Monday 28 April.
    expect(lastDayOfPeriodFrom('2027-04-26', 10)).toBe('2027-05-07');
    expect(lastDayOfPeriodFrom('2025-04-16', 10)).toBe('2025-04-28');
    // 5 May 2028 is a Friday: to Monday 8 May. New Year's Day 2033 is a Saturday: to Monday 3 January.
    expect(lastDayOfPeriodFrom('2028-04-25', 10)).toBe('2028-05-08');
    expect(lastDayOfPeriodFrom('2032-12-22', 10)).toBe('2033-01-03');
    // A working last day stays.
    expect(lastDayOfPeriodFrom('2026-12-01', 20)).toBe('2026-12-21');
  });

  it('gives a period of two days or more at least two working days (1182/71 art. 3(5))', () => {
    // From Thursday 24 December 2026, two days: Christmas, Saturday → Monday 28 has one working day; so Tuesday 29.
    expect(lastDayOfPeriodFrom('2026-12-24', 2)).toBe('2026-12-29');
    // A one-day period needs only its one working day.
    expect(lastDayOfPeriodFrom('2026-12-24', 1)).toBe('2026-12-28');
  });

  it('ends at 24:00 Amsterdam of the last day, in winter and in summer time', () => {
    // Last day Friday 27 March 2026 (CET) and Monday 30 March 2026 (CEST, after the change).
    expect(endOfPeriodInDays('2026-03-17T12:00:00Z', 10)).toBe('2026-03-27T23:00:00.000Z');
    expect(endOfPeriodInDays('2026-03-18T12:00:00Z', 10)).toBe('2026-03-30T22:00:00.000Z');
    // Last day Saturday 24 October 2026 (CEST) moves to Monday 26 October, after the change back (CET).
    expect(endOfPeriodInDays('2026-10-14T12:00:00Z', 10)).toBe('2026-10-26T23:00:00.000Z');
  });
});
