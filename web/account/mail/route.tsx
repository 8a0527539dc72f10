/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import type { MessageKind } from '#shared/notifications/schemas.ts';
import { routes } from '#shared/routes.ts';
import { flash, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { formLists, postForm } from '#web/kit/form-post.ts';
import { emptyForm, type FormState, type View } from '#web/kit/view.ts';
import { preferencesMapping, savedSearchMapping } from './form.ts';
import { texts } from './messages.ts';
import { MailPage } from './view.tsx';

/** E-mail settings and (for companies) saved searches. */
export const mail = new Hono<SiteEnv>();

const page = async (
  c: SiteContext,
  forms: { form?: FormState; searchForm?: FormState } = {},
  status: 200 | 400 = 200,
) => {
  const v = c.get('view');
  const api = c.get('api');
  const preferences = await api(routes.getPreferences);
  if (!preferences.ok) throw new Error('preferences unavailable');
  const p = preferences.data;
  const form =
    forms.form ??
    emptyForm({
      email: p.fromIdentity ? '' : (p.email ?? ''),
      language: p.language,
      on: p.kinds.filter((k: MessageKind) => !p.off.includes(k)).join(','),
    });
  const isCompany = c.get('session')?.role === 'sme';
  const searches = isCompany ? await api(routes.mySavedSearches) : undefined;
  return render(
    c,
    <MailPage
      v={v}
      preferences={p}
      form={form}
      {...(searches?.ok
        ? { searches: searches.data.items, searchForm: forms.searchForm ?? emptyForm() }
        : {})}
      flash={flash(c) ?? mailFlash(c.req.query('melding'), v)}
    />,
    status,
  );
};

mail.get('/mijn/e-mail', (c) => page(c));

mail.post('/mijn/e-mail', async (c) => {
  const { values } = await formLists(c, ['on']);
  const current = await c.get('api')(routes.getPreferences);
  const kinds = current.ok ? current.data.kinds : [];
  return postForm(c, {
    route: routes.putPreferences,
    values,
    map: (values, v) => preferencesMapping(values, v, kinds),
    redirect: () => '/mijn/e-mail?melding=e-mail',
    page: (form) => page(c, { form }, 400),
  });
});

mail.post('/mijn/e-mail/zoekopdrachten', async (c) => {
  const { values } = await formLists(c, ['themes', 'instruments']);
  return postForm(c, {
    route: routes.saveSearch,
    values,
    map: savedSearchMapping,
    redirect: () => '/mijn/e-mail?melding=zoekopdracht#zoekopdrachten',
    page: (searchForm) => page(c, { searchForm }, 400),
  });
});

// A button, not a form: the search is gone afterwards either way (a second click finds it gone).
mail.post('/mijn/e-mail/zoekopdrachten/:searchId/verwijderen', async (c) => {
  await c.get('api')(routes.removeSearch, { params: { searchId: c.req.param('searchId') } });
  return c.redirect('/mijn/e-mail?melding=zoekopdracht-weg#zoekopdrachten', 303);
});

function mailFlash(code: string | undefined, v: View) {
  return code === 'e-mail'
    ? texts(v).saved
    : code === 'zoekopdracht'
      ? texts(v).searchSaved
      : code === 'zoekopdracht-weg'
        ? texts(v).searchRemoved
        : undefined;
}
