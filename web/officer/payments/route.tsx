/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { yearReportDownloads } from '#web/kit/report-download.ts';
import { yearOf } from '#web/kit/year-form.tsx';
import { PaymentsRegisterPage } from './view.tsx';

/** The payments register of a year, and its downloads (CSV for Dutch Excel, RFC 4180, JSON). */
export const payments = new Hono<SiteEnv>();

payments.get('/rapporten/betalingen', async (c) => {
  const report = await c.get('api')(routes.paymentsReport, { query: { year: yearOf(c), format: 'json' } });
  if (!report.ok) throw new Error(`payments: ${report.problem.type}`);
  return render(c, <PaymentsRegisterPage v={c.get('view')} report={report.data} />);
});

yearReportDownloads(payments, '/rapporten/betalingen', routes.paymentsReport, 'betalingen');
