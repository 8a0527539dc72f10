import { z } from 'zod';
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

/**
 * A Dutch VAT id: `NL` + 9 digits + `B` + 2 digits. The old form (derived from the RSIN) passes
 * the eleven-test on its 9 digits; the form since 2020 passes ISO 7064 MOD 97-10 over the whole.
 */
export function isValidBtwId(value: string): boolean {
  const match = /^NL(\d{9})B(\d{2})$/.exec(value);
  if (!match) return false;
  const digits = match[1]!;
  const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];
  const elevenTest = [...digits].reduce((sum, d, i) => sum + Number(d) * weights[i]!, 0) % 11 === 0;
  const numeric = `2321${digits}11${match[2]}`; // N=23, L=21, B=11
  let remainder = 0;
  for (const ch of numeric) remainder = (remainder * 10 + Number(ch)) % 97;
  return elevenTest || remainder === 1;
}

export const companyProfileBody = z.strictObject({
  name: z.string().trim().min(2).max(200),
  btwId: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidBtwId, 'a Dutch VAT id like NL123456782B01 with a valid check')
    .optional(),
  /** The SME declaration: staff headcount (FTE), annual turnover and balance sheet total. */
  staff: z.int().min(0).max(1_000_000),
  turnoverCents: centsSchema,
  balanceSheetCents: centsSchema,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166 country code like NL')
    .default('NL'),
});
export type CompanyProfileInput = z.infer<typeof companyProfileBody>;

export const companyProfileView = z.object({
  kvk: z.string(),
  name: z.string(),
  btwId: z.string().optional(),
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
  return withoutKeys<CompanyProfile>(item);
}
