/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, formValues, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { emptyForm } from '#web/kit/view.ts';
import { organisationMapping } from './form.ts';
import { OrganisationsPage } from './view.tsx';

/** The register of government organisations (possible buyers and funders). */
export const organisations = new Hono<SiteEnv>();

const organisationsPage = async (
  c: SiteContext,
  form = emptyForm({ kind: 'province' }),
  status: 200 | 400 = 200,
) => {
  const register = await c.get('api')(routes.listGovernmentOrganisations);
  if (!register.ok) throw new Error(`organisations: ${register.problem.type}`);
  return render(
    c,
    <OrganisationsPage v={c.get('view')} known={register.data.items} form={form} flash={flash(c)} />,
    status,
  );
};

organisations.get('/programma/organisaties', (c) => organisationsPage(c));

organisations.post('/programma/organisaties', async (c) => {
  const values = await formValues(c);
  return postForm(c, {
    route: routes.putGovernmentOrganisation,
    params: { oin: values.oin?.trim() ?? '' },
    values,
    map: organisationMapping,
    redirect: () => '/programma/organisaties?melding=organisatie',
    page: (form) => organisationsPage(c, form, 400),
  });
});
