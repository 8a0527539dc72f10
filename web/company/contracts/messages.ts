import type { Lang } from '#web/i18n/format.ts';

const nl = {
  listTitle: 'Mijn opdrachten',
  listIntro:
    'De opdrachten die uw bedrijf heeft gekregen: wat u per mijlpaal oplevert, wanneer, en wat u daarvoor betaald krijgt.',
  contractTitle: (company: string) => `Opdracht van ${company}`,
  submit: 'Resultaat indienen',
  resubmit: 'Opnieuw indienen',
  submitTitle: (n: number) => `Resultaat van mijlpaal ${n} indienen`,
  submitIntro:
    'Beschrijf wat u oplevert en waar de opdrachtgever het vindt. De opdrachtgever beoordeelt het binnen de afgesproken termijn en laat u weten of het is goedgekeurd; bij een afwijzing staat erbij wat beter moet.',
  documentsTitle: 'Documenten bij dit resultaat',
  documentsIntro:
    'Voeg de documenten toe die bij het resultaat horen, zoals het rapport. Ze gaan mee wanneer u het resultaat indient; tot dan ziet alleen uw bedrijf ze. Daarna zijn ze alleen in te zien door de opdrachtgever en de beoordelingscommissie, en elke inzage wordt vastgelegd.',
  submitStep: 'Resultaat indienen',
  summary: 'Wat levert u op?',
  summaryHint: 'Bijvoorbeeld: eindrapport versie 1.0 met de resultaten van de proefopstelling.',
  summaryInvalid: 'Beschrijf wat u oplevert in 10 tot 4.000 tekens.',
  referenceInvalid: 'Een kenmerk heeft ten hoogste 300 tekens.',
  reference: 'Kenmerk of vindplaats',
  referenceHint: 'Een documentnummer, bestandsnaam of link.',
  lastRejection: 'De opdrachtgever wees de vorige versie af:',
  send: 'Indienen',
  back: 'Terug naar de opdracht',
  invoice: 'Factuur indienen',
  invoiceTitle: (n: number) => `Factuur voor mijlpaal ${n}`,
  invoiceIntro: (amount: string) =>
    `Het resultaat is goedgekeurd: u kunt ${amount} (incl. btw) factureren. De opdrachtgever ontvangt alleen e-facturen die voldoen aan de Europese norm EN 16931 en Peppol BIS Billing 3.0, met de Nederlandse regels. Laat de site de factuur opstellen, of stuur uw eigen UBL-factuur.`,
  draftTitle: 'Laat de site de factuur opstellen',
  draftIntro:
    'De site zet de opdracht, de opdrachtgever (met zijn OIN en het factuuradres uit het register van overheidsorganisaties) en uw KvK-nummer erop; u vult de rest in.',
  invoiceNumber: 'Factuurnummer',
  invoiceNumberHint: 'Uw eigen nummer, zoals F-2027-001.',
  issueDate: 'Factuurdatum',
  paymentDays: 'Betaaltermijn in dagen',
  iban: 'Uw IBAN',
  vatNumber: 'Btw-nummer van uw bedrijf',
  supplierAddress: 'Adres van uw bedrijf',
  buyerAddress: 'Factuuradres van de opdrachtgever',
  street: 'Straat en huisnummer',
  postcode: 'Postcode',
  city: 'Plaats',
  sendDraft: 'Factuur opstellen en indienen',
  uploadTitle: 'Of stuur uw eigen e-factuur',
  uploadIntro:
    'Een UBL 2.1-factuur (XML) uit uw boekhoudpakket, met het kenmerk van de opdracht als ordernummer:',
  ubl: 'UBL-factuur (XML-bestand)',
  sendUpload: 'Factuur indienen',
  noFile: 'Kies een XML-bestand.',
  whole: 'Vul een aantal dagen in van 0 tot 60.',
  toDo: (n: number) => (n === 1 ? '1 mijlpaal om op te leveren' : `${n} mijlpalen om op te leveren`),
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  listTitle: 'My contracts',
  listIntro:
    'The contracts your company won: what you deliver per milestone, when, and what you are paid for it.',
  contractTitle: (company: string) => `Contract of ${company}`,
  submit: 'Submit the deliverable',
  resubmit: 'Submit again',
  submitTitle: (n: number) => `Submit the deliverable of milestone ${n}`,
  submitIntro:
    'Describe what you deliver and where the buyer finds it. The buyer reviews it within the agreed period and tells you whether it is accepted; a rejection says what to put right.',
  documentsTitle: 'Documents with this deliverable',
  documentsIntro:
    'Add the documents that belong to the deliverable, such as the report. They go along when you submit the deliverable; until then only your company sees them. After that only the buyer and the assessment committee can open them, and every opening is recorded.',
  submitStep: 'Submit the deliverable',
  summary: 'What do you deliver?',
  summaryHint: 'For example: final report version 1.0 with the results of the test set-up.',
  summaryInvalid: 'Describe what you deliver in 10 to 4,000 characters.',
  referenceInvalid: 'A reference has at most 300 characters.',
  reference: 'Reference or location',
  referenceHint: 'A document number, file name or link.',
  lastRejection: 'The buyer rejected the previous version:',
  send: 'Submit',
  back: 'Back to the contract',
  invoice: 'Submit an invoice',
  invoiceTitle: (n: number) => `Invoice for milestone ${n}`,
  invoiceIntro: (amount: string) =>
    `The deliverable was accepted: you can invoice ${amount} (incl. VAT). The buyer receives only e-invoices that meet the European standard EN 16931 and Peppol BIS Billing 3.0, with the Dutch rules. Let the site draft the invoice, or send your own UBL invoice.`,
  draftTitle: 'Let the site draft the invoice',
  draftIntro:
    'The site puts the contract, the buyer (by its OIN, with the invoice address from the register of government organisations) and your KvK number on it; you fill in the rest.',
  invoiceNumber: 'Invoice number',
  invoiceNumberHint: 'Your own number, such as F-2027-001.',
  issueDate: 'Invoice date',
  paymentDays: 'Payment term in days',
  iban: 'Your IBAN',
  vatNumber: "Your company's VAT number",
  supplierAddress: "Your company's address",
  buyerAddress: "The buyer's invoice address",
  street: 'Street and number',
  postcode: 'Postcode',
  city: 'City',
  sendDraft: 'Draft and submit the invoice',
  uploadTitle: 'Or send your own e-invoice',
  uploadIntro:
    "A UBL 2.1 invoice (XML) from your accounting software, with the contract's reference as order number:",
  ubl: 'UBL invoice (XML file)',
  sendUpload: 'Submit the invoice',
  noFile: 'Choose an XML file.',
  whole: 'Enter a number of days from 0 to 60.',
  toDo: (n: number) => (n === 1 ? '1 milestone to deliver' : `${n} milestones to deliver`),
};

/** The texts of these pages, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
