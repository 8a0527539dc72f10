/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { yearOf } from '#web/kit/year-form.tsx';
import { FollowUpReportPage } from './view.tsx';

/** Follow-up monitoring: what companies did with their results, and who is overdue. */
export const followUp = new Hono<SiteEnv>();

followUp.get('/rapporten/vervolg', async (c) => {
  const report = await c.get('api')(routes.followUpReport, { query: { year: yearOf(c) } });
  if (!report.ok) throw new Error(`follow-up: ${report.problem.type}`);
  return render(c, <FollowUpReportPage v={c.get('view')} report={report.data} />);
});
