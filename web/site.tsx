import { Hono } from 'hono';
import { type GroupName, groupOf } from './groups.ts';
import type { SiteEnv, SiteOptions } from './kit/context.tsx';
import { createHost, type Shell, siteSecurityHeaders, siteShell } from './kit/host.tsx';

/**
 * The web site: server-rendered pages over the public API, one Hono app per user group (see
 * `groups.ts`), each loaded on its group's first request and wrapped in the shared shell
 * (`kit/host.tsx`). Static files are served here locally; in AWS CloudFront serves them.
 */
export function createSite(options: SiteOptions): Hono<SiteEnv> {
  const shell: Shell = siteShell(options);
  const site = new Hono<SiteEnv>();
  const files = new Map((options.assets.files ?? []).map((asset) => [asset.path, asset]));
  site.get('/assets/*', siteSecurityHeaders(shell), (c) => {
    const asset = files.get(c.req.path);
    if (!asset) return c.text('Not found', 404);
    return c.body(new Uint8Array(asset.body), 200, {
      'content-type': asset.contentType,
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
  const hosts = new Map<GroupName, Promise<Hono<SiteEnv>>>();
  site.all('*', async (c) => {
    const group = groupOf(c.req.path);
    let host = hosts.get(group.name);
    if (!host) {
      host = group.load().then((app) => createHost(shell, app));
      host.catch(() => hosts.delete(group.name)); // the next request tries again
      hosts.set(group.name, host);
    }
    return (await host).fetch(c.req.raw, c.env);
  });
  return site;
}
