import type { Lang } from '#web/i18n/format.ts';

const nl = {
  title: 'Medewerkers',
  intro:
    'Wie namens uw organisatie werkt op de Innovatiemarkt, met welke rol. Een nieuwe medewerker krijgt een uitnodiging per e-mail: de link werkt één keer en 7 dagen lang. Wie u de toegang ontneemt, kan direct niets meer besluiten en is binnen 15 minuten overal uitgelogd.',
  programmeIntro:
    'Kies een organisatie. Het programmabureau nodigt de eerste beheerder uit; die nodigt daarna de collega’s uit.',
  organisation: 'Organisatie',
  show: 'Tonen',
  members: 'Medewerkers',
  none: 'Nog geen medewerkers.',
  name: 'Naam',
  email: 'E-mailadres',
  role: 'Rol',
  status: 'Status',
  actions: 'Wijzigen',
  active: 'actief',
  revoked: 'ingetrokken',
  expert: (work: string) => `externe deskundige (${work})`,
  changeRole: 'Rol wijzigen',
  roleOf: (name: string) => `Nieuwe rol van ${name}`,
  revoke: 'Toegang intrekken',
  revokeOf: (name: string) => `Toegang intrekken van ${name}`,
  pending: 'Openstaande uitnodigingen',
  validUntil: 'Geldig tot',
  invite: 'Iemand uitnodigen',
  inviteAdmin: 'De beheerder uitnodigen',
  inviteButton: 'Uitnodiging versturen',
  nameLabel: 'Naam',
  emailLabel: 'E-mailadres (werkadres bij de organisatie)',
  nameError: 'Vul de naam in (2 tot 200 tekens).',
  emailError: 'Vul een e-mailadres in, zoals naam@provincie.nl.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  title: 'Members',
  intro:
    'Who works on the Innovatiemarkt for your organisation, in which role. A new member gets an invitation by e-mail: the link works once, for 7 days. Someone whose access you revoke can decide nothing from that moment and is signed out everywhere within 15 minutes.',
  programmeIntro:
    'Choose an organisation. The programme office invites the first administrator, who then invites the colleagues.',
  organisation: 'Organisation',
  show: 'Show',
  members: 'Members',
  none: 'No members yet.',
  name: 'Name',
  email: 'E-mail address',
  role: 'Role',
  status: 'Status',
  actions: 'Change',
  active: 'active',
  revoked: 'revoked',
  expert: (work: string) => `outside expert (${work})`,
  changeRole: 'Change role',
  roleOf: (name: string) => `New role of ${name}`,
  revoke: 'Revoke access',
  revokeOf: (name: string) => `Revoke access of ${name}`,
  pending: 'Open invitations',
  validUntil: 'Valid until',
  invite: 'Invite someone',
  inviteAdmin: 'Invite the administrator',
  inviteButton: 'Send invitation',
  nameLabel: 'Name',
  emailLabel: 'E-mail address (work address at the organisation)',
  nameError: 'Enter the name (2 to 200 characters).',
  emailError: 'Enter an e-mail address, such as name@province.nl.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
