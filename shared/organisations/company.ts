import * as z from 'zod/mini';
import { COMPANY_ID_SCHEMES, companyIdScheme, vatIdSchema } from '#shared/kernel/company-id.ts';
import { SIZE_CLASSES, type SizeClass } from '#shared/kernel/organisations.ts';

export { SIZE_CLASSES, type SizeClass } from '#shared/kernel/organisations.ts';

import { ENTITY, orgKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItem } from '#shared/db/store.ts';
import { centsSchema } from '#shared/kernel/vocabulary.ts';

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

export const companyProfileBody = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(2), z.maxLength(200)),
  /** The VAT number, of any EU state (NL123456782B01, DE123456788), format and check digits checked. */
  btwId: z.optional(vatIdSchema),
  /** The SME declaration: staff headcount (FTE), annual turnover and balance sheet total. */
  staff: z.int().check(z.gte(0), z.lte(1_000_000)),
  turnoverCents: centsSchema,
  balanceSheetCents: centsSchema,
  /** Country of registration (ISO 3166); default, and for an EUID or VAT id always: the one the id states. */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166 country code like NL'))),
});
export type CompanyProfileInput = z.infer<typeof companyProfileBody>;

export const companyProfileView = z.object({
  /** The company's id: a KvK number, an EUID or an EU VAT number (the field keeps its first name). */
  kvk: z.string(),
  identifierScheme: z.enum(COMPANY_ID_SCHEMES),
  name: z.string(),
  btwId: z.optional(z.string()),
  staff: z.int(),
  turnoverCents: z.int(),
  balanceSheetCents: z.int(),
  country: z.string(),
  sizeClass: z.enum(SIZE_CLASSES),
  isSme: z.boolean(),
  updatedAt: z.string(),
});
export type CompanyProfile = z.infer<typeof companyProfileView>;

export async function getCompanyProfile(kvk: string): Promise<CompanyProfile | undefined> {
  const item = await getItem(orgKeys.organisation(kvk));
  if (item?.entity !== ENTITY.companyProfile) return undefined;
  // Profiles saved before companies from other EU states joined have no scheme stored: KvK.
  const stored = withoutKeys<Omit<CompanyProfile, 'identifierScheme'> & Partial<CompanyProfile>>(item);
  return { ...stored, identifierScheme: stored.identifierScheme ?? companyIdScheme(kvk) };
}
