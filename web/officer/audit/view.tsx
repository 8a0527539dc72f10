/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDateTime } from '#web/i18n/format.ts';
import { A, Alert, H1, P, Table } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { reportsCrumbs } from '#web/officer/parts.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export type AuditTrail = z.output<typeof routes.challengeAuditTrail.response>;

export function AuditIndexPage(props: { v: View; calls: { id: string; title: string }[] }) {
  const { v } = props;
  return (
    <Layout v={v} title={groupTexts(v).auditTrail} current="reports">
      {reportsCrumbs(v)}
      <H1>{groupTexts(v).auditTrail}</H1>
      <ul>
        {props.calls.map((c) => (
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
    <Layout v={v} title={`${groupTexts(v).auditTrail}: ${props.title}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {groupTexts(v).auditTrail}: {props.title}
      </H1>
      <P>{texts(v).auditIntro}</P>
      <Alert kind={trail.verification.valid ? 'success' : 'error'}>
        <p class="utrecht-paragraph">
          {trail.verification.valid ? texts(v).verified : texts(v).broken}{' '}
          {texts(v).entries(trail.verification.entries)}
        </p>
      </Alert>
      <Alert kind={trail.completeness.complete ? 'success' : 'error'}>
        <p class="utrecht-paragraph">
          {trail.completeness.complete
            ? texts(v).complete(trail.completeness.checked)
            : texts(v).incomplete(trail.completeness.missing.length, trail.completeness.checked)}
          {trail.completeness.pending > 0
            ? ` ${texts(v).pending(trail.completeness.pending, trail.completeness.oldestPendingSeconds ?? 0)}`
            : ''}
        </p>
        {trail.completeness.missing.length > 0 ? (
          <ul class="utrecht-unordered-list">
            {trail.completeness.missing.map((m) => (
              <li class="utrecht-unordered-list__item">
                {formatDateTime(m.at, v.lang)}: {texts(v).actions[m.action] ?? m.action}{' '}
                <span class="im-muted">({m.eventId})</span>
              </li>
            ))}
          </ul>
        ) : null}
      </Alert>
      {trail.heldBackUntil ? (
        <Alert>
          <p class="utrecht-paragraph">{texts(v).heldBack(formatDateTime(trail.heldBackUntil, v.lang))}</p>
        </Alert>
      ) : null}
      <Table
        caption={groupTexts(v).auditTrail}
        hideCaption
        columns={[
          { label: '#' },
          { label: texts(v).when },
          { label: texts(v).what },
          { label: texts(v).actor },
        ]}
        rows={trail.entries.map((e) => [
          e.seq,
          formatDateTime(e.at, v.lang),
          <span title={e.action}>{texts(v).actions[e.action] ?? e.action}</span>,
          // Names where known, the ids on hover (and in the JSON).
          <span title={[e.actor.org, e.actor.sub].filter(Boolean).join(' · ') || undefined}>
            {[e.names?.person, t.roles[e.actor.role as 'buyer'] ?? e.actor.role].filter(Boolean).join(', ')}
            {e.names?.organisation || e.actor.org ? ` — ${e.names?.organisation ?? e.actor.org}` : ''}
          </span>,
        ])}
      />
    </Layout>
  );
}
