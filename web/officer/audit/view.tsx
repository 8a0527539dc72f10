/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDateTime } from '#web/i18n/format.ts';
import { A, Alert, H1, P, Table } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { reportsCrumbs } from '#web/officer/parts.tsx';
export type AuditTrail = z.output<typeof routes.challengeAuditTrail.response>;

export function AuditIndexPage(props: { v: View; challenges: { id: string; title: string }[] }) {
  const { v } = props;
  return (
    <Layout v={v} title={v.t.gov.auditTrail} current="reports">
      {reportsCrumbs(v)}
      <H1>{v.t.gov.auditTrail}</H1>
      <ul>
        {props.challenges.map((c) => (
          <li>
            <A href={`/rapporten/audit/${c.id}`}>{c.title}</A>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function AuditTrailPage(props: { v: View; title: string; trail: AuditTrail }) {
  const { v, trail } = props;
  const { t } = v;
  return (
    <Layout v={v} title={`${t.gov.auditTrail}: ${props.title}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {t.gov.auditTrail}: {props.title}
      </H1>
      <P>{t.gov.auditIntro}</P>
      <Alert kind={trail.verification.valid ? 'success' : 'error'}>
        <p class="utrecht-paragraph">
          {trail.verification.valid ? t.gov.verified : t.gov.broken}{' '}
          {t.gov.entries(trail.verification.entries)}
        </p>
      </Alert>
      <Table
        caption={t.gov.auditTrail}
        hideCaption
        columns={[{ label: '#' }, { label: t.gov.when }, { label: t.gov.what }, { label: t.gov.actor }]}
        rows={trail.entries.map((e) => [
          e.seq,
          formatDateTime(e.at, v.lang),
          <span lang="en">{e.action}</span>,
          `${t.roles[e.actor.role as 'buyer'] ?? e.actor.role} ${e.actor.org ?? ''}`,
        ])}
      />
    </Layout>
  );
}
