/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { formLists, postForm } from '#web/kit/form-post.ts';
import { emptyForm } from '#web/kit/view.ts';
import { yearOf } from '#web/kit/year-form.tsx';
import { envelopeMapping } from './form.ts';
import { EnvelopesPage } from './view.tsx';

/** The envelopes of a programme year: cap, reserved, awarded, left; caps and members set here. */
export const envelopes = new Hono<SiteEnv>();

const envelopesPage = async (c: SiteContext, form = emptyForm(), status: 200 | 400 = 200) => {
  const year = yearOf(c);
  const [list, organisations] = await Promise.all([
    c.get('api')(routes.listEnvelopes, { params: { year } }),
    c.get('api')(routes.listGovernmentOrganisations),
  ]);
  if (!list.ok) throw new Error(`envelopes: ${list.problem.type}`);
  return render(
    c,
    <EnvelopesPage
      v={c.get('view')}
      year={year}
      list={list.data}
      organisations={organisations.ok ? organisations.data.items : []}
      form={form}
      flash={flash(c)}
    />,
    status,
  );
};

envelopes.get('/programma/enveloppen', (c) => envelopesPage(c));

envelopes.post('/programma/enveloppen', async (c) => {
  const year = yearOf(c);
  const { values } = await formLists(c, ['members']);
  return postForm(c, {
    route: routes.putEnvelope,
    params: { year, funderOin: values.funderOin?.trim() ?? '' },
    values,
    map: envelopeMapping,
    redirect: () => `/programma/enveloppen?jaar=${year}&melding=envelop`,
    page: (form) => envelopesPage(c, form, 400),
  });
});
