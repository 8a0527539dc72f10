/** @jsxImportSource hono/jsx */

import type { Child } from 'hono/jsx';
import type { Lang } from '#web/i18n/format.ts';
import type { View } from '#web/kit/view.ts';
import { COLOPHON } from './colophon.ts';
import { HOME_OF } from './homes.ts';

/**
 * The building blocks of every page: NL Design System (RVO/Utrecht) component classes on plain
 * HTML, so everything works without JavaScript. Form fields follow the GOV.UK pattern: label,
 * hint, the error above the control, `aria-describedby` tying them together, and an error summary
 * at the top linking to each field.
 */

export function Layout(props: {
  v: View;
  title: string;
  current?: string;
  scripts?: string[];
  children?: Child;
}) {
  const { v, title } = props;
  const { t } = v;
  const session = v.session;
  const other = t.site.switchToLang as Lang;
  const nav: { href: string; label: string; key: string }[] = [
    { href: '/', label: t.nav.home, key: 'home' },
    { href: '/oproepen', label: t.nav.calls, key: 'calls' },
    // The role's overview of what waits (an assessor's and an officer's are their first pages).
    ...(session && ['sme', 'buyer', 'programme'].includes(session.role)
      ? [{ href: HOME_OF[session.role], label: t.nav.overview, key: 'overview' }]
      : []),
    ...(session?.role === 'sme'
      ? [
          { href: '/mijn/voorstellen', label: t.nav.myProposals, key: 'proposals' },
          { href: '/mijn/bedrijf', label: t.nav.myCompany, key: 'company' },
          { href: '/mijn/beslissingen', label: t.nav.decisions, key: 'decisions' },
          { href: '/mijn/uitnodigingen', label: t.nav.invitations, key: 'invitations' },
          { href: '/mijn/opdrachten', label: t.contracts.title, key: 'contracts' },
          { href: '/mijn/vervolgmonitoring', label: t.nav.followUps, key: 'follow-ups' },
        ]
      : []),
    ...(session?.role === 'buyer'
      ? [
          { href: '/beheer/oproepen', label: t.gov.nav.myCalls, key: 'my-calls' },
          { href: '/beheer/oproepen/nieuw', label: t.gov.nav.newCall, key: 'new-call' },
          { href: '/beheer/opdrachten', label: t.contracts.title, key: 'contracts' },
        ]
      : []),
    ...(session?.role === 'assessor'
      ? [{ href: '/beoordelen', label: t.gov.nav.committees, key: 'committees' }]
      : []),
    ...(session?.role === 'programme'
      ? [
          { href: '/programma/enveloppen', label: t.gov.nav.envelopes, key: 'envelopes' },
          { href: '/programma/organisaties', label: t.gov.nav.organisations, key: 'organisations' },
        ]
      : []),
    ...(session?.role === 'buyer' || session?.role === 'programme'
      ? [{ href: '/medefinanciering', label: t.gov.nav.consents, key: 'consents' }]
      : []),
    ...(session?.role === 'programme' || session?.role === 'officer'
      ? [{ href: '/rapporten', label: t.gov.nav.reports, key: 'reports' }]
      : []),
    ...(session?.role === 'administrator' || session?.role === 'programme'
      ? [{ href: '/organisatie/medewerkers', label: t.nav.members, key: 'members' }]
      : []),
    ...(session ? [{ href: '/mijn/e-mail', label: t.nav.mail, key: 'mail' }] : []),
    { href: '/open-data', label: t.nav.openData, key: 'open-data' },
  ];
  return (
    <html lang={v.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${t.site.name}`}</title>
        <link rel="stylesheet" href={v.assets.css} />
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body class="utrecht-document">
        <a class="im-skip-link" href="#inhoud">
          {t.site.skipLink}
        </a>
        {v.local ? (
          <div class="im-local-banner">
            <p class="im-width im-local-banner__text">{t.site.localBanner}</p>
          </div>
        ) : null}
        <header class="im-header">
          <div class="im-width im-header__bar">
            <a class="im-logo" href="/">
              <svg width="36" height="36" viewBox="0 0 36 36" aria-hidden="true" focusable="false">
                <rect width="36" height="36" rx="6" fill="#ffffff" />
                <path d="M8 26V10h4v16zm8 0V16h4v10zm8 0V6h4v20z" fill="#0b4f6c" />
              </svg>
              <span>
                {t.site.name}
                <small>{t.site.tagline}</small>
              </span>
            </a>
            <div class="im-header__tools">
              <a href={`/taal/${other}?terug=${encodeURIComponent(v.path)}`} lang={other} hreflang={other}>
                {t.site.switchTo}
              </a>
              {session ? (
                <>
                  <span>{t.site.signedInAs(`${session.label} (${t.roles[session.role]})`)}</span>
                  <form method="post" action="/uitloggen">
                    <input type="hidden" name="_csrf" value={v.csrf} />
                    <button type="submit" class="im-link-button">
                      {t.nav.signOut}
                    </button>
                  </form>
                </>
              ) : (
                <a href={`/inloggen?terug=${encodeURIComponent(v.path)}`}>{t.nav.signIn}</a>
              )}
            </div>
          </div>
          <nav class="im-nav" aria-label={t.site.mainMenu}>
            <ul class="im-width">
              {nav.map((item) => (
                <li>
                  <a href={item.href} aria-current={props.current === item.key ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="inhoud" class="im-width" tabindex={-1}>
          {props.children}
        </main>
        <footer class="im-footer">
          <div class="im-width">
            <p>{t.site.footerAbout}</p>
            <p>{t.site.footerOwner(v.lang === 'en' ? COLOPHON.ownerEn : COLOPHON.owner, COLOPHON.email)}</p>
            <h2 class="im-visually-hidden">{t.site.footerLinks}</h2>
            <ul>
              <li>
                <a href="/over-deze-website">{t.nav.about}</a>
              </li>
              <li>
                <a href="/over-deze-website#privacy">{t.nav.privacy}</a>
              </li>
              <li>
                <a href="/over-deze-website#cookies">{t.nav.cookies}</a>
              </li>
              <li>
                <a href="/toegankelijkheid">{t.nav.accessibility}</a>
              </li>
              <li>
                <a href="/begrippen">{t.nav.glossary}</a>
              </li>
              <li>
                <a href="/open-data">{t.nav.openData}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
