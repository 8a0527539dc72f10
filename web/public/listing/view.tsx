import { THEMES, type Theme } from '#shared/kernel/vocabulary.ts';
import { A, Button, H1, P } from '#web/kit/components.tsx';
import { ErrorSummary, Select } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { ListingPage } from '#web/kit/listing.ts';
import type { FormState, View } from '#web/kit/view.ts';
import { CallCard } from '#web/public/call-card.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

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
    page.pages > 1 ? `${texts(v).title} (${texts(v).page(page.page, page.pages)})` : texts(v).title;
  return (
    <Layout v={v} title={title} current="calls">
      <H1>{texts(v).title}</H1>
      <P>{texts(v).intro}</P>
      <P>
        <A href={`/oproepen/feed.atom${feedQuery(filter)}`}>{texts(v).feed}</A>
      </P>
      <ErrorSummary
        v={v}
        form={props.form}
        order={['thema', 'instrument', 'status', 'opdrachtgever', 'sorteer']}
      />
      <form method="get" action="/oproepen" class="im-filters" aria-label={texts(v).filters}>
        <Select
          v={v}
          form={props.form}
          name="thema"
          label={texts(v).theme}
          options={[
            any,
            ...(Object.keys(THEMES) as Theme[]).map((k) => ({ value: k, label: THEMES[k][v.lang] })),
          ]}
        />
        <Select
          v={v}
          form={props.form}
          name="instrument"
          label={texts(v).instrument}
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
          label={groupTexts(v).status}
          options={[
            any,
            { value: 'open', label: t.statuses.open },
            { value: 'published', label: t.statuses.published },
            { value: 'completed', label: t.statuses.completed },
            { value: 'cancelled', label: t.statuses.cancelled },
          ]}
        />
        <Select
          v={v}
          form={props.form}
          name="opdrachtgever"
          label={groupTexts(v).buyer}
          options={[any, ...page.buyers.map((b) => ({ value: b.oin, label: b.name }))]}
        />
        <Select
          v={v}
          form={props.form}
          name="sorteer"
          label={texts(v).sort}
          options={[
            { value: 'deadline', label: texts(v).sortDeadline },
            { value: 'newest', label: texts(v).sortNewest },
          ]}
        />
        <div class="im-field">
          <Button>{texts(v).apply}</Button>
        </div>
      </form>
      <p class="utrecht-paragraph" role="status">
        <strong>{texts(v).results(page.total)}</strong>
      </p>
      {page.items.length === 0 ? (
        <P>{texts(v).none}</P>
      ) : (
        <ul class="im-cards">
          {page.items.map((item) => (
            <CallCard v={v} item={item} level={2} />
          ))}
        </ul>
      )}
      {page.pages > 1 ? (
        <nav class="im-pagination" aria-label={texts(v).pages}>
          <ul>
            {page.page > 1 ? (
              <li>
                <a class="rvo-link" href={linkTo(page.page - 1)} rel="prev">
                  {texts(v).previous}
                </a>
              </li>
            ) : null}
            <li aria-current="page">{texts(v).page(page.page, page.pages)}</li>
            {page.page < page.pages ? (
              <li>
                <a class="rvo-link" href={linkTo(page.page + 1)} rel="next">
                  {texts(v).next}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </Layout>
  );
}
