import type { Lang } from '#web/i18n/format.ts';

const nl = {
  title: 'Open data',
  intro:
    'Alle gepubliceerde oproepen, inschrijvingen na de sluitingsdatum, gunningen en financiers per programmajaar, volgens de Open Contracting Data Standard (OCDS 1.1), vrij te gebruiken (CC0).',
  download: (y: number) => `OCDS-releasepakket ${y} (JSON)`,
  api: 'De volledige API-beschrijving (OpenAPI 3.1)',
  licence:
    'Licentie: CC0 1.0. Bedragen in euro. In de OCDS-gegevens zijn bedragen exclusief btw, zoals TenderNed en de EU-formulieren ze publiceren; het bedrag inclusief btw staat in de omschrijving ernaast. De overige rapporten noemen beide.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  title: 'Open data',
  intro:
    'Every published call, the bids after the closing date, the awards and the funders per programme year, in the Open Contracting Data Standard (OCDS 1.1), free to use (CC0).',
  download: (y: number) => `OCDS release package ${y} (JSON)`,
  api: 'The full API description (OpenAPI 3.1)',
  licence:
    'Licence: CC0 1.0. Amounts in euro. In the OCDS data amounts are net of VAT, as TenderNed and the EU forms publish them; the amount including VAT is in the description beside it. The other reports give both.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
