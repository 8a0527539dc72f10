import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ASSESSORS, DEMO_COMPANIES, DEMO_ORGANISATIONS } from '#infra/local/seed.ts';
import { setClock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { launchBrowser } from '../support/browser.ts';
import { decideAwards, evaluatedPhase } from '../support/journeys.ts';
import { checkPage, startTestSite, type TestSite } from '../support/site.ts';

/*
 * Issue #33: each signed-in role starts on its own overview of what waits for it, not on the
 * public home page.
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

async function signedIn(label: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${app.site.url}/inloggen`);
  await page.click(`button:has-text("${label}")`);
  await page.waitForLoadState();
  return page;
}
const main = (page: Page) => page.locator('main').textContent();

describe('a home per role', () => {
  it('a company lands on its overview, with its overdue follow-up rounds first and a link to fill each in', async () => {
    // A 2018 Vaarwegen winner: its contract ended in 2019, so its follow-up rounds are long due.
    const page = await signedIn(DEMO_COMPANIES[0].name);
    expect(new URL(page.url()).pathname).toBe('/mijn');
    await expect(page.locator('h1').textContent()).resolves.toBe('Mijn overzicht');
    const first = page.locator('.im-task').first();
    await expect(first.textContent()).resolves.toMatch(/Te laat:.*|Vul de vervolgmonitoring in/);
    await first.locator('a').click();
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Vervolgmonitoring|ronde/i);
    await page.goBack();
    await checkPage(page, 'home-company');
    await page.context().close();
  });

  it('a buyer lands on its overview with its drafts to publish and what else waits', async () => {
    const page = await signedIn(DEMO_ORGANISATIONS.zuidHolland.name);
    expect(new URL(page.url()).pathname).toBe('/beheer');
    await expect(page.locator('h1').textContent()).resolves.toBe('Mijn overzicht');
    await expect(page.locator('nav a[aria-current="page"]').textContent()).resolves.toBe('Mijn overzicht');
    await checkPage(page, 'home-buyer');
    await page.context().close();
  });

  it('the programme office is told in December that next year’s budgets are not set yet', async () => {
    // The demo has this year's and next year's budgets: a December a year on, the year after is missing.
    const year = new Date().getUTCFullYear() + 1;
    const restore = setClock(() => new Date(Date.UTC(year, 11, 1, 10)));
    try {
      const page = await signedIn('Programmabureau (EZK)');
      expect(new URL(page.url()).pathname).toBe('/programma');
      const next = year + 1;
      await expect(main(page)).resolves.toContain(`De jaarbudgetten voor ${next} zijn nog niet vastgelegd.`);
      await page.click('a:has-text("Jaarbudgetten vastleggen")');
      await expect(page.locator('h1').textContent()).resolves.toBe(`Jaarbudgetten ${next}`);
      await page.goBack();
      await checkPage(page, 'home-programme');
      await page.context().close();
    } finally {
      restore();
    }
  });

  it('a buyer withdrawing a decision first sees what it undoes, with the reason, and confirms', async () => {
    const phase = await evaluatedPhase(app.api, {
      companies: 2,
      requestedCents: 4_000_000,
      phase1BudgetCents: 8_000_000,
      kvkBase: 77_000_000,
    });
    try {
      const decided = await decideAwards(app.api, {
        token: phase.buyer,
        challengeId: phase.challengeId,
        phase: 1,
        proposalIds: phase.proposals.map((p) => p.id),
      });
      expect(decided.status).toBe(201);
      await app.api.runtime.settle();
      const page = await signedIn(DEMO_ORGANISATIONS.zuidHolland.name);
      await page.goto(`${app.site.url}/beheer/oproepen/${phase.challengeId}/beslissingen`);
      const reason = 'De rangschikking bevat een rekenfout in de prijsscore van fase 1.';
      await page.fill(`#reden-${decided.body.decisionId}`, reason);
      await page.click('button:has-text("Besluit intrekken")');
      await expect(page.locator('h1').textContent()).resolves.toBe(
        'Weet u zeker dat u dit besluit wilt intrekken?',
      );
      await expect(main(page)).resolves.toContain('De 2 gunningen vervallen');
      await expect(main(page)).resolves.toContain(reason);
      await checkPage(page, 'decision-withdraw-confirm');
      // Nothing is withdrawn before the confirmation.
      const before = await app.api.request(routes.challengeDecisions, {
        token: phase.buyer,
        params: { challengeId: phase.challengeId },
      });
      expect(before.body.items[0]?.status).toBe('standstill');
      await page.click('button:has-text("Ja, besluit intrekken")');
      await expect(main(page)).resolves.toContain('Het besluit is ingetrokken');
      await page.context().close();
    } finally {
      phase.restore();
    }
  });

  it('the overviews, the page about the website and the glossary read and pass in English too', async () => {
    for (const [label, name] of [
      [DEMO_COMPANIES[0].name, 'company'],
      [DEMO_ORGANISATIONS.zuidHolland.name, 'buyer'],
      ['Programmabureau (EZK)', 'programme'],
    ] as const) {
      const page = await signedIn(label);
      await page.click('a[hreflang=en]');
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
      await expect(page.locator('h1').textContent()).resolves.toBe('My overview');
      await checkPage(page, `home-${name}-en`);
      if (name === 'company') {
        await page.click('footer a:has-text("About this website")');
        await expect(page.locator('h1').textContent()).resolves.toBe('About this website');
        await checkPage(page, 'public-about-en');
        await page.click('footer a:has-text("Glossary")');
        await checkPage(page, 'public-glossary-en');
      }
      await page.context().close();
    }
  });

  it('an assessor lands on its committees, an officer on the reports', async () => {
    const assessor = await signedIn(DEMO_ASSESSORS[0]!.name);
    expect(new URL(assessor.url()).pathname).toBe('/beoordelen');
    await assessor.context().close();
    const officer = await signedIn('Inkoopadviseur (EZK)');
    expect(new URL(officer.url()).pathname).toBe('/rapporten');
    await officer.context().close();
  });
});
