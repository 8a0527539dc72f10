import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import { OIN } from '#web/kit/ids.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** An organisation for the register of government bodies: its OIN (in the path), name and kind. */
export function organisationMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.putGovernmentOrganisation>> {
  return {
    body: { name: values.name ?? '', kind: (values.kind ?? '') as 'province' },
    errors: OIN.test(values.oin?.trim() ?? '') ? {} : { oin: texts(v).oinInvalid },
    fieldOf: (f) => (f.startsWith('params') ? 'oin' : f.split('.')[1]),
  };
}
