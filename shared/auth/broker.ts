import { companyIdProblem, companyIdScheme, normaliseCompanyId } from '#shared/kernel/company-id.ts';
import { type AssuranceLevel, levelOfAcr } from './assurance.ts';

/**
 * Companies sign in through an eHerkenning or eIDAS broker (OpenID Connect). The broker vouches
 * for who the person acts for; we take the organisation from that alone — a person can never
 * choose or type it. The same claims, the same rules in AWS (the broker's ID token mapped onto
 * Cognito attributes, read by the pre-token trigger) and locally (the in-process broker).
 */

/** The broker's ID token claims we use. */
export const BROKER_CLAIMS = {
  /** eHerkenning: the KvK number of the company the person acts for. */
  kvk: 'kvk',
  /** eIDAS: the EUID of the legal person the person acts for. */
  euid: 'euid',
  /** The level of assurance, as eHerkenning's assurance-class URN or eIDAS's LoA URI. */
  acr: 'acr',
  /** Where an intermediary (a consultant, a bookkeeper) acts on the company's behalf: its KvK number. */
  intermediary: 'intermediary_kvk',
} as const;

/** Cognito user attributes the brokers' claims are mapped onto (per identity provider). */
export const BROKER_ATTRIBUTES = {
  actingFor: 'custom:acting_for',
  acr: 'custom:acr',
  intermediary: 'custom:intermediary',
} as const;

export interface BrokerCompany {
  /** The company id (KvK number or EUID), in its one written form. */
  org: string;
  assurance: AssuranceLevel;
  intermediary?: string;
}

export type BrokerRefusal =
  | 'no-organisation'
  | 'invalid-organisation'
  | 'no-assurance'
  | 'invalid-intermediary';

/**
 * The company a broker's verified claims say the person acts for, or why they say none. Only a KvK
 * number or an EUID counts (a VAT number is no identity a broker vouches for); an unknown level of
 * assurance is no level.
 */
export function companyFromBroker(claims: {
  actingFor?: unknown;
  acr?: unknown;
  intermediary?: unknown;
}): BrokerCompany | { refused: BrokerRefusal; detail: string } {
  if (typeof claims.actingFor !== 'string' || claims.actingFor.trim() === '')
    return { refused: 'no-organisation', detail: 'the broker named no company the person acts for' };
  const org = normaliseCompanyId(claims.actingFor);
  const problem = companyIdProblem(org);
  if (problem || companyIdScheme(org) === 'vat' || /^0+$/.test(org))
    return {
      refused: 'invalid-organisation',
      detail: `the broker's company id is not a KvK number or EUID${problem ? `: ${problem}` : ''}`,
    };
  const assurance = levelOfAcr(claims.acr);
  if (!assurance) return { refused: 'no-assurance', detail: 'the broker stated no known level of assurance' };
  let intermediary: string | undefined;
  if (claims.intermediary !== undefined && claims.intermediary !== '') {
    intermediary = typeof claims.intermediary === 'string' ? normaliseCompanyId(claims.intermediary) : '';
    if (companyIdProblem(intermediary) || companyIdScheme(intermediary) !== 'kvk')
      return { refused: 'invalid-intermediary', detail: "the intermediary's KvK number is not valid" };
  }
  return { org, assurance, ...(intermediary ? { intermediary } : {}) };
}
