import type { Lang } from '#web/i18n/format.ts';

const nl = {
  title: 'Uitnodigingen',
  intro:
    'Na een afgeronde opdracht in fase 1 wordt uw bedrijf uitgenodigd voor de volgende fase van dezelfde oproep.',
  none: 'U heeft geen uitnodigingen.',
  phase: 'Fase',
  invitedAt: 'Uitgenodigd op',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  title: 'Invitations',
  intro: 'After a completed phase-1 contract your company is invited to the next phase of the same call.',
  none: 'You have no invitations.',
  phase: 'Phase',
  invitedAt: 'Invited on',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
