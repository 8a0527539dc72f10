import type { Lang } from '#web/i18n/format.ts';

const nl = {
  title: 'Toegankelijkheidsverklaring',
  status: 'Status',
  statusValue: 'Voldoet gedeeltelijk (eigen toets, nog geen onafhankelijk onderzoek)',
  body: [
    'Wij willen dat iedereen deze website kan gebruiken. De website is gebouwd volgens de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, zoals het Besluit digitale toegankelijkheid overheid vraagt.',
    'Hoe wij dat controleren: bij elke wijziging worden alle pagina’s in beide talen automatisch getoetst met axe-core op de criteria van WCAG 2.1 A en AA, en wordt ten minste één volledige taak alleen met het toetsenbord uitgevoerd. Alle formulieren werken zonder JavaScript.',
    'Wat nog niet is gedaan: een onderzoek door een onafhankelijke, gespecialiseerde partij. Tot dat onderzoek is gedaan, is de status van deze verklaring: voldoet gedeeltelijk.',
    'Loopt u tegen een probleem aan? Mail het programmabureau via info@innovatiemarkt.nl en zeg op welke pagina. Wij reageren binnen vijf werkdagen. Krijgt u geen of geen goed antwoord, dan kunt u zich wenden tot de Nationale ombudsman.',
  ],
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  title: 'Accessibility statement',
  status: 'Status',
  statusValue: 'Partially compliant (own tests, no independent audit yet)',
  body: [
    'We want everyone to be able to use this website. It is built to the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, as the Dutch Digital Accessibility Decree for government requires.',
    'How we check it: with every change, every page in both languages is tested automatically with axe-core against the WCAG 2.1 A and AA criteria, and at least one complete task is done with the keyboard only. Every form works without JavaScript.',
    'Not done yet: an audit by an independent specialist. Until that audit, the status of this statement is: partially compliant.',
    'Did you run into a problem? E-mail the programme office at info@innovatiemarkt.nl and say on which page. We reply within five working days. If you get no answer, or not a good one, you can turn to the National Ombudsman.',
  ],
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
