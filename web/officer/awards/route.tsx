/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { OIN } from '#web/kit/ids.ts';
import { yearReportDownloads } from '#web/kit/report-download.ts';
import { yearOf } from '#web/kit/year-form.tsx';
import { AwardsRegisterPage } from './view.tsx';

/** The awards register with its filters, and its downloads (CSV for Dutch Excel, RFC 4180, JSON). */
export const awards = new Hono<SiteEnv>();

awards.get('/rapporten/gunningen', async (c) => {
  const report = await c.get('api')(routes.awardsReport, { query: { year: yearOf(c), format: 'json' } });
  if (!report.ok) throw new Error(`awards: ${report.problem.type}`);
  const q = c.req.query();
  return render(
    c,
    <AwardsRegisterPage
      v={c.get('view')}
      report={report.data}
      filter={{
        ...(q.opdrachtgever && OIN.test(q.opdrachtgever) ? { buyer: q.opdrachtgever } : {}),
        ...(['1', '2', '3'].includes(q.fase ?? '') ? { phase: q.fase } : {}),
        ...(['provisional', 'awarded', 'completed', 'terminated', 'withdrawn'].includes(q.status ?? '')
          ? { status: q.status }
          : {}),
      }}
    />,
  );
});

// Downloads come from the API with the person's token; the site passes them on as files.
yearReportDownloads(awards, '/rapporten/gunningen', routes.awardsReport, 'gunningen');
