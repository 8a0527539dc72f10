import * as z from 'zod/mini';

/*
 * The shared kernel: the words every domain, event and page uses (themes, instruments,
 * identifiers, money bounds, criteria). It imports nothing of ours, so anything may import it.
 */

/** The agreement's five societal themes (maatschappelijke thema's), MKB-samenwerkingsagenda 2018-2019. */
export const THEMES = {
  'energietransitie-duurzaamheid': {
    nl: 'Energietransitie en duurzaamheid',
    en: 'Energy transition and sustainability',
  },
  'landbouw-water-voedsel': { nl: 'Landbouw, water en voedsel', en: 'Agriculture, water and food' },
  'quantum-hightech-nano-fotonica': {
    nl: 'Quantum, hightech, nano en fotonica',
    en: 'Quantum, high tech, nano and photonics',
  },
  'zorg-gezondheid': { nl: 'Zorg en gezondheid', en: 'Health and care' },
  'veilige-samenleving': { nl: 'Veilige samenleving', en: 'A safe society' },
} as const;
export type Theme = keyof typeof THEMES;
export const themeSchema = z.enum(Object.keys(THEMES) as [Theme, ...Theme[]]);

export const INSTRUMENTS = ['sbir', 'innovation-partnership'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];
export const instrumentSchema = z.enum(INSTRUMENTS);

/**
 * OIN (Organisatie-identificatienummer): 20 characters, an 8-digit prefix, an 8 or 9 character
 * main number and a `0000`/`000` suffix. Prefix 00000001 = RSIN, 00000003 = KvK, 00000099 = test.
 */
export const OIN_PATTERN = /^\d{8}(?:[0-9A-Z]{9}000|[0-9A-Z]{8}0000)$/;
export const oinSchema = z
  .string()
  .check(
    z.regex(OIN_PATTERN, 'an OIN is 20 characters: 8-digit prefix, 8-9 character number, 000(0) suffix'),
  );

/** KvK number: 8 digits (no public check digit). */
export const kvkSchema = z.string().check(z.regex(/^\d{8}$/, 'a KvK number is 8 digits'));

/** CPV code `dddddddd-d`. */
export const cpvSchema = z.string().check(z.regex(/^\d{8}-\d$/, 'a CPV code looks like 73000000-2'));

/**
 * R&D services a pre-commercial procurement (SBIR) may buy under the exception of Directive
 * 2014/24/EU art. 14 (Aanbestedingswet 2012 art. 2.24 sub g).
 */
export const RD_CPV_CODES: Record<string, string> = {
  '73000000-2': 'Onderzoek en ontwikkeling en aanverwante consultancydiensten',
  '73100000-3': 'Onderzoek en experimentele ontwikkeling',
  '73110000-6': 'Onderzoeksdiensten',
  '73111000-3': 'Diensten van onderzoekslaboratoria',
  '73112000-0': 'Diensten voor onderzoek op zee',
  '73120000-9': 'Experimentele ontwikkeling',
  '73300000-5': 'Ontwerp en uitvoering van onderzoek en ontwikkeling',
  '73420000-2': 'Voorhaalbaarheidsstudie en technologische demonstratie',
  '73430000-5': 'Testen en evalueren',
};

/** The same codes' official English names (the CPV regulation, 2213/2003), for English pages. */
export const RD_CPV_CODES_EN: Record<keyof typeof RD_CPV_CODES, string> = {
  '73000000-2': 'Research and development services and related consultancy services',
  '73100000-3': 'Research and experimental development services',
  '73110000-6': 'Research services',
  '73111000-3': 'Research laboratory services',
  '73112000-0': 'Marine research services',
  '73120000-9': 'Experimental development services',
  '73300000-5': 'Design and execution of research and development',
  '73420000-2': 'Pre-feasibility study and technological demonstration',
  '73430000-5': 'Test and evaluation',
};

/** A CPV code's name in the reader's language (undefined for a code outside the R&D exception). */
export const cpvName = (code: string, lang: 'nl' | 'en'): string | undefined =>
  lang === 'en' ? RD_CPV_CODES_EN[code] : RD_CPV_CODES[code];

