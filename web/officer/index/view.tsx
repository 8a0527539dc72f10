import { A, H1, P } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { YearForm } from '#web/kit/year-form.tsx';
export function ReportsIndexPage(props: { v: View; year: number }) {
  const { v, year } = props;
  const { t } = v;
  const q = `?jaar=${year}`;
  return (
    <Layout v={v} title={t.gov.reportsTitle} current="reports">
      <H1>{t.gov.reportsTitle}</H1>
      <P>{t.gov.reportsIntro}</P>
      <YearForm v={v} action="/rapporten" year={year} />
      <ul>
        <li>
          <A href={`/rapporten/cofinanciering${q}`}>{t.gov.coFunding}</A>
        </li>
        <li>
          <A href={`/rapporten/gunningen${q}`}>{t.gov.awardsRegister}</A>
        </li>
        <li>
          <A href={`/rapporten/pijplijn${q}`}>{t.gov.pipeline}</A>
        </li>
        <li>
          <A href={`/rapporten/vervolg${q}`}>{t.gov.followUp}</A>
        </li>
        <li>
          <A href={`${v.publicApiUrl}/reports/ocds?year=${year}`}>{t.gov.ocds}</A>
        </li>
        <li>
          <A href={`/rapporten/audit${q}`}>{t.gov.auditTrail}</A>
        </li>
      </ul>
    </Layout>
  );
}
