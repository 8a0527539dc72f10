/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { yearOf } from '#web/kit/year-form.tsx';
import { CoFundingPage } from './view.tsx';

/** The co-funding report: each funder side against its envelope, with the 2018 agreement row. */
export const coFunding = new Hono<SiteEnv>();

coFunding.get('/rapporten/cofinanciering', async (c) => {
  const report = await c.get('api')(routes.coFundingReport, { query: { year: yearOf(c) } });
  if (!report.ok) throw new Error(`co-funding: ${report.problem.type}`);
  return render(c, <CoFundingPage v={c.get('view')} report={report.data} />);
});
