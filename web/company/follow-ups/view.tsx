/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDate } from '#web/i18n/format.ts';
import { A, Alert, Breadcrumbs, Button, CsrfField, H1, P, Table, Tag } from '#web/kit/components.tsx';
import { ErrorSummary, TextArea, TextField, YesNo } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { ChallengeView } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
export type FollowUp = z.output<typeof routes.myFollowUps.response>['items'][number];

export function FollowUpsPage(props: {
  v: View;
  followUps: FollowUp[];
  challenges: Map<string, ChallengeView>;
  flash?: string;
}) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.followUps.title} current="follow-ups">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{t.followUps.title}</H1>
      <P>{t.followUps.intro}</P>
      {props.followUps.length === 0 ? (
        <P>{t.followUps.none}</P>
      ) : (
        <Table
          caption={t.followUps.title}
          hideCaption
          columns={[
            { label: t.proposal.forChallenge },
            { label: t.followUps.round },
            { label: t.followUps.dueAt },
            { label: t.followUps.status },
            { label: <span class="im-visually-hidden">{t.followUps.report}</span> },
          ]}
          rows={props.followUps.map((f) => [
            titleOf(props.challenges.get(f.challengeId), v) || f.challengeId,
            t.followUps.roundN(f.round),
            formatDate(f.dueAt, v.lang),
            <Tag kind={f.status === 'overdue' ? 'warning' : f.status === 'reported' ? 'closed' : 'open'}>
              {t.followUps.statuses[f.status]}
            </Tag>,
            f.status === 'due' || f.status === 'overdue' ? (
              <A href={`/mijn/vervolgmonitoring/${f.awardId}/${f.round}`}>
                {t.followUps.report}
                <span class="im-visually-hidden">
                  {' '}
                  {t.followUps.roundN(f.round)}, {titleOf(props.challenges.get(f.challengeId), v)}
                </span>
              </A>
            ) : null,
          ])}
        />
      )}
    </Layout>
  );
}

export const FOLLOW_UP_FIELDS = [
  'revenue',
  'jobs',
  'investment',
  'marketLaunch',
  'launchingCustomer',
  'launchingCustomerOin',
  'remarks',
];

export function FollowUpFormPage(props: {
  v: View;
  followUp: FollowUp;
  challenge?: ChallengeView;
  form: FormState;
}) {
  const { v, followUp: f, form } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.followUps.formTitle(f.round)} current="follow-ups">
      <Breadcrumbs
        label={t.followUps.title}
        items={[{ href: '/mijn/vervolgmonitoring', label: t.followUps.title }]}
      />
      <ErrorSummary v={v} form={form} order={FOLLOW_UP_FIELDS} />
      <H1>{t.followUps.formTitle(f.round)}</H1>
      <P>{titleOf(props.challenge, v)}</P>
      <form method="post" action={`/mijn/vervolgmonitoring/${f.awardId}/${f.round}`} novalidate>
        <CsrfField v={v} />
        <TextField v={v} form={form} name="revenue" label={t.followUps.revenue} inputmode="decimal" short />
        <TextField v={v} form={form} name="jobs" label={t.followUps.jobs} inputmode="numeric" short />
        <TextField
          v={v}
          form={form}
          name="investment"
          label={t.followUps.investment}
          inputmode="decimal"
          short
        />
        <YesNo v={v} form={form} name="marketLaunch" legend={t.followUps.marketLaunch} />
        <YesNo v={v} form={form} name="launchingCustomer" legend={t.followUps.launchingCustomer} />
        <TextField v={v} form={form} name="launchingCustomerOin" label={t.followUps.launchingCustomerOin} />
        <TextArea v={v} form={form} name="remarks" label={t.followUps.remarks} rows={4} />
        <Button>{t.followUps.send}</Button>
      </form>
    </Layout>
  );
}
