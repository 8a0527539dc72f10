import type { Hono } from 'hono';
import type { AnyRoute } from '#shared/http/route.ts';
import { type ApiInput, pathOf } from './api.ts';
import type { SiteContext, SiteEnv } from './context.tsx';
import { yearOf } from './year-form.tsx';

/**
 * A report as a file: the site asks the API with the person's token (CSV in a dialect, or JSON)
 * and passes the answer on as a download, never stored.
 */
export async function reportDownload(
  c: SiteContext,
  route: AnyRoute,
  query: NonNullable<ApiInput['query']>,
  name: string,
  format: 'csv' | 'json',
) {
  const options = c.get('options');
  const response = await (options.fetch ?? fetch)(`${options.apiUrl}${pathOf(route, { query })}`, {
    headers: {
      authorization: `Bearer ${c.get('session')!.token}`,
      accept: format === 'csv' ? 'text/csv' : 'application/json',
    },
  });
  if (!response.ok) throw new Error(`${route.operationId} download: ${response.status}`);
  return c.body(new Uint8Array(await response.arrayBuffer()), 200, {
    'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
  });
}

/** The CSV dialect a download asks for (`?variant=`): Dutch Excel unless plain RFC 4180 is asked. */
export const variantOf = (c: SiteContext) => (c.req.query('variant') === 'rfc4180' ? 'rfc4180' : 'excel-nl');

/**
 * A yearly report's two downloads beside its page: `<page>.csv` (`?variant=`) and `<page>.json`,
 * named `<prefix>-<year>[-<variant>].<format>`.
 */
export function yearReportDownloads(app: Hono<SiteEnv>, page: string, route: AnyRoute, prefix: string) {
  for (const format of ['csv', 'json'] as const) {
    app.get(`${page}.${format}`, async (c) => {
      const year = yearOf(c);
      const variant = variantOf(c);
      const name = `${prefix}-${year}${format === 'csv' ? `-${variant}` : ''}.${format}`;
      return reportDownload(
        c,
        route,
        { year, format, ...(format === 'csv' ? { variant } : {}) },
        name,
        format,
      );
    });
  }
}
