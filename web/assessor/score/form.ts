import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';

type Criterion = BodyOf<typeof routes.scoreProposal>['scores'][number]['criterion'];

/** A proposal's scores, one per criterion (`score-<criterion>`, 0–10), and the motivation. */
export function scoreMapping(
  values: Record<string, string>,
): FormMapping<BodyOf<typeof routes.scoreProposal>> {
  const scores = Object.entries(values)
    .filter(([name]) => name.startsWith('score-'))
    .map(([name, value]) => ({
      criterion: name.slice('score-'.length) as Criterion,
      // Anything but a whole number goes to the API as out of range, which names the field.
      score: /^\d{1,2}$/.test(value) ? Number(value) : -1,
    }));
  return {
    body: { scores, motivation: values.motivation ?? '' },
    fieldOf: (apiField) => {
      const [, top, index] = apiField.split('.');
      if (top === 'motivation') return 'motivation';
      const score = top === 'scores' ? scores[Number(index ?? 0)] : undefined;
      return score ? `score-${score.criterion}` : undefined;
    },
  };
}
