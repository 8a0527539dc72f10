/** @jsxImportSource hono/jsx */

import { problemText } from '#web/i18n/problems.ts';
import type { ApiResult } from './api.ts';
import { notFoundPage, render, type SiteContext } from './context.tsx';
import { MessagePage } from './message-page.tsx';

/**
 * Opening a file: the site asks the API (which checks who may, verifies the file against its
 * fingerprint and, for a proposal's file, logs the opening) and sends the browser on to the
 * short-lived download URL it answers with.
 */
export function sendOn(c: SiteContext, result: ApiResult<{ url: string }>) {
  if (result.ok) {
    c.header('cache-control', 'no-store');
    return c.redirect(result.data.url, 303);
  }
  if (result.status === 404 || result.status === 400) return notFoundPage(c);
  const v = c.get('view');
  return render(
    c,
    <MessagePage v={v} title={v.t.errors.forbiddenTitle} text={problemText(result.problem.type, v.lang)} />,
    result.status === 403 ? 403 : 409,
  );
}
