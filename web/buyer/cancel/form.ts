import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';

/** Cancelling a call: the reason, published with the cancellation. */
export const cancelMapping = (
  values: Record<string, string>,
): FormMapping<BodyOf<typeof routes.cancelChallenge>> => ({
  body: { reason: values.reason ?? '' },
  fieldOf: () => 'reason',
});
