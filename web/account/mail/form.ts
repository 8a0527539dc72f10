import type { MessageKind } from '#shared/notifications/schemas.ts';
import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** The settings form: the address (empty: the sign-in's), the language, the kinds left on. */
export function preferencesMapping(
  values: Record<string, string>,
  v: View,
  kinds: readonly MessageKind[],
): FormMapping<BodyOf<typeof routes.putPreferences>> {
  const on = (values.on ?? '').split(',').filter(Boolean);
  const email = (values.email ?? '').trim();
  const language = values.language === 'en' ? 'en' : values.language === 'nl' ? 'nl' : undefined;
  return {
    body: {
      ...(email ? { email } : {}),
      language: language ?? 'nl',
      off: kinds.filter((k) => !on.includes(k)),
    },
    errors: language ? {} : { language: texts(v).language },
    fieldOf: (f) => (f.endsWith('email') ? 'email' : f.endsWith('off') ? 'on' : undefined),
    texts: { email: texts(v).addressInvalid },
  };
}

/** A saved search: a name and at least one of themes, instruments and CPV codes. */
export function savedSearchMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.saveSearch>> {
  const list = (name: string) => (values[name] ?? '').split(',').filter(Boolean);
  const cpvCodes = (values.cpvCodes ?? '')
    .split(/[,\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
  return {
    body: {
      name: values.name ?? '',
      themes: list('themes'),
      instruments: list('instruments'),
      cpvCodes,
    } as never,
    fieldOf: (f) => {
      const name = f.split('.')[1];
      return name === 'name' || name === 'themes' || name === 'instruments' || name === 'cpvCodes'
        ? name
        : undefined;
    },
    texts: { themes: texts(v).anyFilter },
  };
}
