import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import type { View } from '#web/kit/view.ts';

/** The conflict declarations of a phase: per proposal none or conflict (`decl-<proposalId>`). */
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
  return {
    body: { declarations },
    ...(declarations.length === 0 ? { general: [v.t.form.chooseYesNo] } : {}),
    fieldOf: () => undefined,
  };
}
