import type { Lang } from '#web/i18n/format.ts';

const nl = {
  statusTodoDeclare: 'Nog verklaren',
  statusExcluded: 'Uitgesloten door de opdrachtgever: niet beoordelen',
  statusRecused: 'Niet beoordelen (conflict)',
  statusScored: 'Gescoord',
  statusTodoScore: 'Nog scoren',
  declareTitle: 'Belangenconflict verklaren',
  declareIntro:
    'Verklaar per voorstel of u een belangenconflict heeft, voordat u het leest. Deze verklaring is definitief. Bij een conflict beoordeelt u het voorstel niet.',
  noConflict: 'Geen belangenconflict',
  conflict: 'Wel een belangenconflict (ik beoordeel dit voorstel niet)',
  declareButton: 'Verklaringen vastleggen',
  chooseDeclaration: 'Kies of u bij dit voorstel een belangenconflict heeft of niet.',
  yourStatus: 'Uw stand',
  read: 'Lezen en scoren',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  statusTodoDeclare: 'To declare',
  statusExcluded: 'Excluded by the buyer: not to assess',
  statusRecused: 'Not assessing (conflict)',
  statusScored: 'Scored',
  statusTodoScore: 'To score',
  declareTitle: 'Declare conflicts of interest',
  declareIntro:
    'Declare for each proposal whether you have a conflict of interest, before reading it. The declaration is final. With a conflict you do not assess the proposal.',
  noConflict: 'No conflict of interest',
  conflict: 'A conflict of interest (I will not assess this proposal)',
  declareButton: 'Record declarations',
  chooseDeclaration: 'Choose whether you have a conflict of interest with this proposal or not.',
  yourStatus: 'Your status',
  read: 'Read and score',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
