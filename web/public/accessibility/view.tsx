/** @jsxImportSource hono/jsx */

import { H1, P, SummaryList } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
export function AccessibilityPage(props: { v: View }) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.accessibility.title}>
      <H1>{t.accessibility.title}</H1>
      <SummaryList rows={[[t.accessibility.status, t.accessibility.statusValue]]} />
      {t.accessibility.body.map((paragraph) => (
        <P>{paragraph}</P>
      ))}
    </Layout>
  );
}
