import { parseDeadline } from '#shared/platform/amsterdam.ts';
import { reviewScheduleName, SCHEDULE_KINDS, scheduler } from '#shared/platform/scheduler.ts';

/** The buyer is reminded at 09:00 (Amsterdam) on the last day of the review period. */
export async function scheduleReviewReminder(data: {
  awardId: string;
  milestone: number;
  submission: number;
  reviewDueDate: string;
}): Promise<void> {
  await scheduler().scheduleOnce({
    name: reviewScheduleName(data.awardId, data.milestone, data.submission),
    at: parseDeadline(`${data.reviewDueDate}T09:00`)!,
    target: SCHEDULE_KINDS.reviewDue.target,
    payload: { awardId: data.awardId, milestone: data.milestone, submission: data.submission },
  });
}
