import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { routes } from '#shared/routes.ts';
import { refusal, testView } from '../../test/support/view.ts';
import type { ApiClient } from './api.ts';
import type { SiteEnv } from './context.tsx';
import { type FormMapping, postForm } from './form-post.ts';
import type { FormState } from './view.ts';

/*
 * The one form pipeline, with the API answering as told: what it sends, where it sends the person,
 * and what the page shows again.
 */
type Answer = Awaited<ReturnType<ApiClient>>;

function site(
  answer: Answer,
  map: (values: Record<string, string>) => FormMapping<{ reason: string }>,
  conflictStatus = false,
) {
  const sent: unknown[] = [];
  const shown: { form: FormState; status: number }[] = [];
  const app = new Hono<SiteEnv>();
  app.use('*', async (c, next) => {
    c.set('view', testView());
    c.set('api', (async (_route: unknown, input: unknown) => {
      sent.push(input);
      return answer;
    }) as ApiClient);
    await next();
  });
  app.post('/oproep/intrekken', (c) =>
    postForm(c, {
      route: routes.cancelChallenge,
      params: { challengeId: 'c-1' },
      map,
      redirect: () => '/klaar',
      conflictStatus,
      page: (form, status) => {
        shown.push({ form, status });
        return c.text('page again', status);
      },
    }),
  );
  const post = (values: Record<string, string>) =>
    app.request('/oproep/intrekken', { method: 'POST', body: new URLSearchParams(values) });
  return { post, calls: sent, shown };
}

const reasonForm = (values: Record<string, string>): FormMapping<{ reason: string }> => ({
  body: { reason: values.reason ?? '' },
  fieldOf: (f) => (f === 'body.reason' ? 'reason' : undefined),
});

describe('the form pipeline', () => {
  it('sends the mapped body with the params, and redirects (303) when the API says yes', async () => {
    const { post, calls } = site({ ok: true, status: 200, data: {} } as Answer, reasonForm);
    const response = await post({ reason: 'Geen budget' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/klaar');
    expect(calls).toEqual([{ params: { challengeId: 'c-1' }, body: { reason: 'Geen budget' } }]);
  });

  it('sends nothing when the site can tell a mistake, and shows it with the schema’s too, keeping what was typed', async () => {
    const { post, calls, shown } = site({ ok: true, status: 200, data: {} } as Answer, (values) => ({
      ...reasonForm(values),
      body: { reason: '' },
      errors: { amount: 'Vul een bedrag in.' },
    }));
    const response = await post({ reason: '', amount: 'veel' });
    expect(response.status).toBe(400);
    expect(calls).toEqual([]);
    expect(shown[0]?.form.values).toMatchObject({ amount: 'veel' });
    expect(Object.keys(shown[0]?.form.errors ?? {}).sort()).toEqual(['amount', 'reason']);
  });

  it('puts a refused field at its form field, in the reader’s words, and a refusal of the whole at the top', async () => {
    const field = site(refusal('validation-failed', ['body.reason']) as Answer, reasonForm);
    await field.post({ reason: 'x' });
    expect(field.shown[0]?.form.errors.reason).toContain('reden');
    const whole = site(refusal('not-a-draft', [], 409) as Answer, reasonForm);
    const response = await whole.post({ reason: 'Geen budget' });
    expect(response.status).toBe(400);
    expect(whole.shown[0]?.form.general?.[0]).toContain('geen concept meer');
  });

  it('puts a problem that belongs at one field there, with the form’s own text, and answers a conflict with 409 when asked', async () => {
    const { post, shown } = site(
      refusal('not-a-draft', [], 409) as Answer,
      (values) => ({
        ...reasonForm(values),
        problemField: { 'not-a-draft': { field: 'reason', text: 'Te laat.' } },
      }),
      true,
    );
    const response = await post({ reason: 'Geen budget meer' });
    expect(response.status).toBe(409);
    expect(shown[0]?.form.errors).toEqual({ reason: 'Te laat.' });
    expect(shown[0]?.form.general).toBeUndefined();
  });

  it('checks the body against the API’s schema before sending: a short reason never reaches the API', async () => {
    const { post, calls, shown } = site({ ok: true, status: 200, data: {} } as Answer, reasonForm);
    const response = await post({ reason: 'x' });
    expect(response.status).toBe(400);
    expect(calls).toHaveLength(0);
    expect(Object.keys(shown[0]?.form.errors ?? {})).toEqual(['reason']);
  });

  it('shows the site’s not-found page when the API says the thing is not there', async () => {
    const { post, shown } = site(refusal('not-found', [], 404) as Answer, reasonForm);
    const response = await post({ reason: 'Geen budget meer' });
    expect(response.status).toBe(404);
    expect(shown).toEqual([]);
  });
});
