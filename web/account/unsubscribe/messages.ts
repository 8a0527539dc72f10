import type { Lang } from '#web/i18n/format.ts';

const nl = {
  kindTopics: {
    'new-call': 'nieuwe oproepen bij uw bewaarde zoekopdrachten',
    'question-asked': 'nieuwe vragen over uw oproepen',
    'question-answered': 'antwoorden op uw vragen',
    'committee-named': 'benoemingen in een beoordelingscommissie',
    'deadline-reminder': 'herinneringen aan een sluiting',
    'decision-letter': 'uw gunningsbeslissingen',
    correction: 'rectificaties van oproepen',
    nota: 'nota’s van inlichtingen',
    'follow-up-due': 'verzoeken om vervolgrapportage',
    'follow-up-overdue': 'herinneringen aan te late vervolgrapportages',
    'scoring-open': 'voorstellen die open zijn voor beoordeling',
    'weekly-digest': 'het weekoverzicht',
    'phase-invitation': 'uitnodigingen voor een volgende fase',
    'phase-closed': 'gesloten fasen van uw oproepen',
    'committee-finished': 'afgeronde beoordelingen',
    objection: 'klachten over gunningsbeslissingen',
    'complaint-answered': 'antwoorden op uw klachten',
    'proposal-received': 'ontvangstbevestigingen van uw voorstellen',
    'decision-news': 'ingetrokken en definitief geworden gunningsbeslissingen',
    consent: 'instemming van medefinanciers',
    'deliverable-submitted': 'ingediende resultaten om te beoordelen',
    'deliverable-reviewed': 'beoordelingen van uw resultaten',
    'milestone-paid': 'betalingen van mijlpalen',
    'invoice-received': 'ontvangen facturen om te betalen',
    'settlement-due': 'betalingen waarvan uw organisatie een deel verrekent',
  },
  unsubscribeTitle: 'Afmelden',
  unsubscribeInvalid:
    'Deze afmeldlink is niet (meer) geldig. Log in en kies bij E-mail welke berichten u wilt.',
  unsubscribed: 'U bent afgemeld. U krijgt geen e-mail meer over {kind}.',
  unsubscribeText: 'Wilt u geen e-mail meer over {kind}?',
  unsubscribeButton: 'Afmelden',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  kindTopics: {
    'new-call': 'new calls for your saved searches',
    'question-asked': 'new questions about your calls',
    'question-answered': 'answers to your questions',
    'committee-named': 'committee appointments',
    'deadline-reminder': 'deadline reminders',
    'decision-letter': 'your award decisions',
    correction: 'corrections of calls',
    nota: 'notas van inlichtingen',
    'follow-up-due': 'follow-up report requests',
    'follow-up-overdue': 'reminders of overdue follow-up reports',
    'scoring-open': 'proposals open for scoring',
    'weekly-digest': 'the weekly digest',
    'phase-invitation': 'invitations to a next phase',
    'phase-closed': 'closed phases of your calls',
    'committee-finished': 'finished assessments',
    objection: 'complaints about award decisions',
    'complaint-answered': 'answers to your complaints',
    'proposal-received': 'receipts of your proposals',
    'decision-news': 'award decisions withdrawn or become definitive',
    consent: 'co-funders’ consent',
    'deliverable-submitted': 'deliverables to review',
    'deliverable-reviewed': 'reviews of your deliverables',
    'milestone-paid': 'payments of milestones',
    'invoice-received': 'invoices received, to pay',
    'settlement-due': 'payments your organisation settles a part of',
  },
  unsubscribeTitle: 'Unsubscribe',
  unsubscribeInvalid:
    'This unsubscribe link is not valid (any more). Sign in and choose your messages under E-mail.',
  unsubscribed: 'You have been unsubscribed. You will get no more e-mail about {kind}.',
  unsubscribeText: 'Do you want to stop e-mail about {kind}?',
  unsubscribeButton: 'Unsubscribe',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
