/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { amsterdamToday } from '#web/kit/contracts.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { OIN } from '#web/kit/ids.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { recentQuarters, settleMapping } from './form.ts';
import { SettlementPage } from './view.tsx';

/** The co-funders' settlement statements per quarter, and the lead buyer's record of a receipt. */
export const settlements = new Hono<SiteEnv>();

const PERIOD = /^20\d\d-Q[1-4]$/;

/** The chooser's answer, or the reader's own organisation and this quarter. */
settlements.get('/rapporten/verrekening', (c) => {
  const funder = c.req.query('financier');
  const period = c.req.query('kwartaal');
  const oin = funder && OIN.test(funder) ? funder : c.get('session')!.org;
  const quarter =
    period && PERIOD.test(period) ? period : recentQuarters(amsterdamToday(c.get('view').now), 1)[0]!;
  return c.redirect(`/rapporten/verrekening/${oin}/${quarter}`, 303);
});

const page = async (c: SiteContext, form: FormState, status: 200 | 400 = 200) => {
  const funderOin = c.req.param('funderOin') ?? '';
  const period = c.req.param('period') ?? '';
  if (!OIN.test(funderOin) || !PERIOD.test(period)) return notFoundPage(c);
  const api = c.get('api');
  const [statement, bodies] = await Promise.all([
    api(routes.settlementStatement, { params: { funderOin, period } }),
    api(routes.listGovernmentOrganisations),
  ]);
  if (!statement.ok) return notFoundPage(c);
  const quarters = recentQuarters(amsterdamToday(c.get('view').now));
  return render(
    c,
    <SettlementPage
      v={c.get('view')}
      settlement={statement.data}
      funders={bodies.ok ? bodies.data.items.map((b) => ({ oin: b.oin, name: b.name })) : []}
      quarters={quarters.includes(period) ? quarters : [period, ...quarters]}
      org={c.get('session')!.org}
      form={form}
      flash={flash(c)}
    />,
    status,
  );
};

settlements.get('/rapporten/verrekening/:funderOin/:period', (c) => page(c, emptyForm()));

settlements.post('/rapporten/verrekening/:funderOin/:period', async (c) => {
  const funderOin = c.req.param('funderOin');
  const period = c.req.param('period');
  if (!OIN.test(funderOin) || !PERIOD.test(period)) return notFoundPage(c);
  return postForm(c, {
    route: routes.recordSettlement,
    params: { funderOin, period },
    map: settleMapping,
    redirect: () => `/rapporten/verrekening/${funderOin}/${period}?melding=verrekend`,
    page: (form) => page(c, form, 400),
  });
});
