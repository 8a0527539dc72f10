/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { formatDateTime } from '#web/i18n/format.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import type { Task } from '#web/kit/tasks.tsx';
import { localised, titleOf } from '#web/kit/view.ts';
import { texts } from './messages.ts';
import { BuyerHomePage } from './view.tsx';

/**
 * A buyer's overview: co-funding requests to decide, drafts to publish, complaints to answer
 * (with the standstill they hold up), and closed phases still without a committee.
 */
export const home = new Hono<SiteEnv>();

home.get('/beheer', async (c) => {
  const api = c.get('api');
  const v = c.get('view');
  const x = texts(v);
  const now = v.now.toISOString();
  const [calls, requests] = await Promise.all([api(routes.myChallenges), api(routes.myConsentRequests)]);
  const own = calls.ok ? calls.data.items : [];
  const published = own.filter((call) => call.status === 'published');
  // The decisions and committees of the calls that are running (a buyer has a handful at a time).
  const perCall = await Promise.all(
    published.map(async (call) => ({
      call,
      decisions: await api(routes.challengeDecisions, { params: { challengeId: call.id } }),
      committees: await Promise.all(
        call.phases
          .filter((p) => p.submissionDeadline <= now)
          .map(async (p) => ({
            phase: p.number,
            evaluation: await api(routes.phaseEvaluation, {
              params: { challengeId: call.id, phase: p.number },
            }),
          })),
      ),
    })),
  );
  const tasks: (Task & { at: string })[] = [
    ...(requests.ok ? requests.data.items : [])
      .filter((r) => r.status === 'requested')
      .map((r) => ({
        text: x.consent(localised(r.title, v.lang).text, r.leadBuyer.name),
        at: '',
        href: '/medefinanciering',
        action: x.decide,
      })),
    ...perCall.flatMap(({ call, decisions }) =>
      (decisions.ok ? decisions.data.items : [])
        .filter((d) => d.status === 'standstill' && d.openObjections > 0)
        .map((d) => ({
          text: x.complaint(titleOf(call, v), d.phase, d.openObjections),
          due: x.standstillUntil(formatDateTime(d.standstillEndsAt, v.lang)),
          at: d.standstillEndsAt,
          href: `/beheer/oproepen/${call.id}/beslissingen`,
          action: x.answer,
        })),
    ),
    ...perCall.flatMap(({ call, committees }) =>
      committees
        .filter(
          ({ evaluation }) =>
            evaluation.ok && evaluation.data.committee === null && (evaluation.data.proposalCount ?? 0) > 0,
        )
        .map(({ phase }) => ({
          text: x.committee(titleOf(call, v), phase),
          at: call.phases.find((p) => p.number === phase)!.submissionDeadline,
          href: `/beheer/oproepen/${call.id}/fase/${phase}/commissie`,
          action: x.nameCommittee,
        })),
    ),
    ...own
      .filter((call) => call.status === 'draft')
      .map((call) => ({
        text: x.draft(titleOf(call, v)),
        at: call.phases[0]?.submissionDeadline ?? '',
        href: `/beheer/oproepen/${call.id}/publiceren`,
        action: x.checkAndPublish,
      })),
  ];
  return render(c, <BuyerHomePage v={v} tasks={tasks} />);
});
