/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDate } from '#web/i18n/format.ts';
import { A, Alert, Breadcrumbs, Button, CsrfField, H1, P, Table, Tag } from '#web/kit/components.tsx';
import { ErrorSummary, Select, TextArea, TextField, YesNo } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

export type FollowUp = z.output<typeof routes.myFollowUps.response>['items'][number];

export function FollowUpsPage(props: {
  v: View;
  followUps: FollowUp[];
  calls: Map<string, CallView>;
  flash?: string;
}) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={texts(v).title} current="follow-ups">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{texts(v).title}</H1>
      <P>{texts(v).intro}</P>
      {props.followUps.length === 0 ? (
        <P>{texts(v).none}</P>
      ) : (
        <Table
          caption={texts(v).title}
          hideCaption
          columns={[
            { label: t.proposal.forCall },
            { label: t.followUps.round },
            { label: t.followUps.dueAt },
            { label: texts(v).status },
            { label: <span class="im-visually-hidden">{texts(v).report}</span> },
          ]}
          rows={props.followUps.map((f) => [
            titleOf(props.calls.get(f.challengeId), v) || f.challengeId,
            t.followUps.roundN(f.round),
            formatDate(f.dueAt, v.lang),
            <Tag kind={f.status === 'overdue' ? 'warning' : f.status === 'reported' ? 'closed' : 'open'}>
              {t.followUps.statuses[f.status]}
            </Tag>,
            f.status === 'due' || f.status === 'overdue' ? (
              <A href={`/mijn/vervolgmonitoring/${f.awardId}/${f.round}`}>
                {texts(v).report}
                <span class="im-visually-hidden">
                  {' '}
                  {t.followUps.roundN(f.round)}, {titleOf(props.calls.get(f.challengeId), v)}
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
  call?: CallView;
  /** The government bodies a launching customer is picked from, by name. */
  bodies: { oin: string; name: string }[];
  form: FormState;
}) {
  const { v, followUp: f, form } = props;
  return (
    <Layout v={v} title={texts(v).formTitle(f.round)} current="follow-ups">
      <Breadcrumbs
        label={texts(v).title}
        items={[{ href: '/mijn/vervolgmonitoring', label: texts(v).title }]}
      />
      <ErrorSummary v={v} form={form} order={FOLLOW_UP_FIELDS} />
      <H1>{texts(v).formTitle(f.round)}</H1>
      <P>{titleOf(props.call, v)}</P>
      <form method="post" action={`/mijn/vervolgmonitoring/${f.awardId}/${f.round}`} novalidate>
        <CsrfField v={v} />
        <TextField v={v} form={form} name="revenue" label={texts(v).revenue} inputmode="decimal" short />
        <TextField
          v={v}
          form={form}
          name="jobs"
          label={texts(v).jobs}
          hint={texts(v).jobsHint}
          inputmode="decimal"
          short
        />
        <TextField
          v={v}
          form={form}
          name="investment"
          label={texts(v).investment}
          inputmode="decimal"
          short
        />
        <YesNo v={v} form={form} name="marketLaunch" legend={texts(v).marketLaunch} />
        <YesNo v={v} form={form} name="launchingCustomer" legend={texts(v).launchingCustomer} />
        <Select
          v={v}
          form={form}
          name="launchingCustomerOin"
          label={texts(v).launchingCustomerOin}
          options={[
            { value: '', label: texts(v).chooseBody },
            ...props.bodies.map((b) => ({ value: b.oin, label: b.name })),
          ]}
        />
        <TextArea v={v} form={form} name="remarks" label={texts(v).remarks} rows={4} />
        <Button>{texts(v).send}</Button>
      </form>
    </Layout>
  );
}
