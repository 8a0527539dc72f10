/** @jsxImportSource hono/jsx */

import {
  ASSURANCE_LEVELS,
  ASSURANCE_NAMES,
  type AssuranceLevel,
  meetsAssurance,
  type RequiredAssurance,
} from '#shared/auth/assurance.ts';
import type { Problem } from './api.ts';
import { Alert, H1, H2, P } from './components.tsx';
import { Layout } from './layout.tsx';
import type { View } from './view.ts';

/**
 * Signing in again at a higher level of assurance. What binds a company (a proposal, its
 * withdrawal, an objection, a follow-up report) needs eHerkenning EH3 or eIDAS substantial; a
 * person signed in lower is told so before typing (the notice) and, should a post still be
 * refused, gets this page rather than a bare error.
 */
const nl = {
  title: 'Log in op een hoger niveau',
  why: (needed: string) =>
    `Om een voorstel in te dienen, te wijzigen of in te trekken, bezwaar te maken of een rapportage te ondertekenen, logt u in met eHerkenning op niveau ${needed} of hoger. Komt uw bedrijf uit een ander EU-land, dan logt u in met eIDAS op niveau substantieel of hoog.`,
  now: (current: string) => `U bent nu ingelogd op niveau ${current}. Wat u invulde, is niet verstuurd.`,
  how: 'Zo gaat u verder',
  steps: [
    'Log opnieuw in met een eHerkenningsmiddel op het juiste niveau.',
    'Vul daarna het formulier opnieuw in en verstuur het.',
  ],
  noMeans:
    'Heeft uw bedrijf nog geen eHerkenningsmiddel op dit niveau? Vraag het aan bij een erkende leverancier van eHerkenning. Dat kan enkele werkdagen duren: houd rekening met de sluitingsdatum.',
  button: (needed: string) => `Opnieuw inloggen op niveau ${needed}`,
  notice: (current: string, needed: string) =>
    `U bent ingelogd op niveau ${current}. Om te versturen heeft u niveau ${needed} of hoger nodig.`,
  noticeLink: (needed: string) => `Log eerst opnieuw in op niveau ${needed}`,
  unknown: 'onbekend',
};
const en: typeof nl = {
  title: 'Sign in at a higher level',
  why: (needed: string) =>
    `To submit, change or withdraw a proposal, lodge an objection or sign a report, you sign in with eHerkenning at level ${needed} or higher. If your company is from another EU state, you sign in with eIDAS at level substantial or high.`,
  now: (current: string) =>
    `You are now signed in at level ${current}. What you filled in has not been sent.`,
  how: 'How to go on',
  steps: [
    'Sign in again with an eHerkenning means at the right level.',
    'Then fill in the form again and send it.',
  ],
  noMeans:
    'Does your company not have an eHerkenning means at this level yet? Request one from an accredited eHerkenning supplier. That can take a few working days: keep the closing date in mind.',
  button: (needed: string) => `Sign in again at level ${needed}`,
  notice: (current: string, needed: string) =>
    `You are signed in at level ${current}. To send, you need level ${needed} or higher.`,
  noticeLink: (needed: string) => `First sign in again at level ${needed}`,
  unknown: 'unknown',
};
const texts = (v: View) => (v.lang === 'en' ? en : nl);

const signInAgain = (needed: RequiredAssurance, back: string) =>
  `/inloggen/bedrijf?niveau=${encodeURIComponent(needed)}&terug=${encodeURIComponent(back)}`;

/** The page for a refusal `assurance-too-low`: what level, why, and how to sign in again. */
export function AssurancePage(props: { v: View; problem: Problem; back: string }) {
  const { v } = props;
  const needed: RequiredAssurance = props.problem.needed === 'eh2+' ? 'eh2+' : 'eh3';
  const current = ASSURANCE_LEVELS.includes(props.problem.current as AssuranceLevel)
    ? ASSURANCE_NAMES[props.problem.current as AssuranceLevel]
    : texts(v).unknown;
  return (
    <Layout v={v} title={texts(v).title}>
      <H1>{texts(v).title}</H1>
      <P>{texts(v).why(ASSURANCE_NAMES[needed])}</P>
      <Alert kind="warning">
        <p class="utrecht-paragraph">{texts(v).now(current)}</p>
      </Alert>
      <H2>{texts(v).how}</H2>
      <ol class="utrecht-ordered-list">
        {texts(v).steps.map((step) => (
          <li class="utrecht-ordered-list__item">{step}</li>
        ))}
      </ol>
      <P>
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action im-button-link"
          href={signInAgain(needed, props.back)}
        >
          {texts(v).button(ASSURANCE_NAMES[needed])}
        </a>
      </P>
      <P>{texts(v).noMeans}</P>
    </Layout>
  );
}

/** Before a company types what binds it: a notice when its sign-in is below the level needed. */
export function AssuranceNotice(props: { v: View; needed: RequiredAssurance; back: string }) {
  const { v } = props;
  const session = v.session;
  if (session?.role !== 'sme' || meetsAssurance(session.assurance, props.needed)) return null;
  const current = session.assurance ? ASSURANCE_NAMES[session.assurance] : texts(v).unknown;
  return (
    <Alert kind="warning">
      <p class="utrecht-paragraph">{texts(v).notice(current, ASSURANCE_NAMES[props.needed])}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={signInAgain(props.needed, props.back)}>
          {texts(v).noticeLink(ASSURANCE_NAMES[props.needed])}
        </a>
      </p>
    </Alert>
  );
}
