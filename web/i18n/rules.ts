import type { FieldRule } from '#shared/platform/problem-types.ts';
import { formatDate, formatDateTime, formatShare, type Lang } from './format.ts';

type Values = Record<string, string | number>;
type RuleText = Record<Lang, (values: Values, lang: Lang) => string>;

const at = (values: Values, lang: Lang) => formatDateTime(String(values.at ?? ''), lang);
const num = (values: Values, key: string) => Number(values[key] ?? 0);

/**
 * What a failed rule means at its field, naming what to do — the rule the API names, so a
 * deadline that is too early for a partnership is not explained like one before the phase before it.
 * The record is over the API's closed set of rules: a rule without both texts fails the typecheck.
 */
export const RULE_TEXTS: Record<FieldRule, RuleText> = {
  'after-previous-phase': {
    nl: (x) =>
      `Fase ${x.phase} moet later sluiten dan fase ${x.previous}. Kies een sluitingsdatum na die van fase ${x.previous}.`,
    en: (x) =>
      `Phase ${x.phase} must close later than phase ${x.previous}. Choose a closing date after that of phase ${x.previous}.`,
  },
  'deadline-passed': {
    nl: (x, l) => `Fase 1 is al gesloten (${at(x, l)}). Kies een sluitingsdatum in de toekomst.`,
    en: (x, l) => `Phase 1 has already closed (${at(x, l)}). Choose a closing date in the future.`,
  },
  'questions-passed': {
    nl: (x, l) =>
      `Vragen stellen zou al gesloten zijn (${at(x, l)}). Kies een latere datum voor vragen, vóór de sluiting van fase 1.`,
    en: (x, l) =>
      `Questions would already have closed (${at(x, l)}). Choose a later date for questions, before phase 1 closes.`,
  },
  'partnership-request-period': {
    nl: (x, l) =>
      `Bij een innovatiepartnerschap hebben kandidaten ten minste ${x.days} dagen na publicatie. Kies als sluitingsdatum ${formatDate(String(x.lastDay), l)} of later.`,
    en: (x, l) =>
      `In an innovation partnership candidates have at least ${x.days} days after publication. Choose ${formatDate(String(x.lastDay), l)} or later as the closing date.`,
  },
  'weights-total': {
    nl: (x, l) =>
      `De wegingen zijn samen ${formatShare(num(x, 'totalBasisPoints'), l)}. Verander ze zo dat ze samen 100% zijn.`,
    en: (x, l) =>
      `The weights add up to ${formatShare(num(x, 'totalBasisPoints'), l)}. Change them so that they add up to 100%.`,
  },
  'criterion-once': {
    nl: () => 'Een criterium staat er twee keer in. Geef elk criterium één weging.',
    en: () => 'A criterion is listed twice. Give each criterion one weight.',
  },
  'sbir-criteria': {
    nl: () =>
      'Een SBIR-commissie beoordeelt op impact, technologische haalbaarheid en economisch perspectief. Geef deze drie een weging.',
    en: () =>
      'An SBIR committee scores impact, technical feasibility and economic prospects. Give these three a weight.',
  },
  'partnership-price-quality': {
    nl: () =>
      'Een innovatiepartnerschap gunt op de beste prijs-kwaliteitverhouding. Geef zowel kwaliteit als prijs een weging.',
    en: () =>
      'An innovation partnership awards on the best price-quality ratio. Give both quality and price a weight.',
  },
  'questions-before-phase-1': {
    nl: () => 'Vragen stellen moet sluiten vóór fase 1 sluit. Kies een eerdere datum voor vragen.',
    en: () => 'Questions must close before phase 1 does. Choose an earlier date for questions.',
  },
  'max-over-budget': {
    nl: () =>
      'Het maximum per opdracht is hoger dan het budget van de fase. Verlaag het maximum of verhoog het budget.',
    en: () =>
      'The maximum per contract is higher than the phase budget. Lower the maximum or raise the budget.',
  },
};

/** The text of a rule the API named, or undefined for an unknown one (the field's text serves). */
export function ruleText(
  rule: string | undefined,
  values: Values | undefined,
  lang: Lang,
): string | undefined {
  if (!rule || !(rule in RULE_TEXTS)) return undefined;
  return RULE_TEXTS[rule as FieldRule][lang](values ?? {}, lang);
}
