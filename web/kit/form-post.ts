import type { z } from 'zod/mini';
import type { AnyRoute } from '#shared/http/route.ts';
import type { ProblemType } from '#shared/platform/problem-types.ts';
import type { ApiInput, ApiResult, Problem } from './api.ts';
import { AssurancePage } from './assurance.tsx';
import { formValues, notFoundPage, render, type SiteContext } from './context.tsx';
import { addSchemaErrors, formErrors } from './forms.ts';
import type { FormState, View } from './view.ts';

/**
 * The one form pipeline: values → body → API → redirect, or the page again with what was typed,
 * each error at its field and the rest at the top. What is left per form is its own mapping.
 */

/** What a form's mapping says about one post: the body, what the site can tell, where errors go. */
export interface FormMapping<Body> {
  body: Body;
  /** Mistakes the site can tell by itself (an amount it cannot read), at form field names. */
  errors?: Record<string, string>;
  /** Mistakes of the whole form (nothing chosen). */
  general?: string[];
  /** The form field of a failing API field path (`body.phases.0.budgetCents` → `phase1Budget`). */
  fieldOf: (apiField: string) => string | undefined;
  /** Refusals that belong at one field rather than at the top; a text replaces the generic one. */
  problemField?: Partial<Record<ProblemType, string | { field: string; text: string }>>;
  /** A form field's own text when it errs (the field's name, not the API's wording). */
  texts?: Record<string, string>;
  /** What a refusal's extensions say in the reader's words (each funder short, and by how much). */
  explain?: (problem: Problem) => string[] | undefined;
  /** A refusal that names several fields in its extensions: field → text, each shown at its field. */
  atFields?: (problem: Problem) => Record<string, string> | undefined;
}

/** The request body a route takes (`undefined` for a route without one, such as a withdrawal). */
export type BodyOf<R extends AnyRoute> =
  NonNullable<R['body']> extends z.ZodMiniType ? z.input<NonNullable<R['body']>> : undefined;

export interface FormPost<R extends AnyRoute> {
  route: R;
  params?: ApiInput['params'];
  /** The posted values, when the caller read them already (repeated fields); else read here. */
  values?: Record<string, string>;
  map: (values: Record<string, string>, v: View) => FormMapping<BodyOf<R>>;
  /** Where a person goes after the API said yes. */
  redirect: (data: z.output<R['response']>) => string;
  /** The form's page again, with the form as it was posted and its errors. */
  page: (form: FormState, status: 400 | 409) => Response | Promise<Response>;
  /** Answer a refusal for a conflict with 409 rather than 400 (the page says what changed). */
  conflictStatus?: boolean;
}

/** The form state after a mapping: what was typed, the site's own errors. */
export function mappedForm(values: Record<string, string>, mapped: FormMapping<unknown>): FormState {
  return {
    values,
    errors: { ...mapped.errors },
    ...(mapped.general && mapped.general.length > 0 ? { general: mapped.general } : {}),
  };
}

/** An API refusal put on the form: at fields where it belongs, with the form's own texts. */
export function refusalOnForm(
  form: FormState,
  result: Extract<ApiResult<unknown>, { ok: false }>,
  mapped: FormMapping<unknown>,
  v: View,
): FormState {
  const fields: Record<string, string> = {};
  const texts: Record<string, string> = {};
  for (const [type, target] of Object.entries(mapped.problemField ?? {})) {
    if (!target) continue;
    fields[type] = typeof target === 'string' ? target : target.field;
    const slug = result.problem.type.slice(result.problem.type.lastIndexOf('/') + 1);
    if (typeof target !== 'string' && slug === type) texts[target.field] = target.text;
  }
  const placed = mapped.atFields?.(result.problem);
  if (placed && Object.keys(placed).length > 0) {
    form.errors = { ...form.errors, ...placed };
    return form;
  }
  const explained = mapped.explain?.(result.problem);
  if (explained && explained.length > 0) {
    form.general = [...(form.general ?? []), ...explained];
    return form;
  }
  const refused = formErrors(result.problem, v.lang, mapped.fieldOf, fields);
  form.errors = { ...form.errors, ...refused.errors };
  if (refused.general?.length) form.general = [...(form.general ?? []), ...refused.general];
  for (const [field, text] of Object.entries({ ...mapped.texts, ...texts }))
    if (form.errors[field]) form.errors[field] = text;
  return form;
}

export async function postForm<R extends AnyRoute>(c: SiteContext, post: FormPost<R>): Promise<Response> {
  const v = c.get('view');
  const values = post.values ?? (await formValues(c));
  const mapped = post.map(values, v);
  const form = mappedForm(values, mapped);
  // Every mistake at once: what the site can tell, and the body checked against the API's own
  // schema, before anything is sent (a refusal of the API would name the schema's one round and
  // then, after a fix, the rules' next).
  addSchemaErrors(form, post.route.body, mapped.body, v.lang, mapped.fieldOf);
  if (Object.keys(form.errors).length > 0 || form.general) {
    for (const [field, text] of Object.entries(mapped.texts ?? {}))
      if (form.errors[field]) form.errors[field] = text;
    return post.page(form, 400);
  }
  const result = await c.get('api')(post.route, {
    ...(post.params ? { params: post.params } : {}),
    ...(mapped.body !== undefined ? { body: mapped.body } : {}),
  });
  if (result.ok) return c.redirect(post.redirect(result.data), 303);
  if (result.status === 404) return notFoundPage(c);
  // Signed in too low for what binds a company: how to sign in again, not a bare error.
  if (result.status === 403 && result.problem.type.endsWith('/assurance-too-low'))
    return render(c, AssurancePage({ v, problem: result.problem, back: c.req.path }), 403);
  refusalOnForm(form, result, mapped, v);
  return post.page(form, post.conflictStatus && result.status === 409 ? 409 : 400);
}

/** Repeated fields (check boxes) as lists, and in the values comma-joined so the form keeps them. */
export async function formLists(
  c: SiteContext,
  names: readonly string[],
): Promise<{ values: Record<string, string>; lists: Record<string, string[]> }> {
  const values = await formValues(c);
  const all = await c.req.parseBody({ all: true });
  const lists: Record<string, string[]> = {};
  for (const name of names) {
    lists[name] = [all[name] ?? []].flat().filter((x): x is string => typeof x === 'string');
    values[name] = lists[name].join(',');
  }
  return { values, lists };
}
