/** Words about organisations that events, domains and pages share (part of the kernel). */

/** Kinds of government body. */
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

/** The EU SME size classes (Recommendation 2003/361/EC), computed from a company's figures. */
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
