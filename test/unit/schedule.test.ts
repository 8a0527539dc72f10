import { describe, expect, it } from 'vitest';
import { acceptedTotal, defaultSchedule, totalOf } from '#shared/contracts/schedule.ts';

/** The payment schedule a contract starts with: the call's own for the phase, or the programme's. */
describe('the default payment schedule', () => {
  const award = { amountCents: 4_999_999, startDate: '2027-03-01', endDate: '2027-08-31' };

  it('pays phase 1 once at the feasibility report, and phase 2 in 40/30/30, adding up to the award exactly', () => {
    expect(defaultSchedule({ ...award, phase: 1 }).map((m) => [m.amountCents, m.dueDate])).toEqual([
      [4_999_999, '2027-08-31'],
    ]);
    const phase2 = defaultSchedule({ ...award, phase: 2 });
    // Largest remainder: 1.999.999,6 / 1.499.999,7 / 1.499.999,7 — the two cents left go to the larger remainders.
    expect(phase2.map((m) => m.amountCents)).toEqual([1_999_999, 1_500_000, 1_500_000]);
    expect(totalOf(phase2)).toBe(4_999_999);
    expect(phase2.at(-1)!.dueDate).toBe('2027-08-31');
  });

  it('follows the schedule the call states for the phase', () => {
    const stated = [
      { basisPoints: 2_500, deliverable: { nl: 'Plan van aanpak' } },
      { basisPoints: 2_500, deliverable: { nl: 'Tussenrapport' } },
      { basisPoints: 5_000, deliverable: { nl: 'Eindrapport' } },
    ];
    const schedule = defaultSchedule({ ...award, phase: 1 }, stated);
    expect(schedule.map((m) => [m.number, m.deliverable.nl, m.amountCents, m.status])).toEqual([
      [1, 'Plan van aanpak', 1_250_000, 'open'],
      [2, 'Tussenrapport', 1_250_000, 'open'],
      [3, 'Eindrapport', 2_499_999, 'open'],
    ]);
    expect(totalOf(schedule)).toBe(award.amountCents);
    expect(acceptedTotal(schedule)).toBe(0);
  });
});
