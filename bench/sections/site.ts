import { type Bench, kb, markdownTable } from '../context.ts';
import { measureSite } from '../site.ts';
import { EZK, ZUID_HOLLAND } from '../workload.ts';

/** Section 6: pages rendered through site → API → DynamoDB Local, and the bytes of a first visit. */
export async function measureSitePages(bench: Bench, vaarwegen: string) {
  const { quick: QUICK, concurrency: CONCURRENCY, runtime } = bench;
  const site = await measureSite(
    runtime,
    [
      { name: 'Listing page (/oproepen)', path: '/oproepen' },
      { name: 'Listing page, one theme', path: '/oproepen?thema=energietransitie-duurzaamheid' },
      { name: 'Challenge page (Vaarwegen 2018)', path: `/oproepen/${vaarwegen}` },
      { name: 'Home page', path: '/' },
      {
        name: 'Ranking page (buyer, Vaarwegen phase 1)',
        path: `/beheer/oproepen/${vaarwegen}/fase/1/rangschikking`,
        as: { role: 'buyer', org: ZUID_HOLLAND },
      },
      {
        name: 'Co-funding report page (officer, 2018)',
        path: '/rapporten/cofinanciering?jaar=2018',
        as: { role: 'officer', org: EZK },
      },
      {
        name: 'Awards register page (officer, 2018)',
        path: '/rapporten/gunningen?jaar=2018',
        as: { role: 'officer', org: EZK },
      },
    ],
    QUICK ? 100 : 400,
    CONCURRENCY,
  );

  return site;
}

export function reportSite(bench: Bench, site: Awaited<ReturnType<typeof measureSitePages>>): string[] {
  const lines: string[] = [];
  const table = markdownTable(lines);
  const { quick: QUICK, concurrency: CONCURRENCY } = bench;
  lines.push(
    '## 6. The web site',
    '',
    `Pages rendered by the site (hono, server-side) from API answers, through HTTP to the local API and DynamoDB Local, ${QUICK ? 100 : 400} requests each, ${CONCURRENCY} at a time; public pages anonymous, the others signed in (issues #12 and #13). Milliseconds.`,
    '',
  );
  table(
    ['page', 'p50', 'p99'],
    site.pages.map((p) => [p.name, p.p50, p.p99]),
  );
  lines.push(
    `A first visit to the listing downloads, compressed: HTML ${kb(site.listingBytes.html)} KB + CSS ${kb(site.listingBytes.css)} KB + fonts ${kb(site.listingBytes.fonts)} KB = **${kb(site.listingBytes.total)} KB** ${site.listingBytes.total <= 100 * 1024 ? '✓' : '✗'} (target ≤ 100 KB, issue #12). Scripts on the page: ${site.scripts} (no journey needs JavaScript).`,
    '',
  );
  return lines;
}
