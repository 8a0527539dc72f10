import * as z from 'zod/mini';
import { COMPANY_ID_SCHEMES, vatIdSchema } from '#shared/kernel/company-id.ts';
import { SIZE_CLASSES } from '#shared/kernel/organisations.ts';
import { centsSchema, nameSchema } from '#shared/kernel/vocabulary.ts';

/** A company's profile and SME declaration, as the API takes and answers it (no storage here). */
export const companyProfileBody = z.strictObject({
  name: nameSchema(2, 200),
  /** The VAT number, of any EU state (NL123456782B01, DE123456788), format and check digits checked. */
  btwId: z.optional(vatIdSchema),
  /** The SME declaration: staff headcount (FTE), annual turnover and balance sheet total. */
  staff: z.int().check(z.gte(0), z.lte(1_000_000)),
  turnoverCents: centsSchema,
  balanceSheetCents: centsSchema,
  /** Country of registration (ISO 3166); default, and for an EUID or VAT id always: the one the id states. */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166 country code like NL'))),
  /**
   * Where the company's notices go (the award decision): its own address, whoever signs in for it
   * (an eHerkenning or eIDAS sign-in carries none). A company gives one before it bids.
   */
  noticeEmail: z.optional(
    z
      .string()
      .check(z.trim(), z.toLowerCase(), z.maxLength(254), z.email('an e-mail address like info@bedrijf.nl')),
  ),
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
  noticeEmail: z.optional(z.string()),
  sizeClass: z.enum(SIZE_CLASSES),
  isSme: z.boolean(),
  updatedAt: z.string(),
});

export type CompanyProfile = z.infer<typeof companyProfileView>;
