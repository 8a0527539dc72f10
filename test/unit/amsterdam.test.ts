import { describe, expect, it } from 'vitest';
import {
  endOfPeriodInDays,
  parseDeadline,
  shiftAmsterdamDays,
  toAmsterdamIso,
} from '#shared/platform/amsterdam.ts';

describe('deadlines in Europe/Amsterdam', () => {
  it('reads wall-clock time without offset as Amsterdam time, winter and summer', () => {
    expect(parseDeadline('2018-12-05T17:00')).toBe('2018-12-05T16:00:00.000Z'); // CET, +01:00
    expect(parseDeadline('2019-09-02T17:00')).toBe('2019-09-02T15:00:00.000Z'); // CEST, +02:00
  });

  it('keeps explicit offsets and Z as given', () => {
    expect(parseDeadline('2018-12-05T17:00:00+01:00')).toBe('2018-12-05T16:00:00.000Z');
    expect(parseDeadline('2018-12-05T16:00:00Z')).toBe('2018-12-05T16:00:00.000Z');
  });

  it('refuses impossible dates and the hour skipped when summer time starts', () => {
    expect(parseDeadline('2018-02-31T17:00')).toBeUndefined();
    expect(parseDeadline('2019-03-31T02:30')).toBeUndefined();
    expect(parseDeadline('tomorrow')).toBeUndefined();
    expect(parseDeadline('2018-12-05')).toBeUndefined();
  });

  it('shows instants in Amsterdam time with the offset in force', () => {
    expect(toAmsterdamIso('2018-12-05T16:00:00.000Z')).toBe('2018-12-05T17:00:00+01:00');
    expect(toAmsterdamIso('2019-09-02T15:00:00.000Z')).toBe('2019-09-02T17:00:00+02:00');
    // The night summer time ends: 00:30 UTC is 02:30 CEST, 01:30 UTC is 02:30 CET.
    expect(toAmsterdamIso('2019-10-27T00:30:00Z')).toBe('2019-10-27T02:30:00+02:00');
    expect(toAmsterdamIso('2019-10-27T01:30:00Z')).toBe('2019-10-27T02:30:00+01:00');
  });

  it('counts a period of days as the law does: the day of the event not counted, to 24:00 of the last working day', () => {
    // A decision on Saturday 1 December 2018 (any hour, Amsterdam) with 20 days: to the end of Friday 21 December.
    expect(endOfPeriodInDays('2018-12-01T08:00:00Z', 20)).toBe('2018-12-21T23:00:00.000Z');
    expect(endOfPeriodInDays('2018-12-01T22:59:59Z', 20)).toBe('2018-12-21T23:00:00.000Z');
    // 23:30 UTC on 1 December is already 2 December in Amsterdam: day 20 is Saturday 22 December,
    // so the period runs to the end of Monday 24 December.
    expect(endOfPeriodInDays('2018-12-01T23:30:00Z', 20)).toBe('2018-12-24T23:00:00.000Z');
    // Across the change to summer time: ends at 24:00 CEST (Tuesday 9 April 2019).
    expect(endOfPeriodInDays('2019-03-20T12:00:00Z', 20)).toBe('2019-04-09T22:00:00.000Z');
    // Across the change back to winter time: day 20 is Saturday 9 November, so the end of Monday 11 November, CET.
    expect(endOfPeriodInDays('2019-10-20T12:00:00Z', 20)).toBe('2019-11-11T23:00:00.000Z');
    expect(toAmsterdamIso(endOfPeriodInDays('2019-10-20T12:00:00Z', 20))).toBe('2019-11-12T00:00:00+01:00');
  });

  it('moves by calendar days at the same clock time: 17:00 stays 17:00 across both changes of summer time', () => {
    // Ten days before 5 November 17:00 (CET) is 26 October 17:00 (CEST).
    expect(toAmsterdamIso(shiftAmsterdamDays(parseDeadline('2019-11-05T17:00')!, -10))).toBe(
      '2019-10-26T17:00:00+02:00',
    );
    // Ten days before 5 April 17:00 (CEST) is 26 March 17:00 (CET).
    expect(toAmsterdamIso(shiftAmsterdamDays(parseDeadline('2019-04-05T17:00')!, -10))).toBe(
      '2019-03-26T17:00:00+01:00',
    );
    // An hour that does not exist on the target day falls back to whole 24-hour steps.
    expect(shiftAmsterdamDays(parseDeadline('2019-04-10T02:30')!, -10)).toBe(
      new Date(Date.parse(parseDeadline('2019-04-10T02:30')!) - 10 * 86_400_000).toISOString(),
    );
  });
});
