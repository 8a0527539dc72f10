import { isProblemType, type ProblemType } from '#shared/platform/problem-types.ts';
import type { Lang } from './format.ts';
import { AFTER_AWARD_PROBLEMS } from './problems-after-award.ts';
import { CONTRACT_AND_CALL_PROBLEMS, type Text } from './problems-contract.ts';
import { PROCEDURE_PROBLEMS } from './problems-procedure.ts';

/**
 * What the API's problem documents mean for a person, per problem `type`. The API speaks English
 * to programs; the site says it in the reader's language, and says what to do. The record is over
 * the API's closed set of types, so a type without both texts fails the typecheck.
 */
export const PROBLEM_TEXTS: Record<ProblemType, Text> = {
  ...CONTRACT_AND_CALL_PROBLEMS,
  ...PROCEDURE_PROBLEMS,
  ...AFTER_AWARD_PROBLEMS,
};

/** Problems the site raises itself, on its way to the API or the file store. */
export const SITE_PROBLEM_TEXTS = {
  'upload-failed': {
    nl: 'Het bestand kon niet worden opgeslagen. Probeer het opnieuw.',
    en: 'The file could not be stored. Please try again.',
  },
} satisfies Record<string, Text>;
export type SiteProblemType = keyof typeof SITE_PROBLEM_TEXTS;

/** For a type from outside both sets (a gateway's own answer): still the reader's language. */
const GENERIC_PROBLEM: Text = {
  nl: 'Dit kon niet worden verwerkt. Controleer uw invoer en probeer het opnieuw.',
  en: 'This could not be processed. Check what you entered and try again.',
};

/** The text for a problem `type` as the API sends it (a URI or a bare slug). */
export function problemText(type: string, lang: Lang): string {
  const slug = type.slice(type.lastIndexOf('/') + 1);
  if (isProblemType(slug)) return PROBLEM_TEXTS[slug][lang];
  if (slug in SITE_PROBLEM_TEXTS) return SITE_PROBLEM_TEXTS[slug as SiteProblemType][lang];
  return GENERIC_PROBLEM[lang];
}
