import { THEMES, type Theme } from '#shared/kernel/vocabulary.ts';
import { A, Alert, H1, H2, P } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { CallCard, type ListingItem, themeName } from '#web/public/call-card.tsx';
import { texts } from './messages.ts';

export function HomePage(props: { v: View; open: ListingItem[]; flash?: string }) {
  const { v, open } = props;
  const { t } = v;
  const byTheme = (Object.keys(THEMES) as Theme[])
    .map((theme) => ({ theme, items: open.filter((i) => i.theme === theme) }))
    .filter((group) => group.items.length > 0);
  return (
    <Layout v={v} title={texts(v).title} current="home">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{texts(v).title}</H1>
      <P class="im-lead">{texts(v).intro1}</P>
      <P>{texts(v).intro2}</P>
      <H2>{texts(v).openCalls}</H2>
      {byTheme.length === 0 ? <P>{texts(v).noOpenCalls}</P> : null}
      {byTheme.map((group) => (
        <section aria-labelledby={`thema-${group.theme}`}>
          <h3 class="utrecht-heading-3" id={`thema-${group.theme}`}>
            {themeName(group.theme, v)}
          </h3>
          <ul class="im-cards">
            {group.items.map((item) => (
              <CallCard v={v} item={item} level={3} />
            ))}
          </ul>
        </section>
      ))}
      <P>
        <A href="/oproepen">{texts(v).allCalls}</A>
      </P>
      {v.session?.role === 'sme' ? null : (
        <>
          <H2>{texts(v).forCompanies}</H2>
          <P>{texts(v).forCompaniesText}</P>
          <P>
            <A href="/inloggen">{t.nav.signIn}</A>
          </P>
        </>
      )}
    </Layout>
  );
}
