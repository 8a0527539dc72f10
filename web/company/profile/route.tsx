/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { companyIdCountry } from '#shared/kernel/company-id.ts';
import { routes } from '#shared/routes.ts';
import { flash, render, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { emptyForm } from '#web/kit/view.ts';
import { profileMapping, profileValues } from './form.ts';
import { CompanyPage } from './view.tsx';

/** The company profile and SME declaration. */
export const profile = new Hono<SiteEnv>();

profile.get('/mijn/bedrijf', async (c) => {
  const v = c.get('view');
  const result = await c.get('api')(routes.getCompanyProfile);
  const stored = result.ok ? result.data : undefined;
  const form = emptyForm(
    stored ? profileValues(stored, v) : { country: companyIdCountry(c.get('session')?.org ?? '') },
  );
  return render(
    c,
    <CompanyPage v={v} form={form} {...(stored ? { profile: stored } : {})} flash={flash(c)} />,
  );
});

profile.post('/mijn/bedrijf', (c) =>
  postForm(c, {
    route: routes.putCompanyProfile,
    map: profileMapping,
    redirect: () => '/mijn/bedrijf?melding=opgeslagen',
    page: async (form) => {
      const current = await c.get('api')(routes.getCompanyProfile);
      return render(
        c,
        <CompanyPage v={c.get('view')} form={form} {...(current.ok ? { profile: current.data } : {})} />,
        400,
      );
    },
  }),
);
