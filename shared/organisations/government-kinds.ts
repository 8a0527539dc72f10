/** Kinds of government body (a leaf module: events and the registry both use it). */
export const GOVERNMENT_KINDS = [
  'ministry',
  'province',
  'municipality',
  'water-authority',
  'agency',
  /** e.g. IPO, which holds the provinces' joint envelope */
  'association',
  'other-public-body',
] as const;
export type GovernmentKind = (typeof GOVERNMENT_KINDS)[number];
