/** @jsxImportSource hono/jsx */

import { COLOPHON } from '#web/kit/colophon.ts';
import { A, H1, H2, P, SummaryList } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** Who runs the site and how to reach it, what happens to personal data, and which cookies. */
export function AboutPage(props: { v: View }) {
  const { v } = props;
  const x = texts(v);
  return (
    <Layout v={v} title={x.aboutTitle}>
      <H1>{x.aboutTitle}</H1>
      <P>{x.aboutIntro}</P>
      <SummaryList
        rows={[
          [x.owner, x.ownerValue],
          [x.managedBy, x.managedByValue],
          [x.contact, <a href={`mailto:${COLOPHON.email}`}>{COLOPHON.email}</a>],
          [x.postal, COLOPHON.postal],
        ]}
      />
      <P>{x.contactNote}</P>
      <H2 id="privacy">{x.privacyTitle}</H2>
      {x.privacy.map((p) => (
        <P>{p}</P>
      ))}
      <H2 id="cookies">{x.cookiesTitle}</H2>
      {x.cookies.map((p) => (
        <P>{p}</P>
      ))}
      <H2>{x.accessibilityTitle}</H2>
      <P>
        <A href="/toegankelijkheid">{x.accessibilityLink}</A>. <A href="/begrippen">{x.glossaryLink}</A>.
      </P>
    </Layout>
  );
}

/** The terms that must stay (they are in the law and the documents), in plain words. */
export function GlossaryPage(props: { v: View }) {
  const { v } = props;
  const x = texts(v);
  return (
    <Layout v={v} title={x.glossaryTitle}>
      <H1>{x.glossaryTitle}</H1>
      <P>{x.glossaryIntro}</P>
      <dl class="im-glossary">
        {x.terms.map(([term, meaning]) => (
          <>
            <dt>{term}</dt>
            <dd>{meaning}</dd>
          </>
        ))}
      </dl>
    </Layout>
  );
}
