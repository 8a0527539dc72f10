import type { Lang } from './format.ts';

/**
 * The e-invoicing rules a company meets most, in plain words (the rule sets speak English and
 * business terms); any other rule is shown with its id and the rule set's own text.
 */
const RULES: Record<string, { nl: string; en: string }> = {
  'BR-02': { nl: 'Het factuurnummer ontbreekt.', en: 'The invoice number is missing.' },
  'BR-03': { nl: 'De factuurdatum ontbreekt.', en: 'The invoice date is missing.' },
  'BR-06': { nl: 'De naam van uw bedrijf ontbreekt.', en: "Your company's name is missing." },
  'BR-07': { nl: 'De naam van de opdrachtgever ontbreekt.', en: "The buyer's name is missing." },
  'BR-16': { nl: 'De factuur heeft geen factuurregel.', en: 'The invoice has no invoice line.' },
  'BR-CO-15': {
    nl: 'Het bedrag incl. btw is niet het bedrag excl. btw plus de btw.',
    en: 'The amount incl. VAT is not the amount excl. VAT plus the VAT.',
  },
  'BR-S-02': {
    nl: 'Bij btw tegen het normale tarief hoort het btw-nummer van uw bedrijf.',
    en: "Standard-rated VAT needs your company's VAT number.",
  },
  'NL-R-002': {
    nl: 'Het adres van uw bedrijf moet een straat, plaats en postcode hebben.',
    en: "Your company's address needs a street, city and postcode.",
  },
  'NL-R-003': {
    nl: 'Uw bedrijf moet met zijn KvK-nummer (schema 0106) of OIN (0190) op de factuur staan.',
    en: 'Your company must be identified by its KvK number (scheme 0106) or OIN (0190).',
  },
  'NL-R-004': {
    nl: 'Het adres van de opdrachtgever moet een straat, plaats en postcode hebben.',
    en: "The buyer's address needs a street, city and postcode.",
  },
  'NL-R-005': {
    nl: 'De opdrachtgever moet met zijn OIN (schema 0190) of KvK-nummer op de factuur staan.',
    en: 'The buyer must be identified by its OIN (scheme 0190) or KvK number.',
  },
  'NL-R-007': {
    nl: 'De factuur moet zeggen hoe er wordt betaald (uw rekeningnummer).',
    en: 'The invoice must say how it is paid (your account number).',
  },
  'IM-01': { nl: 'Dit is geen factuur maar een creditnota.', en: 'This is a credit note, not an invoice.' },
  'IM-02': {
    nl: 'Het ordernummer moet het kenmerk van deze opdracht zijn.',
    en: "The order reference must be this contract's reference.",
  },
  'IM-03': { nl: 'De factuur moet in euro zijn.', en: 'The invoice must be in euro.' },
  'IM-04': {
    nl: 'Het te betalen bedrag moet precies het bedrag van de mijlpaal zijn (incl. btw).',
    en: "The amount due must be the milestone's amount exactly (incl. VAT).",
  },
  'IM-05': {
    nl: 'De factuur moet aan de opdrachtgever zijn gericht, met zijn OIN (schema 0190).',
    en: 'The invoice must be addressed to the buyer, by its OIN (scheme 0190).',
  },
  'IM-06': {
    nl: 'Uw bedrijf moet met zijn eigen KvK-nummer (schema 0106) op de factuur staan.',
    en: 'Your company must be on the invoice with its own KvK number (scheme 0106).',
  },
};

/** One broken rule, said for a person: `BR-03 (EN 16931): De factuurdatum ontbreekt.` */
export const invoiceRuleText = (rule: { id: string; set: string; text: string }, lang: Lang) =>
  `${rule.id} (${rule.set}): ${RULES[rule.id]?.[lang] ?? rule.text}`;
