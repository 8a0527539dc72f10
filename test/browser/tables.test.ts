import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMPANIES, DEMO_ORGANISATIONS } from '#infra/local/seed.ts';
import { launchBrowser, screenshot } from '../support/browser.ts';
import { startTestSite, type TestSite } from '../support/site.ts';

/*
 * Issue #33, point 1: tables stay readable on a phone (375 px) and on a desktop (1280 px). No cell
 * has content spilling over its neighbour: a table wider than the screen scrolls inside its
 * wrapper instead. Checked on the pages with the widest tables, for each of their readers.
 */
let app: TestSite;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startTestSite(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Cells whose content is wider than the cell (it is drawn over the next one). */
const overflowingCells = (page: Page): Promise<string[]> =>
  page.evaluate(`[...document.querySelectorAll('table.im-table th, table.im-table td')]
    .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
    .map((cell) => (cell.textContent ?? '').trim().slice(0, 60))`);

async function signedIn(label: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${app.site.url}/inloggen`);
  await page.click(`button:has-text("${label}")`);
  return page;
}

describe('tables on every screen', () => {
  it.each([375, 1280])('at %i px no cell spills over on the widest tables', async (width) => {
    const year = new Date().getUTCFullYear();
    const visits: [string, string[]][] = [
      [DEMO_COMPANIES[0].name, ['/mijn/voorstellen', '/oproepen?status=published']],
      [
        'Inkoopadviseur (EZK)',
        [
          `/rapporten/gunningen?jaar=2018`,
          `/rapporten/cofinanciering?jaar=2018`,
          `/rapporten/pijplijn?jaar=${year}`,
        ],
      ],
      ['Programmabureau (EZK)', ['/programma/enveloppen?jaar=2018']],
      [DEMO_ORGANISATIONS.zuidHolland.name, ['/beheer/oproepen']],
    ];
    const found: string[] = [];
    for (const [label, paths] of visits) {
      const page = await signedIn(label, width);
      for (const path of paths) {
        await page.goto(`${app.site.url}${path}`);
        for (const cell of await overflowingCells(page)) found.push(`${path}: ${cell}`);
        // The page itself never scrolls sideways: only a table inside its wrapper does.
        const pageWidth = Number(await page.evaluate('document.documentElement.scrollWidth'));
        if (pageWidth > width) found.push(`${path}: the page is ${pageWidth} px wide`);
        await screenshot(page, `tables-${width}-${path.replace(/[^a-z0-9]+/gi, '-')}`);
      }
      // A call's page: its funding and phase tables.
      if (label === DEMO_COMPANIES[0].name) {
        await page.goto(`${app.site.url}/oproepen?status=published`);
        await page.click('a:has-text("Emissievrije binnenvaart")');
        for (const cell of await overflowingCells(page)) found.push(`call: ${cell}`);
        await screenshot(page, `tables-${width}-call`);
      }
      await page.context().close();
    }
    expect(found).toEqual([]);
  });
});
