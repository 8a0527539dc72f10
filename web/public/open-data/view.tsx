/** @jsxImportSource hono/jsx */

import { A, H1, P } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
export function OpenDataPage(props: { v: View; years: number[] }) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.openData.title} current="open-data">
      <H1>{t.openData.title}</H1>
      <P>{t.openData.intro}</P>
      <ul>
        {props.years.map((year) => (
          <li>
            <A href={`${v.publicApiUrl}/reports/ocds?year=${year}`}>{t.openData.download(year)}</A>
          </li>
        ))}
        <li>
          <A href={`${v.publicApiUrl}/openapi.json`}>{t.openData.api}</A>
        </li>
      </ul>
      <P>{t.openData.licence}</P>
    </Layout>
  );
}
