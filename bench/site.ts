import { gzipSync } from 'node:zlib';
import type { Runtime } from '#infra/local/runtime.ts';
import { startLocalSite } from '#infra/local/site.ts';
import { buildAssets } from '#web/kit/assets.ts';
import { percentile, round } from './stats.ts';

/**
 * The web site, measured as a person meets it: a page rendered by the site from API answers
 * (site → HTTP API → handler → DynamoDB Local), and what a first visit to the listing downloads.
 */
export interface SiteFigures {
  pages: { name: string; p50: number; p99: number; requests: number }[];
  listingBytes: { html: number; css: number; fonts: number; total: number };
  scripts: number;
}

/** Signs in through the local sign-in page, as a tester would: the session and form-token cookies. */
async function signIn(siteUrl: string, who: { role: string; org: string; sub?: string }): Promise<string> {
  const page = await fetch(`${siteUrl}/inloggen`);
  const csrf = page.headers
    .getSetCookie()
    .find((c) => c.startsWith('im_csrf='))!
    .split(';')[0]!;
  // The form token is the page's (bound to this browser's nonce cookie), not the cookie itself.
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const form = new URLSearchParams({
    _csrf: token,
    role: who.role,
    org: who.org,
    label: who.org,
  });
  if (who.sub) form.set('sub', who.sub);
  const response = await fetch(`${siteUrl}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrf, origin: siteUrl },
    body: form,
  });
  const session = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('im_session='))
    ?.split(';')[0];
  if (!session) throw new Error(`could not sign in as ${who.role} ${who.org}: ${response.status}`);
  return `${csrf}; ${session}`;
}

export async function measureSite(
  runtime: Runtime,
  pages: { name: string; path: string; as?: { role: string; org: string; sub?: string } }[],
  requests: number,
  concurrency: number,
): Promise<SiteFigures> {
  const site = await startLocalSite({ port: 0, apiUrl: runtime.url, issuer: runtime.issuer });
  try {
    const figures: SiteFigures['pages'] = [];
    for (const page of pages) {
      const cookie = page.as ? await signIn(site.url, page.as) : undefined;
      const times: number[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next++ < requests) {
            const t = performance.now();
            const response = await fetch(`${site.url}${page.path}`, cookie ? { headers: { cookie } } : {});
            await response.text();
            if (response.status !== 200) throw new Error(`${page.path}: ${response.status}`);
            times.push(performance.now() - t);
          }
        }),
      );
      figures.push({
        name: page.name,
        p50: round(percentile(times, 50)),
        p99: round(percentile(times, 99)),
        requests,
      });
    }
    // A first visit to the listing: the HTML, the one stylesheet and the two font files, as sent
    // compressed (CloudFront compresses text; woff2 is compressed already).
    const html = await (await fetch(`${site.url}/oproepen`)).text();
    const { assets } = buildAssets();
    const css = assets.filter((a) => a.contentType.startsWith('text/css'));
    const fonts = assets.filter((a) => a.contentType === 'font/woff2');
    const listingBytes = {
      html: gzipSync(html).length,
      css: css.reduce((sum, a) => sum + gzipSync(a.body).length, 0),
      fonts: fonts.reduce((sum, a) => sum + a.body.length, 0),
      total: 0,
    };
    listingBytes.total = listingBytes.html + listingBytes.css + listingBytes.fonts;
    return { pages: figures, listingBytes, scripts: (html.match(/<script/g) ?? []).length };
  } finally {
    await site.stop();
  }
}
