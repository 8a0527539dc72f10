import { splitCents } from '#shared/funding/split.ts';
import { DEFAULT_REVIEW_DAYS, type Milestone } from './schemas.ts';

/*
 * The payment schedule: what the company delivers, when, and what each delivery pays. Pure.
 */

interface DefaultMilestone {
  /** Its share of the award, in basis points (the shares add up to 10 000). */
  basisPoints: number;
  deliverable: { nl: string; en?: string };
}

/**
 * The programme's default schedule per phase, until the buyer sets the contract's own: phase 1
 * pays once, at the accepted feasibility report; phase 2 in three instalments (plan, prototype,
 * final report and demonstration); phase 3 once, at delivery.
 */
export const DEFAULT_SCHEDULES: Record<number, readonly DefaultMilestone[]> = {
  1: [
    {
      basisPoints: 10_000,
      deliverable: {
        nl: 'Eindrapport van het haalbaarheidsonderzoek',
        en: 'Final report of the feasibility study',
      },
    },
  ],
  2: [
    {
      basisPoints: 4_000,
      deliverable: {
        nl: 'Plan van aanpak met tussendoelen',
        en: 'Work plan with intermediate targets',
      },
    },
    {
      basisPoints: 3_000,
      deliverable: {
        nl: 'Tussenrapport: werkend prototype',
        en: 'Interim report: a working prototype',
      },
    },
    {
      basisPoints: 3_000,
      deliverable: {
        nl: 'Eindrapport en demonstratie van het prototype',
        en: 'Final report and demonstration of the prototype',
      },
    },
  ],
  3: [
    {
      basisPoints: 10_000,
      deliverable: { nl: 'Levering en acceptatie', en: 'Delivery and acceptance' },
    },
  ],
};

/** The day `k/n` of the way from start to end (the last milestone falls on the end date). */
function dateAlong(startDate: string, endDate: string, k: number, n: number): string {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const end = Date.parse(`${endDate}T00:00:00Z`);
  const days = Math.round((end - start) / 86_400_000);
  return new Date(start + Math.round((days * k) / n) * 86_400_000).toISOString().slice(0, 10);
}

const blank = (
  number: number,
  m: { deliverable: Milestone['deliverable']; dueDate: string; amountCents: number },
): Milestone => ({
  number,
  deliverable: m.deliverable,
  dueDate: m.dueDate,
  amountCents: m.amountCents,
  status: 'open',
  submissions: [],
  reviews: [],
});

/**
 * The default schedule of an award: the milestones the call stated for its phase (else the
 * programme's default), the award's amount divided over them by THE split function (so they add
 * up to it exactly), due evenly over the contract's period.
 */
export function defaultSchedule(
  award: { phase: number; amountCents: number; startDate: string; endDate: string },
  stated?: readonly DefaultMilestone[],
): Milestone[] {
  const plan =
    stated && stated.length > 0 ? stated : (DEFAULT_SCHEDULES[award.phase] ?? DEFAULT_SCHEDULES[1]!);
  const amounts = splitCents(
    award.amountCents,
    plan.map((m, i) => ({ key: String(i + 1), basisPoints: m.basisPoints })),
  );
  return plan.map((m, i) =>
    blank(i + 1, {
      deliverable: m.deliverable,
      dueDate: dateAlong(award.startDate, award.endDate, i + 1, plan.length),
      amountCents: amounts.get(String(i + 1))!,
    }),
  );
}

/** The buyer's own schedule, numbered in order. */
export const scheduleOf = (
  milestones: readonly { deliverable: Milestone['deliverable']; dueDate: string; amountCents: number }[],
): Milestone[] => milestones.map((m, i) => blank(i + 1, m));

export const totalOf = (milestones: readonly Pick<Milestone, 'amountCents'>[]) =>
  milestones.reduce((sum, m) => sum + m.amountCents, 0);

/** Accepted (payable or paid): what a terminated contract still pays. */
export const acceptedTotal = (milestones: readonly Milestone[]) =>
  totalOf(
    milestones.filter((m) => m.status === 'accepted' || m.status === 'invoiced' || m.status === 'paid'),
  );

export { DEFAULT_REVIEW_DAYS };
