import type { Lang } from '#web/i18n/format.ts';

const nl = {
  organisationsTitle: 'Overheidsorganisaties',
  organisationsIntro:
    'Het register van overheidsorganisaties die opdrachtgever of financier kunnen zijn. Een organisatie wordt vastgelegd met haar OIN.',
  orgName: 'Naam',
  orgOin: 'OIN',
  oinInvalid:
    'Vul het OIN van de organisatie in: 20 tekens, zoals 00000001003214345000. U vindt het in het OIN-register van Logius.',
  orgKind: 'Soort organisatie',
  kinds: {
    ministry: 'Ministerie',
    province: 'Provincie',
    municipality: 'Gemeente',
    'water-authority': 'Waterschap',
    agency: 'Uitvoeringsorganisatie',
    association: 'Samenwerkingsverband',
    'other-public-body': 'Andere publieke organisatie',
  } as Record<string, string>,
  saveOrganisation: 'Organisatie vastleggen',
  invoiceAddress: 'Factuuradres (optioneel)',
  invoiceAddressHint:
    'Waar bedrijven hun e-facturen aan deze organisatie op richten. De site zet het op de facturen die zij opstelt.',
  street: 'Straat en huisnummer of postbus',
  postcode: 'Postcode',
  city: 'Plaats',
  addressIncomplete:
    'Vul het hele factuuradres in (straat of postbus, postcode en plaats), of laat het leeg.',
  postcodeInvalid: 'Vul een Nederlandse postcode in, zoals 2596 AW.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  organisationsTitle: 'Government organisations',
  organisationsIntro:
    'The register of government organisations that can be buyer or funder. An organisation is recorded with its OIN.',
  orgName: 'Name',
  orgOin: 'OIN',
  oinInvalid:
    'Enter the organisation’s OIN: 20 characters, such as 00000001003214345000. You find it in Logius’s OIN register.',
  orgKind: 'Kind of organisation',
  kinds: {
    ministry: 'Ministry',
    province: 'Province',
    municipality: 'Municipality',
    'water-authority': 'Water authority',
    agency: 'Executive agency',
    association: 'Association of public bodies',
    'other-public-body': 'Other public body',
  } as Record<string, string>,
  saveOrganisation: 'Record the organisation',
  invoiceAddress: 'Invoice address (optional)',
  invoiceAddressHint:
    'Where companies address their e-invoices to this organisation. The site puts it on the invoices it drafts.',
  street: 'Street and number, or PO box',
  postcode: 'Postcode',
  city: 'City',
  addressIncomplete:
    'Enter the whole invoice address (street or PO box, postcode and city), or leave it empty.',
  postcodeInvalid: 'Enter a Dutch postcode, such as 2596 AW.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
