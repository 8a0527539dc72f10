import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';

/** An objection to an award decision during its standstill: the grounds, in the company's words. */
export const objectionMapping =
  (decisionId: string) =>
  (values: Record<string, string>): FormMapping<BodyOf<typeof routes.lodgeObjection>> => ({
    body: { decisionId, grounds: (values.grounds ?? '').trim() },
    fieldOf: (field) => (field === 'body.grounds' ? 'grounds' : undefined),
  });
