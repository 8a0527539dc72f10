import { THEMES, type Theme } from '#shared/kernel/vocabulary.ts';
import { A, Button, H1, P } from '#web/kit/components.tsx';
import { ErrorSummary, Select } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { ListingPage } from '#web/kit/listing.ts';
import type { FormState, View } from '#web/kit/view.ts';
import { CallCard } from '#web/public/call-card.tsx';
export const feedQuery = (filter: {
  theme?: string;
  instrument?: string;
  status?: string;
  buyer?: string;
}) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({
    thema: filter.theme,
    instrument: filter.instrument,
    status: filter.status,
    opdrachtgever: filter.buyer,
  }))
    if (value) query.set(key, value);
  return query.size > 0 ? `?${query.toString()}` : '';
};

export function ListingPageView(props: {
  v: View;
  page: ListingPage;
  filter: { theme?: string; instrument?: string; status?: string; buyer?: string; sort: string };
  form: FormState;
}) {
  const { v, page, filter } = props;
  const { t } = v;
  const any = { value: '', label: t.listing.any };
  const linkTo = (n: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({
      thema: filter.theme,
      instrument: filter.instrument,
      status: filter.status,
      opdrachtgever: filter.buyer,
      sorteer: filter.sort,
    }))
      if (value) query.set(key, value);
    query.set('pagina', String(n));
    return `/oproepen?${query.toString()}`;
  };
  const title =
    page.pages > 1 ? `${t.listing.title} (${t.listing.page(page.page, page.pages)})` : t.listing.title;
  return (
    <Layout v={v} title={title} current="calls">
      <H1>{t.listing.title}</H1>
      <P>{t.listing.intro}</P>
      <P>
        <A href={`/oproepen/feed.atom${feedQuery(filter)}`}>{t.listing.feed}</A>
      </P>
      <ErrorSummary
        v={v}
        form={props.form}
        order={['thema', 'instrument', 'status', 'opdrachtgever', 'sorteer']}
      />
      <form method="get" action="/oproepen" class="im-filters" aria-label={t.listing.filters}>
        <Select
          v={v}
          form={props.form}
          name="thema"
          label={t.listing.theme}
          options={[
            any,
            ...(Object.keys(THEMES) as Theme[]).map((k) => ({ value: k, label: THEMES[k][v.lang] })),
          ]}
        />
        <Select
          v={v}
          form={props.form}
          name="instrument"
          label={t.listing.instrument}
          options={[
            any,
            { value: 'sbir', label: t.instruments.sbir },
            { value: 'innovation-partnership', label: t.instruments['innovation-partnership'] },
          ]}
        />
        <Select
          v={v}
          form={props.form}
          name="status"
          label={t.listing.status}
          options={[
            any,
            { value: 'published', label: t.statuses.published },
            { value: 'completed', label: t.statuses.completed },
            { value: 'cancelled', label: t.statuses.cancelled },
          ]}
        />
        <Select
          v={v}
          form={props.form}
          name="opdrachtgever"
          label={t.listing.buyer}
          options={[any, ...page.buyers.map((b) => ({ value: b.oin, label: b.name }))]}
        />
        <Select
          v={v}
          form={props.form}
          name="sorteer"
          label={t.listing.sort}
          options={[
            { value: 'deadline', label: t.listing.sortDeadline },
            { value: 'newest', label: t.listing.sortNewest },
          ]}
        />
        <div class="im-field">
          <Button>{t.listing.apply}</Button>
        </div>
      </form>
      <p class="utrecht-paragraph" role="status">
        <strong>{t.listing.results(page.total)}</strong>
      </p>
      {page.items.length === 0 ? (
        <P>{t.listing.none}</P>
      ) : (
        <ul class="im-cards">
          {page.items.map((item) => (
            <CallCard v={v} item={item} level={2} />
          ))}
        </ul>
      )}
      {page.pages > 1 ? (
        <nav class="im-pagination" aria-label={t.listing.pages}>
          <ul>
            {page.page > 1 ? (
              <li>
                <a class="rvo-link" href={linkTo(page.page - 1)} rel="prev">
                  {t.listing.previous}
                </a>
              </li>
            ) : null}
            <li aria-current="page">{t.listing.page(page.page, page.pages)}</li>
            {page.page < page.pages ? (
              <li>
                <a class="rvo-link" href={linkTo(page.page + 1)} rel="next">
                  {t.listing.next}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </Layout>
  );
}
