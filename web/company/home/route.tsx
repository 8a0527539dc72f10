/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { formatDateTime } from '#web/i18n/format.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { OverviewPage, type Task } from '#web/kit/tasks.tsx';
import { titleOf } from '#web/kit/view.ts';
import { callsById } from '../loaders.ts';
import { texts } from './messages.ts';

/**
 * A company's overview: what waits for it — decisions it may still complain about, follow-up
 * rounds due, invitations to a next phase, and bids it can still change — soonest first.
 */
export const home = new Hono<SiteEnv>();

home.get('/mijn', async (c) => {
  const api = c.get('api');
  const v = c.get('view');
  const x = texts(v);
  const now = v.now.toISOString();
  const [proposals, letters, followUps, invitations] = await Promise.all([
    api(routes.myProposals, { query: { limit: 100 } }),
    api(routes.myDecisionLetters),
    api(routes.myFollowUps),
    api(routes.myInvitations),
  ]);
  const own = proposals.ok ? proposals.data.items : [];
  const standing = (letters.ok ? letters.data.items : []).filter(
    (l) => l.status === 'standstill' && l.standstillEndsAt > now,
  );
  const due = (followUps.ok ? followUps.data.items : []).filter(
    (f) => f.status === 'due' || f.status === 'overdue',
  );
  const invited = invitations.ok ? invitations.data.items : [];
  const open = own.filter((p) => p.status === 'submitted' && p.deadline > now);
  const calls = await callsById(api, [
    ...standing.map((l) => l.challengeId),
    ...due.map((f) => f.challengeId),
    ...invited.map((i) => i.challengeId),
    ...open.map((p) => p.challengeId),
  ]);
  const title = (id: string) => titleOf(calls.get(id), v) || id;
  const when = (iso: string) => formatDateTime(iso, v.lang);
  const tasks: (Task & { at: string })[] = [
    ...standing.map((l) => ({
      text: x.decision(title(l.challengeId), l.phase),
      due: x.decisionDue(when(l.standstillEndsAt)),
      at: l.standstillEndsAt,
      href: `/beslissingen/${l.decisionId}/${l.proposalId}`,
      action: x.readDecision,
    })),
    ...due.map((f) => ({
      text: x.followUp(title(f.challengeId), f.round),
      due: x.followUpDue(when(f.dueAt)),
      late: f.status === 'overdue',
      at: f.dueAt,
      href: `/mijn/vervolgmonitoring/${f.awardId}/${f.round}`,
      action: x.fillIn,
    })),
    // An invitation waits while its phase is open and the company has not bid in it.
    ...invited.flatMap((i) => {
      const phase = calls.get(i.challengeId)?.phases.find((p) => p.number === i.phase);
      const bid = own.some(
        (p) => p.challengeId === i.challengeId && p.phase === i.phase && p.status === 'submitted',
      );
      if (phase?.status !== 'open' || bid) return [];
      return [
        {
          text: x.invitation(title(i.challengeId), i.phase),
          due: x.invitationDue(when(phase.submissionDeadline)),
          at: phase.submissionDeadline,
          href: `/oproepen/${i.challengeId}/fase/${i.phase}/voorstel`,
          action: x.submit,
        },
      ];
    }),
    ...open.map((p) => ({
      text: x.open(title(p.challengeId), p.phase),
      due: x.openDue(when(p.deadline)),
      at: p.deadline,
      href: `/voorstellen/${p.id}`,
      action: x.view,
    })),
  ];
  // Late first, then the soonest.
  tasks.sort((a, b) => Number(b.late ?? false) - Number(a.late ?? false) || a.at.localeCompare(b.at));
  return render(
    c,
    <OverviewPage
      v={v}
      intro={x.intro}
      tasks={tasks}
      links={[
        { href: '/oproepen?status=open', label: x.findCalls },
        { href: '/mijn/voorstellen', label: x.allProposals },
      ]}
    />,
  );
});
