import * as z from 'zod/mini';
import { ENTITY, notificationKeys } from '#shared/db/keys.ts';
import { transact } from '#shared/db/store.ts';
import { clock } from '#shared/platform/clock.ts';

/**
 * What SES reports through the configuration set's EventBridge destination (on the default bus):
 * a permanent bounce or a complaint suppresses that address here, so the notifier skips it and
 * records why (SES's own suppression list does the same on its side).
 */
export const sesFeedbackEvent = z.object({
  'detail-type': z.enum(['Email Bounced', 'Email Complaint Received']),
  detail: z.object({
    eventType: z.optional(z.string()),
    bounce: z.optional(
      z.object({
        bounceType: z.string(),
        bouncedRecipients: z
          .array(z.object({ emailAddress: z.string().check(z.maxLength(254)) }))
          .check(z.maxLength(50)),
      }),
    ),
    complaint: z.optional(
      z.object({
        complainedRecipients: z
          .array(z.object({ emailAddress: z.string().check(z.maxLength(254)) }))
          .check(z.maxLength(50)),
      }),
    ),
  }),
});

export async function suppressFromFeedback(event: unknown): Promise<string[]> {
  const parsed = sesFeedbackEvent.parse(event);
  const { bounce, complaint } = parsed.detail;
  const addresses =
    parsed['detail-type'] === 'Email Bounced'
      ? bounce?.bounceType === 'Permanent'
        ? bounce.bouncedRecipients.map((r) => r.emailAddress)
        : [] // a transient bounce (mailbox full) does not stop the next message
      : (complaint?.complainedRecipients ?? []).map((r) => r.emailAddress);
  const reason = parsed['detail-type'] === 'Email Bounced' ? 'bounce' : 'complaint';
  for (const address of addresses)
    await transact([
      {
        item: {
          Put: {
            Item: {
              ...notificationKeys.suppressed(address),
              entity: ENTITY.suppressedAddress,
              reason,
              at: clock.nowIso(),
            },
          },
        },
      },
    ]);
  return addresses;
}
