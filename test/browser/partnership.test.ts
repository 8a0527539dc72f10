import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '#infra/local/seed.ts';
import { launchBrowser } from '../support/browser.ts';
import { evaluatedPhase } from '../support/journeys.ts';
import { checkPage, startTestSite, type TestSite } from '../support/site.ts';

/**
 * An innovation partnership's buyer selects the candidates to negotiate in the browser: every
 * yes/no asked at the field (what was typed kept), too few invited refused with the rule, then
 * recorded and shown as final.
 */
let app: TestSite;
let browser: Browser;
let restore = () => {};
beforeAll(async () => {
  [app, browser] = await Promise.all([startTestSite(), launchBrowser()]);
});
afterAll(async () => {
  restore();
  await browser?.close();
  await app?.stop();
});

describe('the selection of candidates', () => {
  it('asks each choice at the field, refuses too few invited, then records the selection for good', async () => {
    const setup = await evaluatedPhase(app.api, {
      companies: 4,
      requestedCents: 5_000_000,
      phase1BudgetCents: 20_000_000,
      kvkBase: 48_000_000,
      partnership: { mayEndPartnersAfterPhase: false },
      selectAll: false,
    });
    restore = setup.restore;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const url = (path: string) => `${app.site.url}${path}`;
    await page.goto(url('/inloggen'));
    await page.click(`button:has-text("${DEMO_ORGANISATIONS.zuidHolland.name}")`);
    await page.goto(url(`/beheer/oproepen/${setup.challengeId}`));
    await page.click('a:has-text("Kandidaten selecteren")');
    const [first, second, third, fourth] = setup.proposals.map((p) => p.id) as [
      string,
      string,
      string,
      string,
    ];

    await page.fill(`#reasons-${first}`, 'Sterk consortium met een passende aanpak.');
    await page.click('button:has-text("Selectie vastleggen")');
    await expect(page.locator(`#suitable-${first}-error`).textContent()).resolves.toContain('Kies ja of nee');
    await expect(page.inputValue(`#reasons-${first}`)).resolves.toBe(
      'Sterk consortium met een passende aanpak.',
    );
    await checkPage(page, 'gov-selection-with-errors');

    for (const id of [first, second, third, fourth]) {
      await page.check(`#suitable-${id}-yes`);
      await page.fill(`#reasons-${id}`, 'Voldoet aan de geschiktheidseisen van de oproep.');
    }
    for (const id of [first, second]) await page.check(`#invited-${id}-yes`);
    for (const id of [third, fourth]) await page.check(`#invited-${id}-no`);
    await page.click('button:has-text("Selectie vastleggen")');
    await expect(page.locator('.im-error-summary').textContent()).resolves.toContain(
      'ten minste 3 geschikte',
    );

    await page.check(`#invited-${third}-yes`);
    await page.click('button:has-text("Selectie vastleggen")');
    await expect(page.locator('main').textContent()).resolves.toContain(
      'De selectie van kandidaten is vastgelegd.',
    );
    await expect(page.locator('main').textContent()).resolves.toContain('is definitief');
    await checkPage(page, 'gov-selection-recorded');
    await page.click('a[hreflang=en]');
    await expect(page.locator('main').textContent()).resolves.toContain('Selection of candidates');
    await checkPage(page, 'gov-en-selection-recorded');
    await context.close();
  });
});
