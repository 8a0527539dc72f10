import type { z } from 'zod/mini';
import { fieldText } from '#web/i18n/fields.ts';
import type { Lang } from '#web/i18n/format.ts';
import { problemText } from '#web/i18n/problems.ts';
import { ruleText } from '#web/i18n/rules.ts';
import type { Problem } from '#web/kit/api.ts';
import type { FormState } from '#web/kit/view.ts';

/**
 * An API refusal on a form, as the person should see it: each failing API field at its form
 * field (`fieldOf` maps the API's field path to the form's field name), other problems at the top.
 */
export function formErrors(
  problem: Problem,
  lang: Lang,
  fieldOf: (apiField: string) => string | undefined,
  problemField: Record<string, string> = {},
): Pick<FormState, 'errors' | 'general'> {
  const errors: Record<string, string> = {};
  const general: string[] = [];
  const slug = problem.type.slice(problem.type.lastIndexOf('/') + 1);
  if (problem.errors && problem.errors.length > 0) {
    for (const { field, rule, values } of problem.errors) {
      const name = fieldOf(field);
      if (name) errors[name] ??= ruleText(rule, values, lang) ?? fieldText(field, lang);
      else if (!general.includes(problemText(slug, lang))) general.push(problemText(slug, lang));
    }
  } else if (problemField[slug]) {
    errors[problemField[slug]] = problemText(slug, lang);
  } else {
    general.push(problemText(slug, lang));
  }
  return { errors, general };
}

/** A percentage as typed (`50`, `33,33`, `12.5`) in basis points, or undefined. */
export function parsePercent(input: string | undefined): number | undefined {
  const text = (input ?? '').trim().replace('%', '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return undefined;
  return Math.round(Number(text) * 100);
}

/** A whole number as typed, within bounds, or undefined. */
export function parseWhole(input: string | undefined, max = 1_000_000): number | undefined {
  const text = (input ?? '').trim();
  if (!/^\d{1,9}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= max ? n : undefined;
}

/** Basis points back into a percentage for a form (5000 → `50`, 3333 → `33,33`). */
export const percentForInput = (basisPoints: number, lang: Lang) =>
  (basisPoints / 100).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 2,
    useGrouping: false,
  });

/**
 * When the site already refuses some fields (an amount it cannot read), the rest of the body is
 * checked against the route's own schema too — the one the API validates with — so a person sees
 * every mistake at once instead of one round per kind of mistake. Nothing is sent.
 */
export function addSchemaErrors(
  form: FormState,
  schema: z.ZodMiniType | undefined,
  body: unknown,
  lang: Lang,
  fieldOf: (apiField: string) => string | undefined,
): void {
  const parsed = schema?.safeParse(body);
  if (!parsed || parsed.success) return;
  for (const issue of parsed.error.issues) {
    const apiField = ['body', ...issue.path.map(String)].join('.');
    const name = fieldOf(apiField);
    if (name && !form.errors[name]) form.errors[name] = fieldText(apiField, lang);
  }
}
