/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { MESSAGE_KINDS, type MessageKind } from '#shared/notifications/schemas.ts';
import { routes } from '#shared/routes.ts';
import { formValues, render, type SiteEnv } from '#web/kit/context.tsx';
import { UnsubscribePage } from './view.tsx';

/**
 * The link of every message. A GET only asks (mail scanners follow links); the POST — from the
 * button, or from the mail client itself (RFC 8058 one-click, without our cookies) — unsubscribes.
 */
export const unsubscribe = new Hono<SiteEnv>();

const isKind = (k: unknown): k is MessageKind => typeof k === 'string' && k in MESSAGE_KINDS;

unsubscribe.get('/afmelden', (c) => {
  const v = c.get('view');
  const q = c.req.query();
  if (!isKind(q.k) || !q.o || !q.s || !q.t) return render(c, <UnsubscribePage v={v} invalid />, 400);
  return render(c, <UnsubscribePage v={v} kind={q.k} hidden={{ o: q.o, s: q.s, k: q.k, t: q.t }} />);
});

unsubscribe.post('/afmelden', async (c) => {
  const v = c.get('view');
  const values = await formValues(c);
  const q = c.req.query();
  const o = values.o ?? q.o;
  const s = values.s ?? q.s;
  const k = values.k ?? q.k;
  const t = values.t ?? q.t;
  if (!isKind(k) || !o || !s || !t) return render(c, <UnsubscribePage v={v} invalid />, 400);
  const done = await c.get('api')(routes.unsubscribe, { body: { org: o, sub: s, kind: k, key: t } });
  if (!done.ok) return render(c, <UnsubscribePage v={v} invalid />, 400);
  return render(c, <UnsubscribePage v={v} kind={k} done />);
});
