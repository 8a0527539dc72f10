import type { routes } from '#shared/routes.ts';
import { eurosForInput, parseEuros } from '#web/i18n/format.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import type { CompanyProfile } from './view.tsx';

const FIELDS: Record<string, string> = {
  name: 'name',
  btwId: 'btwId',
  staff: 'staff',
  turnoverCents: 'turnover',
  balanceSheetCents: 'balanceSheet',
  country: 'country',
  noticeEmail: 'noticeEmail',
};

/** The company profile and SME declaration: amounts in euro as typed, staff as a whole number. */
export function profileMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.putCompanyProfile>> {
  const errors: Record<string, string> = {};
  const turnover = parseEuros(values.turnover ?? '');
  const balance = parseEuros(values.balanceSheet ?? '');
  const staff = /^\d{1,7}$/.test((values.staff ?? '').trim()) ? Number(values.staff) : undefined;
  if (turnover === undefined) errors.turnover = v.t.form.moneyInvalid;
  if (balance === undefined) errors.balanceSheet = v.t.form.moneyInvalid;
  if (staff === undefined) errors.staff = v.t.form.numberInvalid;
  const btwId = values.btwId?.trim();
  const country = values.country?.trim();
  const noticeEmail = values.noticeEmail?.trim();
  return {
    body: {
      name: values.name ?? '',
      ...(btwId ? { btwId } : {}),
      staff: staff as number,
      turnoverCents: turnover as number,
      balanceSheetCents: balance as number,
      ...(country ? { country } : {}),
      ...(noticeEmail ? { noticeEmail } : {}),
    },
    errors,
    fieldOf: (f) => FIELDS[f.split('.')[1] ?? ''],
  };
}

/** The form's values from the stored profile. */
export const profileValues = (profile: CompanyProfile, v: View): Record<string, string> => ({
  name: profile.name,
  btwId: profile.btwId ?? '',
  staff: String(profile.staff),
  turnover: eurosForInput(profile.turnoverCents, v.lang),
  balanceSheet: eurosForInput(profile.balanceSheetCents, v.lang),
  country: profile.country,
  noticeEmail: profile.noticeEmail ?? '',
});
