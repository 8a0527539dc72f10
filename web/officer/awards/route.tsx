/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { pathOf } from '#web/kit/api.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { OIN } from '#web/kit/ids.ts';
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
for (const [path, format] of [
  ['/rapporten/gunningen.csv', 'csv'],
  ['/rapporten/gunningen.json', 'json'],
] as const) {
  awards.get(path, async (c) => {
    const year = yearOf(c);
    const variant = c.req.query('variant') === 'rfc4180' ? 'rfc4180' : 'excel-nl';
    const apiPath = pathOf(routes.awardsReport, {
      query: { year, format, ...(format === 'csv' ? { variant } : {}) },
    });
    const options = c.get('options');
    const response = await (options.fetch ?? fetch)(`${options.apiUrl}${apiPath}`, {
      headers: {
        authorization: `Bearer ${c.get('session')!.token}`,
        accept: format === 'csv' ? 'text/csv' : 'application/json',
      },
    });
    if (!response.ok) throw new Error(`awards download: ${response.status}`);
    const name = `gunningen-${year}${format === 'csv' ? `-${variant}` : ''}.${format}`;
    return c.body(new Uint8Array(await response.arrayBuffer()), 200, {
      'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    });
  });
}
