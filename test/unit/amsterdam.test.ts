import { describe, expect, it } from 'vitest';
import { parseDeadline, toAmsterdamIso } from '#shared/platform/amsterdam.ts';

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
});
