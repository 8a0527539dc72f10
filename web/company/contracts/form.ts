import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** A milestone's deliverable: what it is, and where to find it. */
export function deliverableMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.submitDeliverable>> {
  const reference = values.reference?.trim();
  return {
    body: { summary: values.summary ?? '', ...(reference ? { reference } : {}) },
    texts: { summary: texts(v).summaryInvalid, reference: texts(v).referenceInvalid },
    fieldOf: (f) => ({ summary: 'summary', reference: 'reference' })[f.split('.')[1] ?? ''],
  };
}
