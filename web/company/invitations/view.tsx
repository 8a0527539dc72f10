/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDateTime } from '#web/i18n/format.ts';
import { A, Deadline, H1, P } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import { titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export type Invitation = z.output<typeof routes.myInvitations.response>['items'][number];

export function InvitationsPage(props: { v: View; invitations: Invitation[]; calls: Map<string, CallView> }) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={texts(v).title} current="invitations">
      <H1>{texts(v).title}</H1>
      <P>{texts(v).intro}</P>
      {props.invitations.length === 0 ? (
        <P>{texts(v).none}</P>
      ) : (
        <ul class="im-cards">
          {props.invitations.map((inv) => {
            const call = props.calls.get(inv.challengeId);
            const phase = call?.phases.find((p) => p.number === inv.phase);
            return (
              <li class="im-card">
                <h2 class="utrecht-heading-3">
                  <A href={`/oproepen/${inv.challengeId}`}>{titleOf(call, v) || inv.challengeId}</A>
                </h2>
                <dl class="im-meta">
                  <div>
                    <dt>{texts(v).phase}:</dt>
                    <dd>{t.phaseNames[inv.phase] ?? inv.phase}</dd>
                  </div>
                  <div>
                    <dt>{texts(v).invitedAt}:</dt>
                    <dd>{formatDateTime(inv.invitedAt, v.lang)}</dd>
                  </div>
                  {phase ? (
                    <div>
                      <dt>{groupTexts(v).deadline}:</dt>
                      <dd>
                        <Deadline v={v} at={phase.submissionDeadline} />
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {phase?.status === 'open' ? (
                  <p class="utrecht-paragraph">
                    <a
                      class="im-button-link"
                      href={`/oproepen/${inv.challengeId}/fase/${inv.phase}/voorstel`}
                    >
                      {t.call.submitProposal(inv.phase)}
                    </a>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Layout>
  );
}
