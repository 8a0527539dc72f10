import { CRITERIA, type CriterionKey } from '#shared/kernel/vocabulary.ts';
import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

type Criterion = BodyOf<typeof routes.scoreProposal>['scores'][number]['criterion'];

const nameOf = (criterion: string, v: View) =>
  (CRITERIA[criterion as CriterionKey]?.[v.lang] ?? criterion).toLowerCase();

/**
 * A proposal's scores, one per criterion (`score-<criterion>`, 0–10) with its motivation
 * (`why-<criterion>`), and an overall judgement. Each error names its criterion.
 */
export function scoreMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.scoreProposal>> {
  const scores = Object.entries(values)
    .filter(([name]) => name.startsWith('score-'))
    .map(([name, value]) => {
      const criterion = name.slice('score-'.length) as Criterion;
      const why = values[`why-${criterion}`]?.trim();
      return {
        criterion,
        // Anything but a whole number goes to the API as out of range, which names the field.
        score: /^\d{1,2}$/.test(value) ? Number(value) : -1,
        ...(why ? { motivation: why } : {}),
      };
    });
  const overall = values.motivation?.trim();
  return {
    body: { scores, ...(overall ? { motivation: overall } : {}) },
    fieldOf: (apiField) => {
      const [, top, index, sub] = apiField.split('.');
      if (top === 'motivation') return 'motivation';
      const score = top === 'scores' ? scores[Number(index ?? 0)] : undefined;
      if (!score) return undefined;
      return sub === 'motivation' ? `why-${score.criterion}` : `score-${score.criterion}`;
    },
    texts: Object.fromEntries([
      ['motivation', texts(v).motivationMissing],
      ...scores.flatMap((s) => [
        [`score-${s.criterion}`, texts(v).chooseScore(nameOf(s.criterion, v))],
        [`why-${s.criterion}`, texts(v).whyTooShort(nameOf(s.criterion, v))],
      ]),
    ]),
  };
}
