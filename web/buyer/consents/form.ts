import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';

/** The reason field of declining one call's request. */
export const reasonField = (challengeId: string) => `reden-${challengeId}`;

/** A co-funder's answer to a request: approve its share, decline with a reason, or withdraw an approval. */
export const consentMapping =
  (challengeId: string) =>
  (values: Record<string, string>): FormMapping<BodyOf<typeof routes.decideConsent>> => ({
    body:
      values.decision === 'decline'
        ? { decision: 'decline', reason: (values[reasonField(challengeId)] ?? '').trim() }
        : values.decision === 'withdraw'
          ? { decision: 'withdraw' }
          : { decision: 'approve' },
    fieldOf: (field) => (field === 'body.reason' ? reasonField(challengeId) : undefined),
  });
