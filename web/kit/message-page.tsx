/** @jsxImportSource hono/jsx */

import { formatDateTime, isoOf } from '#web/i18n/format.ts';
import { A, H1, P } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';

export function MessagePage(props: { v: View; title: string; text: string; reference?: string }) {
  const { v } = props;
  return (
    <Layout v={v} title={props.title}>
      <H1>{props.title}</H1>
      <P>{props.text}</P>
      {props.reference ? <P class="im-muted">{v.t.errors.reference(props.reference)}</P> : null}
      <P>
        <A href="/oproepen">{v.t.errors.goToCalls}</A>
      </P>
    </Layout>
  );
}

export const timeElement = (iso: string, v: View) => (
  <time datetime={isoOf(iso)}>{formatDateTime(iso, v.lang)}</time>
);
