import type { routes } from '#shared/routes.ts';
import { parseEuros } from '#web/i18n/format.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

const FIELDS: Record<string, string> = {
  followOnRevenueCents: 'revenue',
  followOnInvestmentCents: 'investment',
  jobsCreated: 'jobs',
  launchingCustomerOin: 'launchingCustomerOin',
  remarks: 'remarks',
};

/** One round of follow-up monitoring: what the company did with its result, in euro and jobs. */
export function followUpMapping(
  values: Record<string, string>,
  v: View,
  round: 1 | 2 | 3,
): FormMapping<BodyOf<typeof routes.reportFollowUp>> {
  const errors: Record<string, string> = {};
  const revenue = parseEuros(values.revenue ?? '');
  const investment = parseEuros(values.investment ?? '');
  // FTE as people write them: 2, 2,5 or 2.5 (one decimal at most).
  const jobsText = (values.jobs ?? '').trim().replace(',', '.');
  const jobs = /^\d{1,6}(\.\d)?$/.test(jobsText) ? Number(jobsText) : undefined;
  if (revenue === undefined) errors.revenue = v.t.form.moneyInvalid;
  if (investment === undefined) errors.investment = v.t.form.moneyInvalid;
  if (jobs === undefined) errors.jobs = texts(v).jobsInvalid;
  for (const name of ['marketLaunch', 'launchingCustomer'])
    if (values[name] !== 'yes' && values[name] !== 'no') errors[name] = v.t.form.chooseYesNo;
  const oin = values.launchingCustomerOin?.trim();
  const remarks = values.remarks?.trim();
  return {
    body: {
      round,
      followOnRevenueCents: revenue as number,
      jobsCreated: jobs as number,
      followOnInvestmentCents: investment as number,
      marketLaunch: values.marketLaunch === 'yes',
      launchingCustomer: values.launchingCustomer === 'yes',
      ...(oin ? { launchingCustomerOin: oin } : {}),
      ...(remarks ? { remarks } : {}),
    },
    errors,
    fieldOf: (f) => FIELDS[f.split('.')[1] ?? ''],
  };
}
