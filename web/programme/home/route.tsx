/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { formatShare } from '#web/i18n/format.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { OverviewPage, type Task } from '#web/kit/tasks.tsx';
import { localised } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** From October the budgets of the coming year are due (calls published in January need them). */
const NEXT_YEAR_FROM_MONTH = 9;
/** An annual budget used beyond this share needs attention (as the weekly digest says). */
const NEARLY_USED_BASIS_POINTS = 9_000;

/**
 * The programme office's overview: co-funding asked of it, next year's budgets not yet set, and
 * annual budgets nearly used.
 */
export const home = new Hono<SiteEnv>();

home.get('/programma', async (c) => {
  const api = c.get('api');
  const v = c.get('view');
  const x = texts(v);
  const year = v.now.getUTCFullYear();
  const [requests, thisYear, nextYear] = await Promise.all([
    api(routes.myConsentRequests),
    api(routes.listEnvelopes, { params: { year } }),
    api(routes.listEnvelopes, { params: { year: year + 1 } }),
  ]);
  const tasks: Task[] = [
    ...(requests.ok ? requests.data.items : [])
      .filter((r) => r.status === 'requested')
      .map((r) => ({
        text: x.consent(localised(r.title, v.lang).text, r.leadBuyer.name),
        href: '/medefinanciering',
        action: x.decide,
      })),
    ...(v.now.getUTCMonth() >= NEXT_YEAR_FROM_MONTH && nextYear.ok && nextYear.data.envelopes.length === 0
      ? [{ text: x.nextYear(year + 1), href: `/programma/enveloppen?jaar=${year + 1}`, action: x.setBudgets }]
      : []),
    ...(thisYear.ok ? thisYear.data.envelopes : [])
      .filter(
        (e) =>
          e.capCents > 0 && (e.capCents - e.remainingCents) * 10_000 >= e.capCents * NEARLY_USED_BASIS_POINTS,
      )
      .map((e) => ({
        text: x.nearlyUsed(
          e.holderName,
          v.t.instruments[e.instrument],
          formatShare(Math.floor(((e.capCents - e.remainingCents) * 10_000) / e.capCents), v.lang),
        ),
        href: `/programma/enveloppen?jaar=${year}`,
        action: x.view,
      })),
  ];
  return render(c, <OverviewPage v={v} intro={x.intro} tasks={tasks} />);
});
