import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '#infra/local/seed.ts';
import { launchBrowser } from '../support/browser.ts';
import { challengeBody } from '../support/fixtures.ts';
import { publishWithConsents } from '../support/journeys.ts';
import { axeViolations, checkPage, startTestSite, type TestSite } from '../support/site.ts';

/** Anonymous visitors: home, listing with filters and pages, a challenge, open data, statements, errors. */
let app: TestSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestSite(), launchBrowser()]);
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const url = (path: string) => `${app.site.url}${path}`;

describe('public pages', () => {
  it('shows the open demo calls on the home page in Dutch, grouped by theme, with amounts and deadlines', async () => {
    const response = await page.goto(url('/'));
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect(page.locator('h1').textContent()).resolves.toBe('Innovatie inkopen bij het mkb');
    const binnenvaart = page.locator('.im-card', { hasText: 'Emissievrije binnenvaart' });
    await expect(binnenvaart.textContent()).resolves.toContain('€\u00a01.000.000,00');
    // A deadline with weekday, date, time and what is left.
    await expect(binnenvaart.textContent()).resolves.toMatch(
      /(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} \w+ \d{4}, \d{2}:\d{2} \(nog \d+ dag/,
    );
    await checkPage(page, 'public-home-nl');
  });

  it('filters the listing by theme, instrument, status and buyer, sorts by deadline, and pages', async () => {
    await page.goto(url('/oproepen'));
    await checkPage(page, 'public-listing-nl');
    const all = await page.locator('.im-card').count();
    expect(all).toBeGreaterThanOrEqual(6);

    await page.selectOption('#thema', 'veilige-samenleving');
    await page.click('button[type=submit]:has-text("Toon oproepen")');
    const themed = await page.locator('.im-card').allTextContents();
    expect(themed.length).toBeGreaterThan(0);
    for (const card of themed) expect(card).toContain('Veilige samenleving');
    expect(page.url()).toContain('thema=veilige-samenleving');
    await expect(page.inputValue('#thema')).resolves.toBe('veilige-samenleving'); // the filter is kept

    await page.goto(url(`/oproepen?opdrachtgever=${DEMO_ORGANISATIONS.zuidHolland.oin}`));
    const zuidHolland = await page.locator('.im-card').allTextContents();
    expect(zuidHolland.length).toBeGreaterThan(0);
    for (const card of zuidHolland) expect(card).toContain('Opdrachtgever:Provincie Zuid-Holland');

    await page.goto(url('/oproepen?instrument=innovation-partnership'));
    for (const card of await page.locator('.im-card').allTextContents())
      expect(card).toContain('Innovatiepartnerschap');

    // Sorted by next closing date: open calls first, soonest first.
    await page.goto(url('/oproepen?status=published&sorteer=deadline'));
    const deadlines = await page
      .locator('.im-card time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(deadlines.length).toBeGreaterThan(1);
    expect([...deadlines].sort()).toEqual(deadlines);
  });

  it('switches to English and remembers it; untranslated text is marked as Dutch', async () => {
    await page.goto(url('/oproepen'));
    await page.click('a[hreflang=en]');
    // A click does not wait for the next page: wait for it (a timeout here means no switch).
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(page.url()).toBe(url('/oproepen'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Calls');
    await checkPage(page, 'public-listing-en');
    await page.goto(url('/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('.im-card').first().textContent()).resolves.toMatch(/€1,000,000\.00/);
    await checkPage(page, 'public-home-en');
    await page.click('.im-card a >> nth=0');
    await checkPage(page, 'public-challenge-en');
    await page.goto(url('/open-data'));
    await checkPage(page, 'public-open-data-en');
    await page.goto(url('/toegankelijkheid'));
    await checkPage(page, 'public-accessibility-en');
    await page.click('a[hreflang=nl]');
    await page.locator('html[lang="nl"]').waitFor({ state: 'attached' });
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
  });

  it('shows a challenge with every funder, phase, maximum incl. and excl. VAT, criteria, Q&A and statistics', async () => {
    await page.goto(url('/oproepen?thema=energietransitie-duurzaamheid&status=published'));
    await page.click('a:has-text("SBIR Energietransitie Vaarwegen")');
    await expect(page.locator('h1').textContent()).resolves.toBe('SBIR Energietransitie Vaarwegen');
    // A 2018 call: published, but closed for proposals (not "Gepubliceerd" as if one could bid).
    await expect(page.locator('main').textContent()).resolves.toContain('Gesloten voor voorstellen');
    // What a bidder needs comes first: the phases before the funding split.
    const order = await page.evaluate(
      `[...document.querySelectorAll('main h2')].map((h) => h.id).filter((id) => id === 'fasen' || id === 'financiering')`,
    );
    expect(order).toEqual(['fasen', 'financiering']);
    const funding = await page.locator('#financiering + p + .im-table-wrap').textContent();
    expect(funding).toContain('Ministerie van Economische Zaken en Klimaat');
    expect(funding).toContain('Provincie Zuid-Holland');
    expect(funding).toContain('€\u00a0500.000,00');
    const text = await page.locator('main').textContent();
    expect(text).toContain('Fase 1: haalbaarheidsonderzoek');
    expect(text).toContain('€\u00a050.000,00'); // maximum incl. btw
    expect(text).toContain('€\u00a041.322,31'); // and excl. btw
    expect(text).toContain('Technologische haalbaarheid');
    expect(text).toContain('Statistieken na de gunning');
    await checkPage(page, 'public-challenge-nl');
  });

  it('links the OCDS open data, has an accessibility statement, and answers unknown pages with its own 404', async () => {
    await page.goto(url('/open-data'));
    const href = await page.getAttribute('a[href*="/reports/ocds?year="]', 'href');
    const ocds = await fetch(href!);
    expect(ocds.status).toBe(200);
    expect(((await ocds.json()) as { version: string }).version).toBe('1.1');
    await checkPage(page, 'public-open-data-nl');

    await page.goto(url('/toegankelijkheid'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Toegankelijkheidsverklaring');
    await checkPage(page, 'public-accessibility-nl');
    await expect(page.locator('main').textContent()).resolves.toContain('info@innovatiemarkt.nl');

    // Who runs this: the owner, contact, privacy and cookies; the footer of every page links there.
    await page.click('footer a:has-text("Over deze website")');
    await expect(page.locator('h1').textContent()).resolves.toBe('Over deze website');
    const about = (await page.locator('main').textContent()) ?? '';
    for (const part of [
      'Ministerie van Economische Zaken en Klimaat',
      'info@innovatiemarkt.nl',
      'Privacy',
      'Cookies',
    ])
      expect(about).toContain(part);
    await checkPage(page, 'public-about-nl');
    await page.click('main a:has-text("Lees wat de woorden")');
    await expect(page.locator('dt', { hasText: 'Opschortende termijn' }).count()).resolves.toBe(1);
    await checkPage(page, 'public-glossary-nl');

    const missing = await page.goto(url('/bestaat-niet'));
    expect(missing?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Pagina niet gevonden');
    await checkPage(page, 'public-404-nl');
    const noChallenge = await page.goto(url('/oproepen/00000000-0000-4000-8000-000000000000'));
    expect(noChallenge?.status()).toBe(404);
    const badId = await page.goto(url('/oproepen/%3Cscript%3E'));
    expect(badId?.status()).toBe(404);
  });
});

describe('security', () => {
  it('escapes what people typed: a <script> in a challenge title and in a question stays text', async () => {
    const buyer = await app.api.as('buyer', DEMO_ORGANISATIONS.zuidHolland.oin);
    const hostile = '<script>window.__owned = 1</script><img src=x onerror="window.__owned=2">';
    const draft = await app.api.call('POST', '/challenges', {
      token: buyer,
      body: challengeBody({ title: { nl: `Oproep ${hostile}` } }),
    });
    expect(draft.status).toBe(201);
    const published = await publishWithConsents(app.api, draft.body.id, buyer);
    expect(published.status).toBe(200);
    const sme = await app.api.as('sme', '50000001');
    const asked = await app.api.call('POST', `/challenges/${draft.body.id}/questions`, {
      token: sme,
      body: { question: `Mag dit? ${hostile}` },
    });
    expect(asked.status).toBe(201);
    expect(
      (
        await app.api.call('POST', `/questions/${asked.body.id}/answer`, {
          token: buyer,
          body: { answer: hostile },
        })
      ).status,
    ).toBe(200);
    await app.api.runtime.settle();

    await page.goto(url(`/oproepen/${draft.body.id}`));
    await expect(page.locator('h1').textContent()).resolves.toBe(`Oproep ${hostile}`);
    await expect(page.locator('.im-qa').first().textContent()).resolves.toContain(hostile);
    expect(await page.evaluate('window.__owned')).toBeUndefined();
    expect(await page.locator('main script, main img').count()).toBe(0);
    await page.goto(url('/oproepen'));
    expect(await page.evaluate('window.__owned')).toBeUndefined();
  });

  it('sends strict security headers and refuses a form post without the form token', async () => {
    const response = await fetch(url('/oproepen'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toBeNull(); // plain-HTTP localhost; set in AWS

    const forged = await fetch(url('/inloggen'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'role=sme&org=50000001',
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('set-cookie') ?? '').not.toContain('im_session');
    const crossSite = await fetch(url('/inloggen'), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        cookie: 'im_csrf=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      },
      body: '_csrf=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&role=sme&org=50000001',
    });
    expect(crossSite.status).toBe(403);
  });
});

describe('the accessibility check itself', () => {
  it('fails on a page with WCAG violations (so a clean result means something)', async () => {
    const bad = await (await browser.newContext()).newPage();
    await bad.setContent(
      '<html><body><img src="x.png"><button></button><p style="color:#ccc;background:#fff">grijs</p><input></body></html>',
    );
    expect(await axeViolations(bad)).toEqual(
      expect.arrayContaining(['button-name', 'html-has-lang', 'image-alt']),
    );
    await expect(checkPage(bad, 'negative-example')).rejects.toThrow(/axe on negative-example/);
  });
});
