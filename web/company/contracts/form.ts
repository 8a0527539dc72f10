import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';

/** A milestone's deliverable: what it is, and where to find it. */
export function deliverableMapping(
  values: Record<string, string>,
): FormMapping<BodyOf<typeof routes.submitDeliverable>> {
  const reference = values.reference?.trim();
  return {
    body: { summary: values.summary ?? '', ...(reference ? { reference } : {}) },
    fieldOf: (f) => ({ summary: 'summary', reference: 'reference' })[f.split('.')[1] ?? ''],
  };
}
