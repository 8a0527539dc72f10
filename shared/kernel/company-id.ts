import * as z from 'zod/mini';

/**
 * How a company identifies itself. The marketplace is open to firms from every EU state: a
 * company registered in the Netherlands uses its KvK number (8 digits); one registered elsewhere
 * uses its European Unique Identifier (EUID, Implementing Regulation (EU) 2021/1042, e.g.
 * `DEK1101R.HRB116737`: country, register, `.`, registration number) or its VAT number
 * (`DE123456789`). The three forms cannot be mistaken for each other (digits only; with a dot;
 * without), so the id alone says its scheme — tokens, keys and events carry it as it is.
 */
export const COMPANY_ID_SCHEMES = ['kvk', 'euid', 'vat'] as const;
export type CompanyIdScheme = (typeof COMPANY_ID_SCHEMES)[number];

/** The EU member states as VAT numbers and EUIDs write them (Greece: EL). */
export const EU_STATES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const; // biome-ignore format: one line per state would hide the list

/** VAT number formats per state (after the 2-letter prefix), as VIES accepts them. */
const VAT_FORMATS: Record<(typeof EU_STATES)[number], RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^\d[A-Z0-9+*]\d{5}[A-Z]{1,2}$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
};

/** ISO 7064 MOD 97-10 over a string of digits. */
const mod97 = (digits: string) => [...digits].reduce((r, d) => (r * 10 + Number(d)) % 97, 0);

/**
 * Check digits where the state publishes the rule: NL (eleven-test on the RSIN form, or
 * MOD 97-10 since 2020), BE (97 − first 8 digits mod 97), DE (ISO 7064 MOD 11,10). Other states:
 * the format only (VIES itself is the final check, and it is not reachable from here).
 */
const CHECKS: Partial<Record<string, (body: string) => boolean>> = {
  NL: (body) => {
    const digits = body.slice(0, 9);
    const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];
    const eleven = [...digits].reduce((sum, d, i) => sum + Number(d) * weights[i]!, 0) % 11 === 0;
    return eleven || mod97(`2321${digits}11${body.slice(10)}`) === 1; // N=23, L=21, B=11
  },
  BE: (body) => 97 - (Number(body.slice(0, 8)) % 97) === Number(body.slice(8)),
  DE: (body) => {
    let product = 10;
    for (const d of body.slice(0, 8)) {
      let sum = (Number(d) + product) % 10;
      if (sum === 0) sum = 10;
      product = (2 * sum) % 11;
    }
    return (11 - product) % 10 === Number(body[8]);
  },
};

/** Why a VAT number is not valid, or undefined when it is (upper case, no spaces). */
export function vatIdProblem(value: string): string | undefined {
  const state = value.slice(0, 2) as (typeof EU_STATES)[number];
  const format = VAT_FORMATS[state];
  if (!format) return 'a VAT number starts with the code of an EU state (DE, BE, FR, …; Greece: EL)';
  const body = value.slice(2);
  if (!format.test(body)) return `not the format of a ${state} VAT number`;
  if (CHECKS[state] && !CHECKS[state](body))
    return `the check digits of this ${state} VAT number do not add up`;
  return undefined;
}

const KVK = /^\d{8}$/;
/** Country (EU code, Greece GR or EL), register code, a dot, the registration number. */
const EUID = /^([A-Z]{2})[A-Z0-9]{1,12}\.[A-Z0-9][A-Z0-9.-]{0,39}$/;

/** Why a company id is not valid, or undefined when it is. */
export function companyIdProblem(value: string): string | undefined {
  if (/^\d+$/.test(value)) return KVK.test(value) ? undefined : 'a KvK number is 8 digits';
  const euid = EUID.exec(value);
  if (value.includes('.')) {
    if (!euid)
      return 'an EUID is a country code, the register, a dot and the number (e.g. DEK1101R.HRB116737)';
    const state = euid[1] === 'GR' ? 'EL' : euid[1]!;
    if (state === 'NL') return 'a company registered in the Netherlands identifies with its KvK number';
    if (!(EU_STATES as readonly string[]).includes(state))
      return 'an EUID starts with the code of an EU state';
    return undefined;
  }
  if (value.startsWith('NL')) return 'a company registered in the Netherlands identifies with its KvK number';
  return vatIdProblem(value);
}

/** Which scheme an id (already valid) belongs to. */
export const companyIdScheme = (id: string): CompanyIdScheme =>
  /^\d+$/.test(id) ? 'kvk' : id.includes('.') ? 'euid' : 'vat';

/** The ISO 3166 country of registration an id states (NL for a KvK number; GR for Greece). */
export const companyIdCountry = (id: string): string => {
  if (companyIdScheme(id) === 'kvk') return 'NL';
  const code = id.slice(0, 2);
  return code === 'EL' ? 'GR' : code;
};

/** A company id in its one written form (upper case, no spaces), checked per scheme with a clear message. */
export const companyIdSchema = z.string().check(
  z.maxLength(64),
  z.superRefine((value, ctx) => {
    const problem = companyIdProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

/** A company id as people type it (`de 123 456 789`) in its written form (`DE123456789`). */
export const normaliseCompanyId = (typed: string) => typed.replace(/\s+/g, '').toUpperCase();

/** An EU VAT number as typed (trimmed, upper case), checked per state. */
export const vatIdSchema = z.string().check(
  z.trim(),
  z.toUpperCase(),
  z.maxLength(20),
  z.superRefine((value, ctx) => {
    const problem = vatIdProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);
