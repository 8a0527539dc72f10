import type { Lang } from '#web/i18n/format.ts';

const nl = {
  reference: 'Referentie',
  updatedAt: 'Laatst gewijzigd',
  attachmentsIntro:
    'Uw projectplan, begroting en andere stukken. Tot de sluiting kunt u bestanden toevoegen en verwijderen; bij de sluiting ligt vast wat de commissie leest, met de controlecode van elk bestand.',
  sealedNote:
    'De bijlagen zijn verzegeld tot de sluiting: alleen u kunt ze openen. Daarna openen de opdrachtgever en de commissieleden die verklaarden geen belangenconflict te hebben ze; elke opening wordt vastgelegd.',
  edit: 'Wijzigen',
  withdraw: 'Intrekken',
  closedNote: 'De sluitingsdatum is voorbij; het voorstel kan niet meer veranderen.',
  feedback: 'Terugkoppeling lezen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  reference: 'Reference',
  updatedAt: 'Last changed',
  attachmentsIntro:
    'Your project plan, budget and other papers. Until the closing you may add and remove files; at the closing what the committee reads is fixed, with each file’s fingerprint (SHA-256).',
  sealedNote:
    'Attachments are sealed until the closing: only you can open them. After it the buyer and the committee members who declared no conflict of interest open them; every opening is recorded.',
  edit: 'Change',
  withdraw: 'Withdraw',
  closedNote: 'The closing date has passed; the proposal can no longer change.',
  feedback: 'Read the feedback',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
