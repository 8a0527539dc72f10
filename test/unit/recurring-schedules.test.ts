import { describe, expect, it } from 'vitest';
import {
  cronExpression,
  isoWeek,
  latestOccurrence,
  RECURRING_SCHEDULES,
} from '#shared/platform/scheduler.ts';

const digest = RECURRING_SCHEDULES.weeklyDigest;

describe('recurring schedules at Amsterdam wall-clock time', () => {
  it('says Monday 08:00 as EventBridge Scheduler cron', () => {
    expect(cronExpression(digest)).toBe('cron(0 8 ? * MON *)');
  });

  it('finds the latest Monday 08:00 at or before an instant, in winter and in summer', () => {
    // Wednesday 2 December 2026 (CET): Monday 30 November 08:00 = 07:00Z.
    expect(latestOccurrence(digest, '2026-12-02T10:00:00.000Z')).toBe('2026-11-30T07:00:00.000Z');
    // Monday itself, before and at 08:00.
    expect(latestOccurrence(digest, '2026-11-30T06:59:59.000Z')).toBe('2026-11-23T07:00:00.000Z');
    expect(latestOccurrence(digest, '2026-11-30T07:00:00.000Z')).toBe('2026-11-30T07:00:00.000Z');
    // Summer (CEST): Monday 6 July 2026 08:00 = 06:00Z.
    expect(latestOccurrence(digest, '2026-07-08T12:00:00.000Z')).toBe('2026-07-06T06:00:00.000Z');
    // Sunday 23:30 UTC is already Monday 00:30 in Amsterdam, before 08:00: the Monday before.
    expect(latestOccurrence(digest, '2026-11-29T23:30:00.000Z')).toBe('2026-11-23T07:00:00.000Z');
  });

  it('keeps 08:00 across the change of summer time (29 March 2026)', () => {
    expect(latestOccurrence(digest, '2026-03-30T07:00:00.000Z')).toBe('2026-03-30T06:00:00.000Z');
    expect(latestOccurrence(digest, '2026-03-30T05:59:00.000Z')).toBe('2026-03-23T07:00:00.000Z');
  });

  it('names the ISO week, at the turn of the year too', () => {
    expect(isoWeek('2026-11-30T07:00:00.000Z')).toBe('2026-W49');
    expect(isoWeek('2026-12-28T07:00:00.000Z')).toBe('2026-W53');
    expect(isoWeek('2027-01-04T07:00:00.000Z')).toBe('2027-W01');
    expect(isoWeek('2024-12-30T07:00:00.000Z')).toBe('2025-W01');
  });
});
