/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { yearOf } from '#web/kit/year-form.tsx';
import { PipelinePage } from './view.tsx';

/** The pipeline: calls and proposals per phase, as a funnel. */
export const pipeline = new Hono<SiteEnv>();

pipeline.get('/rapporten/pijplijn', async (c) => {
  const report = await c.get('api')(routes.pipelineReport, { query: { year: yearOf(c) } });
  if (!report.ok) throw new Error(`pipeline: ${report.problem.type}`);
  return render(c, <PipelinePage v={c.get('view')} report={report.data} />);
});
