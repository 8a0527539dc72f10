import type { ListingItem } from '#shared/challenges/schemas.ts';
import { THEMES } from '#shared/kernel/vocabulary.ts';
import { formatMoney, type Lang } from '#web/i18n/format.ts';

const xml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/**
 * An Atom feed (RFC 4287) of the listing for one filter, newest first: feed readers and other
 * services follow new calls without an account (TenderNed and SBIR.gov offer the same).
 */
export function listingFeed(options: {
  items: ListingItem[];
  lang: Lang;
  siteOrigin: string;
  selfPath: string;
  title: string;
}): string {
  const { items, lang, siteOrigin } = options;
  const newest = [...items].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, 50);
  const updated = newest[0]?.publishedAt ?? '2018-01-01T00:00:00.000Z';
  const entries = newest.map((item) => {
    const url = `${siteOrigin}/oproepen/${item.id}`;
    const title = lang === 'en' ? (item.title.en ?? item.title.nl) : item.title.nl;
    const summary = [
      item.leadBuyer.name,
      THEMES[item.theme][lang],
      formatMoney(item.totalBudgetCents, lang),
      ...item.phases
        .filter((p) => p.status === 'open')
        .map((p) => `${lang === 'en' ? 'phase' : 'fase'} ${p.number}: ${p.submissionDeadline.slice(0, 10)}`),
    ].join(' · ');
    return `  <entry>
    <id>${xml(url)}</id>
    <title>${xml(title)}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <published>${xml(item.publishedAt)}</published>
    <updated>${xml(item.publishedAt)}</updated>
    <author><name>${xml(item.leadBuyer.name)}</name></author>
    <category term="${xml(item.theme)}" label="${xml(THEMES[item.theme][lang])}"/>
    <summary>${xml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${xml(`${siteOrigin}${options.selfPath}`)}</id>
  <title>${xml(options.title)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(`${siteOrigin}${options.selfPath}`)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${siteOrigin}/oproepen`)}"/>
  <updated>${xml(updated)}</updated>
  <author><name>Innovatiemarkt</name></author>
${entries.join('\n')}
</feed>
`;
}
