/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { formatDateTime } from '#web/i18n/format.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { OverviewPage, type Task } from '#web/kit/tasks.tsx';
import { localised, titleOf } from '#web/kit/view.ts';
import { texts } from './messages.ts';

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
  // The decisions of the calls that are running (a buyer has a handful at a time), and the
  // committee of each closed phase no decision has settled yet: a decided phase had one.
  const perCall = await Promise.all(
    published.map(async (call) => {
      const decisions = await api(routes.challengeDecisions, { params: { challengeId: call.id } });
      const decided = new Set(
        (decisions.ok ? decisions.data.items : [])
          .filter((d) => d.status !== 'withdrawn')
          .map((d) => d.phase),
      );
      const committees = await Promise.all(
        call.phases
          .filter((p) => p.submissionDeadline <= now && !decided.has(p.number))
          .map(async (p) => ({
            phase: p.number,
            evaluation: await api(routes.phaseEvaluation, {
              params: { challengeId: call.id, phase: p.number },
            }),
          })),
      );
      return { call, decisions, committees };
    }),
  );
  const tasks: Task[] = [
    ...(requests.ok ? requests.data.items : [])
      .filter((r) => r.status === 'requested')
      .map((r) => ({
        text: x.consent(localised(r.title, v.lang).text, r.leadBuyer.name),
        href: '/medefinanciering',
        action: x.decide,
      })),
    ...perCall.flatMap(({ call, decisions }) =>
      (decisions.ok ? decisions.data.items : [])
        .filter((d) => d.status === 'standstill' && d.openObjections > 0)
        .map((d) => ({
          text: x.complaint(titleOf(call, v), d.phase, d.openObjections),
          due: x.standstillUntil(formatDateTime(d.standstillEndsAt, v.lang)),
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
          href: `/beheer/oproepen/${call.id}/fase/${phase}/commissie`,
          action: x.nameCommittee,
        })),
    ),
    ...own
      .filter((call) => call.status === 'draft')
      .map((call) => ({
        text: x.draft(titleOf(call, v)),
        href: `/beheer/oproepen/${call.id}/publiceren`,
        action: x.checkAndPublish,
      })),
  ];
  return render(
    c,
    <OverviewPage
      v={v}
      intro={x.intro}
      tasks={tasks}
      links={[
        { href: '/beheer/oproepen/nieuw', label: x.newCall },
        { href: '/beheer/oproepen', label: x.allCalls },
      ]}
    />,
  );
});
