import { ENTITY, orgKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItem } from '#shared/db/store.ts';
import { companyIdScheme } from '#shared/kernel/company-id.ts';
import type { SizeClass } from '#shared/kernel/organisations.ts';
import type { CompanyProfile } from '#shared/organisations/schemas.ts';

export { SIZE_CLASSES, type SizeClass } from '#shared/kernel/organisations.ts';

/** EU SME definition (Recommendation 2003/361/EC): staff headcount and turnover or balance sheet. */

const MLN = 100_000_000; // € 1 mln in cents
const LIMITS: { size: SizeClass; staff: number; turnover: number; balance: number }[] = [
  { size: 'micro', staff: 10, turnover: 2 * MLN, balance: 2 * MLN },
  { size: 'small', staff: 50, turnover: 10 * MLN, balance: 10 * MLN },
  { size: 'medium', staff: 250, turnover: 50 * MLN, balance: 43 * MLN },
];

/** The smallest class whose staff ceiling and (turnover or balance) ceiling the company stays within. */
export function sizeClass(declaration: {
  staff: number;
  turnoverCents: number;
  balanceSheetCents: number;
}): SizeClass {
  const fit = LIMITS.find(
    (l) =>
      declaration.staff < l.staff &&
      (declaration.turnoverCents <= l.turnover || declaration.balanceSheetCents <= l.balance),
  );
  return fit?.size ?? 'large';
}

export async function getCompanyProfile(kvk: string): Promise<CompanyProfile | undefined> {
  const item = await getItem(orgKeys.organisation(kvk));
  if (item?.entity !== ENTITY.companyProfile) return undefined;
  // Profiles saved before companies from other EU states joined have no scheme stored: KvK.
  const stored = withoutKeys<Omit<CompanyProfile, 'identifierScheme'> & Partial<CompanyProfile>>(item);
  return { ...stored, identifierScheme: stored.identifierScheme ?? companyIdScheme(kvk) };
}
