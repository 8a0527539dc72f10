/**
 * How sure we are that a person acts for the company they sign in for: the level of assurance of
 * their means of authentication. Dutch companies sign in with eHerkenning (levels EH2, EH2+, EH3,
 * EH4), companies from other EU states with their national eID under eIDAS (low, substantial,
 * high). The Dutch trust framework puts eIDAS substantial beside EH3 and high beside EH4; eIDAS low
 * is below EH2+. Ranked on one scale, so a route states one minimum for both.
 */
export const ASSURANCE_LEVELS = [
  'eh2',
  'eh2+',
  'eh3',
  'eh4',
  'eidas-low',
  'eidas-substantial',
  'eidas-high',
] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];

const RANK: Record<AssuranceLevel, number> = {
  eh2: 1,
  'eidas-low': 1,
  'eh2+': 2,
  eh3: 3,
  'eidas-substantial': 3,
  eh4: 4,
  'eidas-high': 4,
};

/** The minimum a route asks of a company: to read and ask (EH2+), or to bind the company (EH3). */
export type RequiredAssurance = 'eh2+' | 'eh3';
/** Every company route needs at least this; routes that bind the company say `eh3`. */
export const BASELINE_ASSURANCE: RequiredAssurance = 'eh2+';

/** Does a person signed in at `level` meet `needed`? No level at all meets nothing. */
export const meetsAssurance = (level: AssuranceLevel | undefined, needed: RequiredAssurance): boolean =>
  level !== undefined && RANK[level] >= RANK[needed];

/** The highest level: what a local developer token carries unless told otherwise. */
export const HIGHEST_ASSURANCE: AssuranceLevel = 'eh4';

/**
 * The level as brokers state it in the OpenID Connect `acr` claim: eHerkenning's assurance-class
 * URNs and eIDAS's LoA URIs. An unknown value is no level.
 */
export const ACR_VALUES: Record<string, AssuranceLevel> = {
  'urn:etoegang:core:assurance-class:loa2': 'eh2',
  'urn:etoegang:core:assurance-class:loa2plus': 'eh2+',
  'urn:etoegang:core:assurance-class:loa3': 'eh3',
  'urn:etoegang:core:assurance-class:loa4': 'eh4',
  'http://eidas.europa.eu/LoA/low': 'eidas-low',
  'http://eidas.europa.eu/LoA/substantial': 'eidas-substantial',
  'http://eidas.europa.eu/LoA/high': 'eidas-high',
};
export const levelOfAcr = (acr: unknown): AssuranceLevel | undefined =>
  typeof acr === 'string' ? ACR_VALUES[acr] : undefined;
/** The `acr` value that asks a broker for at least this level (eHerkenning's; eIDAS brokers map it). */
export const acrOf = (level: AssuranceLevel): string =>
  Object.entries(ACR_VALUES).find(([, l]) => l === level)![0];

/** How a level is written where people read it. */
export const ASSURANCE_NAMES: Record<AssuranceLevel, string> = {
  eh2: 'EH2',
  'eh2+': 'EH2+',
  eh3: 'EH3',
  eh4: 'EH4',
  'eidas-low': 'eIDAS low',
  'eidas-substantial': 'eIDAS substantial',
  'eidas-high': 'eIDAS high',
};
