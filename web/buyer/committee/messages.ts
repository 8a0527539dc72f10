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
  pickIntro:
    'Kies de beoordelaars uit uw organisatie en de externe deskundigen die u uitnodigde. Zij krijgen bericht zodra u de commissie vastlegt, ook als ze nog nooit hebben ingelogd. Een beoordelaar verklaart per voorstel of er een belangenconflict is, voordat hij het leest.',
  pickLegend: 'Beoordelaars',
  expertLabel: (name: string, work: string) => `${name} (externe deskundige, ${work})`,
  otherAssessors: 'Een beoordelaar die niet in de lijst staat (OIN en eigen id)',
  expertTitle: 'Een externe deskundige uitnodigen',
  expertIntro:
    'Een deskundige van buiten uw organisatie (een universiteit, een kennisinstituut) krijgt een uitnodiging per e-mail. Met het account beoordeelt hij alleen in de commissies waarin u hem benoemt. Na het aannemen staat hij hierboven in de lijst.',
  expertName: 'Naam van de deskundige',
  expertEmail: 'E-mailadres van de deskundige',
  expertOrganisation: 'Waar werkt de deskundige?',
  expertButton: 'Deskundige uitnodigen',
  expertEmailError: 'Vul het e-mailadres van de deskundige in, zoals naam@universiteit.nl.',
  expertInvited: 'De uitnodiging is verstuurd. Na het aannemen kunt u de deskundige kiezen.',
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
  pickIntro:
    'Choose the assessors from your organisation and the outside experts you invited. They are told as soon as you name the committee, even if they never signed in. An assessor declares for each proposal whether there is a conflict of interest, before reading it.',
  pickLegend: 'Assessors',
  expertLabel: (name: string, work: string) => `${name} (outside expert, ${work})`,
  otherAssessors: 'An assessor not in the list (OIN and own id)',
  expertTitle: 'Invite an outside expert',
  expertIntro:
    'An expert from outside your organisation (a university, a knowledge institute) gets an invitation by e-mail. With the account they only assess in the committees you name them to. Once they accept, they are in the list above.',
  expertName: 'Name of the expert',
  expertEmail: 'E-mail address of the expert',
  expertOrganisation: 'Where does the expert work?',
  expertButton: 'Invite expert',
  expertEmailError: 'Enter the expert’s e-mail address, such as name@university.nl.',
  expertInvited: 'The invitation has been sent. Once accepted, you can choose the expert.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
