import { A, H1, P } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { YearForm } from '#web/kit/year-form.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function ReportsIndexPage(props: { v: View; year: number }) {
  const { v, year } = props;
  const q = `?jaar=${year}`;
  return (
    <Layout v={v} title={groupTexts(v).reportsTitle} current="reports">
      <H1>{groupTexts(v).reportsTitle}</H1>
      <P>{texts(v).reportsIntro}</P>
      <YearForm v={v} action="/rapporten" year={year} />
      <ul>
        <li>
          <A href={`/rapporten/cofinanciering${q}`}>{groupTexts(v).coFunding}</A>
        </li>
        <li>
          <A href={`/rapporten/gunningen${q}`}>{groupTexts(v).awardsRegister}</A>
        </li>
        <li>
          <A href={`/rapporten/betalingen${q}`}>{groupTexts(v).payments}</A>
        </li>
        <li>
          <A href="/rapporten/verrekening">{groupTexts(v).settlements}</A>
        </li>
        <li>
          <A href={`/rapporten/pijplijn${q}`}>{groupTexts(v).pipeline}</A>
        </li>
        <li>
          <A href={`/rapporten/vervolg${q}`}>{groupTexts(v).followUp}</A>
        </li>
        <li>
          <A href={`${v.publicApiUrl}/reports/ocds?year=${year}`}>{texts(v).ocds}</A>
        </li>
        <li>
          <A href={`/rapporten/audit${q}`}>{groupTexts(v).auditTrail}</A>
        </li>
      </ul>
    </Layout>
  );
}
