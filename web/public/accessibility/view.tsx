/** @jsxImportSource hono/jsx */

import { H1, P, SummaryList } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

export function AccessibilityPage(props: { v: View }) {
  const { v } = props;
  return (
    <Layout v={v} title={texts(v).title}>
      <H1>{texts(v).title}</H1>
      <SummaryList rows={[[texts(v).status, texts(v).statusValue]]} />
      {texts(v).body.map((paragraph) => (
        <P>{paragraph}</P>
      ))}
    </Layout>
  );
}