/** Money in whole euro cents; bounded so no sum of a year's amounts leaves exact integer range. */
export const MAX_CENTS = 100_000_000_000; // € 1 bn
export const centsSchema = z.int().check(z.gte(0), z.lte(MAX_CENTS));

/**
 * The one text rule for names (of companies, assessors, searches) and file names: no control
 * characters (C0, DEL, C1 — no NUL, no line break), no bidirectional overrides or isolates (which
 * make `factuur\u202Efdp.exe` look like a PDF), and no lone surrogate (half a character, which
 * breaks every URL and header it goes into).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const isSafeName = (text: string) => !UNSAFE_IN_NAME.test(text) && !LONE_SURROGATE.test(text);
export const safeNameCheck = z.refine<string>(
  isSafeName,
  'no control characters, line breaks, direction overrides or broken characters',
);
/** A name on one line: trimmed, bounded, and safe (see `isSafeName`). */
export const nameSchema = (min: number, max: number) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max), safeNameCheck);

export const localisedText = (max: number) =>
  z.strictObject({
    nl: z.string().check(z.trim(), z.minLength(1), z.maxLength(max)),
    en: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(max))),
  });

/**
 * Award criteria. SBIR committees rank on Impact, Technologische haalbaarheid and Economisch
 * perspectief; an innovation partnership awards on best price-quality ratio only.
 */
export const CRITERIA = {
  impact: { nl: 'Impact', en: 'Impact' },
  'technical-feasibility': { nl: 'Technologische haalbaarheid', en: 'Technical feasibility' },
  'economic-prospects': { nl: 'Economisch perspectief', en: 'Economic prospects' },
  quality: { nl: 'Kwaliteit', en: 'Quality' },
  price: { nl: 'Prijs', en: 'Price' },
} as const;
export type CriterionKey = keyof typeof CRITERIA;
export const criterionKeySchema = z.enum(Object.keys(CRITERIA) as [CriterionKey, ...CriterionKey[]]);
export const SBIR_CRITERIA: readonly CriterionKey[] = [
  'impact',
  'technical-feasibility',
  'economic-prospects',
];

/**
 * Why a bid leaves the ranking (Aw 2012 art. 2.86-2.87, 2.116): late, incomplete, an exclusion
 * ground, a minimum requirement not met, abnormally low after an explanation was asked and
 * judged, or another reason the buyer writes out.
 */
export const EXCLUSION_GROUNDS = [
  'late',
  'incomplete',
  'exclusion-ground',
  'minimum-requirement',
  'abnormally-low',
  'other',
] as const;
export type ExclusionGround = (typeof EXCLUSION_GROUNDS)[number];

/**
 * What a change to a published call touches. A clarification leaves the terms as they are; a change
 * to the requirements, the award criteria, the budget or the consortium rule is significant
 * (Directive 2014/24 art. 47(3)(b)): bidders get a new period to respond to it.
 */
export const CALL_CHANGES = ['clarification', 'requirements', 'criteria', 'budget', 'consortium'] as const;
export type CallChange = (typeof CALL_CHANGES)[number];
export const SIGNIFICANT_CHANGES = ['requirements', 'criteria', 'budget', 'consortium'] as const;
export type SignificantChange = (typeof SIGNIFICANT_CHANGES)[number];
export const isSignificant = (change: CallChange): change is SignificantChange => change !== 'clarification';

/** Why a phase is awarded to nobody: every bid unsuitable, not enough budget, the need lapsed, or another reason. */
export const NO_AWARD_GROUNDS = ['all-unsuitable', 'over-budget', 'need-lapsed', 'other'] as const;

/** A Dutch postal address (an invoice address: of a company, or of a government body in the register). */
export const dutchAddressSchema = z.strictObject({
  street: z.string().check(z.trim(), z.minLength(2), z.maxLength(100)),
  postcode: z.string().check(z.trim(), z.regex(/^\d{4} ?[A-Z]{2}$/, 'a Dutch postcode such as 2596 AW')),
  city: z.string().check(z.trim(), z.minLength(2), z.maxLength(60)),
});
export type DutchAddress = z.infer<typeof dutchAddressSchema>;
