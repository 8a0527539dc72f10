import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';

/** A company's question about a call, perhaps about one phase. */
export function questionMapping(
  values: Record<string, string>,
): FormMapping<BodyOf<typeof routes.askQuestion>> {
  const phase = Number(values.phase);
  return {
    body: {
      question: values.question ?? '',
      ...(phase === 1 || phase === 2 || phase === 3 ? { phase } : {}),
    },
    fieldOf: (field) => (field === 'body.phase' ? 'phase' : 'question'),
    problemField: { 'phase-2-requires-phase-1': 'phase' },
  };
}
