/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDateTime, formatLastDay } from '#web/i18n/format.ts';
import { P, SummaryList, Tag } from '#web/kit/components.tsx';
import type { View } from '#web/kit/view.ts';

export type DecisionLetter = z.output<typeof routes.decisionLetter.response>;

export type LetterItem = z.output<typeof routes.myDecisionLetters.response>['items'][number];

export type DecisionItem = z.output<typeof routes.challengeDecisions.response>['items'][number];

export type ObjectionView = DecisionItem['objections'][number];

/*
 * The award decision as people meet it: a bidder's letter (printable, in Dutch or English, with
 * the objection form while the standstill runs), a company's list of letters, and the buyer's
 * page of decisions with the objections to answer and the withdrawal.
 */

/** "Standstill until … / definitive / withdrawn" as a tag. */
export function DecisionStatus(props: { v: View; status: DecisionLetter['status']; endsAt: string }) {
  const { t } = props.v;
  return props.status === 'standstill' ? (
    <Tag kind="warning">{t.decisions.inStandstillUntil(formatLastDay(props.endsAt, props.v.lang))}</Tag>
  ) : props.status === 'definitive' ? (
    <Tag kind="open">{t.decisions.statuses.definitive}</Tag>
  ) : (
    <Tag kind="closed">{t.decisions.statuses.withdrawn}</Tag>
  );
}

export function ObjectionList(props: { v: View; objections: ObjectionView[]; showCompany?: boolean }) {
  const { v } = props;
  const { t } = v;
  return (
    <>
      {props.objections.map((o) => (
        <section class="im-phase" aria-label={t.decisions.objectionOf(formatDateTime(o.lodgedAt, v.lang))}>
          <h3 class="utrecht-heading-3">
            {t.decisions.objectionOf(formatDateTime(o.lodgedAt, v.lang))}{' '}
            <Tag kind={o.status === 'open' ? 'warning' : o.status === 'upheld' ? 'open' : 'closed'}>
              {t.decisions.objectionStatuses[o.status]}
            </Tag>
          </h3>
          {props.showCompany ? <P>{o.companyName}</P> : null}
          <SummaryList
            rows={[
              [t.decisions.groundsLabel, o.grounds],
              ...(o.answer
                ? ([
                    [t.decisions.answer, o.answer.reasons],
                    [t.decisions.answeredAt, formatDateTime(o.answer.answeredAt, v.lang)],
                  ] as [string, string][])
                : []),
            ]}
          />
        </section>
      ))}
    </>
  );
}
