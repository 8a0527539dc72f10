import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/**
 * The conflict declarations of a phase: per proposal none or conflict (`decl-<proposalId>`).
 * With nothing chosen, each proposal the form asked about (`asked`) gets the error at its own
 * question, so the summary links to it.
 */
export function declarationsMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.declareConflicts>> {
  const declarations = Object.entries(values)
    .filter(([name, value]) => name.startsWith('decl-') && (value === 'none' || value === 'conflict'))
    .map(([name, value]) => ({
      proposalId: name.slice('decl-'.length),
      conflictOfInterest: value === 'conflict',
    }))
    .filter((d) => UUID.test(d.proposalId));
  const asked = (values.asked ?? '').split(',').filter((id) => UUID.test(id));
  const unanswered =
    declarations.length === 0
      ? Object.fromEntries(asked.map((id) => [`decl-${id}`, texts(v).chooseDeclaration]))
      : {};
  return {
    body: { declarations },
    errors: unanswered,
    ...(declarations.length === 0 && asked.length === 0 ? { general: [texts(v).chooseDeclaration] } : {}),
    fieldOf: () => undefined,
  };
}
