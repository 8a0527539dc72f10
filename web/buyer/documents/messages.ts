import type { Lang } from '#web/i18n/format.ts';

const nl = {
  docTitle: 'Titel van het document',
  docKind: 'Soort document',
  replaces: 'Vervangt',
  replacesNone: 'Geen: een nieuw document',
  correctionReason: 'Reden (wordt gepubliceerd als rectificatie)',
  correctionReasonHint: 'Na publicatie voegt u een document toe met een rectificatie: ten minste 10 tekens.',
  callIntro:
    'De uitvraag, de modelovereenkomst, de voorwaarden over intellectueel eigendom en andere stukken. Na publicatie verandert een document alleen door een rectificatie met een reden.',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  docTitle: 'Title of the document',
  docKind: 'Kind of document',
  replaces: 'Replaces',
  replacesNone: 'None: a new document',
  correctionReason: 'Reason (published as a correction)',
  correctionReasonHint: 'After publication a document is added by a correction: at least 10 characters.',
  callIntro:
    'The call text, the model contract, the intellectual property terms and other papers. After publication a document changes only through a correction with its reason.',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
