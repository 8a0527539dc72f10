/** @jsxImportSource hono/jsx */

import { A, H1, P } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

export function OpenDataPage(props: { v: View; years: number[] }) {
  const { v } = props;
  return (
    <Layout v={v} title={texts(v).title} current="open-data">
      <H1>{texts(v).title}</H1>
      <P>{texts(v).intro}</P>
      <ul>
        {props.years.map((year) => (
          <li>
            <A href={`${v.publicApiUrl}/reports/ocds?year=${year}`}>{texts(v).download(year)}</A>
          </li>
        ))}
        <li>
          <A href={`${v.publicApiUrl}/openapi.json`}>{texts(v).api}</A>
        </li>
      </ul>
      <P>{texts(v).licence}</P>
    </Layout>
  );
}
