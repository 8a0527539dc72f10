import type { Lang } from '#web/i18n/format.ts';

const nl = {
  committeeIntro:
    'Elke beoordelaar logt in met de OIN van zijn organisatie en zijn eigen id. Een beoordelaar verklaart per voorstel of er een belangenconflict is, voordat hij het leest.',
  reason: 'Reden van de wijziging',
  reasonHint:
    'De beoordeling is na een gegronde klacht heropend: een wijziging van de commissie wordt met haar reden vastgelegd.',
  assessorOin: (n: number) => `OIN van beoordelaar ${n}`,
  assessorId: (n: number) => `Eigen id van beoordelaar ${n}`,
  assessorName: (n: number) => `Naam van beoordelaar ${n} (optioneel)`,
  saveCommittee: 'Commissie vastleggen',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  committeeIntro:
    'Each assessor signs in with the OIN of their organisation and their own id. An assessor declares for each proposal whether there is a conflict of interest, before reading it.',
  reason: 'Reason for the change',
  reasonHint:
    'The evaluation was reopened after an upheld complaint: a change of the committee is recorded with its reason.',
  assessorOin: (n: number) => `OIN of assessor ${n}`,
  assessorId: (n: number) => `Own id of assessor ${n}`,
  assessorName: (n: number) => `Name of assessor ${n} (optional)`,
  saveCommittee: 'Name the committee',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
