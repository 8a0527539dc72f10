import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMPANIES } from '#infra/local/seed.ts';
import { launchBrowser } from '../support/browser.ts';
import { sampleFiles, sha256 } from '../support/files.ts';
import { checkPage, startTestSite, type TestSite, tabTo } from '../support/site.ts';

/**
 * A company's whole journey in the browser: sign in, make its profile (the SME test), ask a
 * question, submit a proposal with one field wrong (error at the field and in the summary, what
 * was typed kept), fix it, edit, withdraw and submit again; and a demo company reads its feedback
 * after the 2018 award decision. Every page passes axe; one journey is done with the keyboard only.
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

const url = (path: string) => `${app.site.url}${path}`;
const fresh = async (): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
};

async function signInAs(page: Page, role: string, org: string) {
  await page.goto(url('/inloggen'));
  await page.selectOption('#role', role);
  await page.fill('#org', org);
  await page.click('button:has-text("Inloggen") >> nth=-1');
}

async function openBinnenvaart(page: Page) {
  await page.goto(url('/oproepen?status=published'));
  await page.click('a:has-text("Emissievrije binnenvaart")');
}

describe('the SME journey', () => {
  it('signs in, makes its profile, asks a question, submits (one field wrong, then right), edits, withdraws and resubmits', async () => {
    const { context, page } = await fresh();
    await page.goto(url('/inloggen'));
    await checkPage(page, 'sme-01-sign-in');
    await signInAs(page, 'sme', '60000001');
    // A company starts on its overview: nothing waits yet for a new one.
    expect(new URL(page.url()).pathname).toBe('/mijn');
    await expect(page.locator('main').textContent()).resolves.toContain('Er ligt nu niets voor u klaar.');
    await checkPage(page, 'sme-01b-overview-empty');
    await checkPage(page, 'sme-02-my-proposals-empty');

    // The profile: a wrong VAT id comes back at its field, with what was typed.
    await page.click('nav a:has-text("Bedrijfsprofiel")');
    await page.fill('#name', 'Sluisdata B.V.');
    await page.fill('#btwId', 'NL123456789B99');
    await page.fill('#staff', '12');
    await page.fill('#turnover', '1.800.000');
    await page.fill('#balanceSheet', '900.000');
    await page.click('button:has-text("Opslaan")');
    await expect(page.locator('.im-error-summary a[href="#btwId"]').textContent()).resolves.toContain(
      'geldige btw-nummer van uw bedrijf',
    );
    await expect(page.locator('#btwId-error').textContent()).resolves.toContain('NL123456782B01');
    expect(await page.getAttribute('#btwId', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#name')).toBe('Sluisdata B.V.');
    expect(await page.inputValue('#turnover')).toBe('1.800.000');
    await checkPage(page, 'sme-03-profile-with-error');
    await page.click('.im-error-summary a[href="#btwId"]');
    expect(await page.evaluate('document.activeElement.id')).toBe('btwId');
    await page.fill('#btwId', 'NL123456782B01');
    await page.click('button:has-text("Opslaan")');
    await expect(page.locator('main').textContent()).resolves.toContain('Uw bedrijfsprofiel is opgeslagen.');
    await expect(page.locator('main').textContent()).resolves.toContain('Grootteklasse: Klein');
    await checkPage(page, 'sme-04-profile-saved');

    // A question, before the question deadline.
    await openBinnenvaart(page);
    // How to submit, step by step, on an open call.
    await expect(page.locator('#zo-dient-u-in + ol li').count()).resolves.toBe(5);
    await checkPage(page, 'sme-05-challenge-signed-in');
    await page.fill('#question', 'Mag een consortium van twee mkb-bedrijven samen inschrijven?');
    await page.click('button:has-text("Vraag versturen")');
    await expect(page.locator('main').textContent()).resolves.toContain('Uw vraag is verstuurd');
    await expect(page.locator('.im-qa').last().textContent()).resolves.toContain('consortium');

    // The proposal: an amount above the phase's maximum is refused at the field; the rest is kept.
    await page.click('a:has-text("Voorstel indienen voor fase 1")');
    await expect(page.locator('main').textContent()).resolves.toContain('€\u00a050.000,00');
    await checkPage(page, 'sme-06-proposal-form');
    const plan = 'Wij bouwen een walstroomkast voor binnenvaartschepen.\nFase 1: haalbaarheid, 6 maanden.';
    await page.fill('#summary', 'Walstroom voor elk binnenvaartschip, zonder netverzwaring.');
    await page.fill('#plan', plan);
    await page.fill('#requestedAmount', '60.000');
    await page.fill('#durationMonths', '6');
    await page.click('button:has-text("Voorstel indienen")');
    await expect(page.locator('#requestedAmount-error').textContent()).resolves.toContain(
      'ten hoogste €\u00a050.000,00',
    );
    await expect(page.locator('.im-error-summary a[href="#requestedAmount"]').count()).resolves.toBe(1);
    expect(await page.inputValue('#plan')).toBe(plan);
    expect(await page.inputValue('#requestedAmount')).toBe('60.000');
    await checkPage(page, 'sme-07-proposal-with-error');
    await page.fill('#requestedAmount', '49.500,00');
    await page.click('button:has-text("Voorstel indienen")');
    // The receipt: the reference to quote, what comes next.
    await expect(page.locator('.im-panel').textContent()).resolves.toMatch(
      /Voorstel ingediend.*IM-[0-9A-F]{8}/,
    );
    await expect(page.locator('main').textContent()).resolves.toContain('€\u00a049.500,00');
    await checkPage(page, 'sme-08-proposal-submitted');
    await page.click('a:has-text("Uw voorstel bekijken")');
    const proposalUrl = page.url().split('?')[0]!;

    // Edit, then withdraw (after a confirmation), then submit a new one.
    await page.click('a:has-text("Wijzigen")');
    expect(await page.inputValue('#requestedAmount')).toBe('49.500');
    await page.fill('#summary', 'Walstroom voor elk binnenvaartschip, ook in kleine havens.');
    await page.click('button:has-text("Wijzigingen opslaan")');
    await expect(page.locator('main').textContent()).resolves.toContain('ook in kleine havens');
    await page.click('a:has-text("Intrekken")');
    await checkPage(page, 'sme-09-withdraw-confirm');
    await page.click('button:has-text("Ja, voorstel intrekken")');
    await expect(page.locator('main').textContent()).resolves.toContain('Uw voorstel is ingetrokken');
    await page.goto(proposalUrl);
    await expect(page.locator('main').textContent()).resolves.toContain('Ingetrokken');
    await openBinnenvaart(page);
    await page.click('a:has-text("Voorstel indienen voor fase 1")');
    await page.fill('#summary', 'Walstroom voor elk binnenvaartschip, tweede versie.');
    await page.fill('#plan', plan);
    await page.fill('#requestedAmount', '45000');
    await page.fill('#durationMonths', '6');
    await page.click('button:has-text("Voorstel indienen")');
    await expect(page.locator('main').textContent()).resolves.toContain('Voorstel ingediend');

    await page.click('nav a:has-text("Mijn voorstellen")');
    const rows = await page.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows.some((r) => r.includes('Ingetrokken'))).toBe(true);
    expect(rows.some((r) => r.includes('Ingediend') && r.includes('€\u00a045.000,00'))).toBe(true);
    await checkPage(page, 'sme-10-my-proposals');
    await context.close();
  });

  it('attaches files to its proposal: a picture is refused at the field, a plan and a budget are added with their fingerprints, one removed, one opened', async () => {
    const { context, page } = await fresh();
    await signInAs(page, 'sme', '60000007');
    await page.click('nav a:has-text("Bedrijfsprofiel")');
    await page.fill('#name', 'Bijlagen Techniek B.V.');
    await page.fill('#staff', '8');
    await page.fill('#turnover', '900.000');
    await page.fill('#balanceSheet', '400.000');
    await page.click('button:has-text("Opslaan")');
    await openBinnenvaart(page);
    await page.click('a:has-text("Voorstel indienen voor fase 1")');
    await page.fill('#summary', 'Zonnepanelen op de luiken van binnenvaartschepen.');
    await page.fill('#plan', 'Een haalbaarheidsstudie in drie stappen.');
    await page.fill('#requestedAmount', '40.000');
    await page.fill('#durationMonths', '6');
    await page.click('button:has-text("Voorstel indienen")');
    // The receipt leads on to the attachments.
    await page.click('a:has-text("Bijlagen toevoegen")');
    await expect(page.locator('main').textContent()).resolves.toContain('Nog geen bestanden.');
    const proposalUrl = page.url().split('?')[0]!;

    // No file chosen, then a picture: each refused at the file field, with the summary linking to it.
    await page.click('button:has-text("Bestand toevoegen")');
    await expect(page.locator('#bestand-error').textContent()).resolves.toContain('Kies een bestand');
    const sentByScript = page.waitForRequest(
      (r) => r.url().endsWith('/bijlagen') && r.resourceType() === 'xhr',
    );
    await page.setInputFiles('#bestand', {
      name: 'foto.png',
      mimeType: 'image/png',
      buffer: Buffer.from(sampleFiles.png()),
    });
    await page.click('button:has-text("Bestand toevoegen")');
    await sentByScript; // with JavaScript the file goes with its progress shown; a refusal is shown as without
    await page.locator('#bestand-error:has-text("geen PDF")').waitFor();
    await expect(page.locator('.im-error-summary a[href="#bestand"]').count()).resolves.toBe(1);
    expect(await page.getAttribute('#bestand', 'aria-invalid')).toBe('true');
    await checkPage(page, 'sme-11-attachment-refused');

    // A plan (PDF) and a budget (CSV): listed with type, size and fingerprint.
    const plan = sampleFiles.pdf('Projectplan zonneluiken');
    await page.setInputFiles('#bestand', {
      name: 'Projectplan zonneluiken.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(plan),
    });
    await page.click('button:has-text("Bestand toevoegen")');
    await page.waitForURL(/melding=bijlage/);
    await expect(page.locator('main').textContent()).resolves.toContain('Het bestand is toegevoegd.');
    await page.setInputFiles('#bestand', {
      name: 'begroting.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(sampleFiles.csv()),
    });
    await page.click('button:has-text("Bestand toevoegen")');
    await page.locator('a:has-text("begroting.csv")').waitFor();
    const rows = await page.locator('#bijlagen ~ .im-table-wrap tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Projectplan zonneluiken.pdf');
    expect(rows[0]).toContain('PDF');
    expect(rows[0]!.replace(/\s/g, '')).toContain(sha256(plan));
    expect(rows[1]).toContain('CSV');
    await checkPage(page, 'sme-12-attachments');

    // Opening it gives back exactly what was sent.
    const href = await page.locator('a:has-text("Projectplan zonneluiken.pdf")').getAttribute('href');
    const opened = await context.request.get(url(href!), { maxRedirects: 5 });
    expect(opened.status()).toBe(200);
    expect(sha256(new Uint8Array(await opened.body()))).toBe(sha256(plan));

    // Removing the budget leaves the plan.
    await page.click('button[aria-label="begroting.csv verwijderen"]');
    await expect(page.locator('main').textContent()).resolves.toContain('Het bestand is verwijderd.');
    await page.goto(proposalUrl);
    await expect(page.locator('#bijlagen ~ .im-table-wrap tbody tr').count()).resolves.toBe(1);
    await context.close();
  });

  it('reads its feedback and the phase statistics after the award decision (a demo company of Vaarwegen 2018)', async () => {
    const { context, page } = await fresh();
    await page.goto(url('/inloggen'));
    await page.click(`button:has-text("${DEMO_COMPANIES[0].name}")`);
    await page.click('nav a:has-text("Mijn voorstellen")');
    // A 2018 proposal that was awarded and completed says so, not "Ingediend".
    await expect(
      page.locator('tr', { hasText: 'SBIR Energietransitie Vaarwegen' }).textContent(),
    ).resolves.toContain('Gegund en afgerond');
    await page.click('a:has-text("SBIR Energietransitie Vaarwegen")');
    await page.click('a:has-text("Terugkoppeling lezen")');
    const text = await page.locator('main').textContent();
    expect(text).toMatch(/Uw voorstel is als \de van 5 gerangschikt/);
    expect(text).toContain('Beoordelingen van de commissie');
    expect(text).toContain('Statistieken');
    await checkPage(page, 'sme-11-feedback');
    await page.click('nav a:has-text("Uitnodigingen")');
    await checkPage(page, 'sme-12-invitations');
    await page.click('nav a:has-text("Vervolgmonitoring")');
    await expect(page.locator('main').textContent()).resolves.toMatch(/Ronde 1/);
    await checkPage(page, 'sme-13-follow-ups');
    const report = page.locator('a:has-text("Invullen")').first();
    if ((await report.count()) > 0) {
      await report.click();
      await page.click('button:has-text("Versturen")'); // nothing chosen: errors at the yes/no questions
      await expect(page.locator('#marketLaunch-error').textContent()).resolves.toContain('Kies ja of nee');
      await checkPage(page, 'sme-14-follow-up-with-error');
      await page.check('#marketLaunch-yes');
      await page.check('#launchingCustomer-no');
      await page.fill('#revenue', '125.000');
      await page.fill('#jobs', '3');
      await page.click('button:has-text("Versturen")');
      await expect(page.locator('main').textContent()).resolves.toContain(
        'Uw vervolgmonitoring is ontvangen',
      );
    }

    // Everything again in English.
    await page.click('a[hreflang=en]');
    for (const [path, name] of [
      ['/mijn/voorstellen', 'sme-en-my-proposals'],
      ['/mijn/bedrijf', 'sme-en-company'],
      ['/mijn/uitnodigingen', 'sme-en-invitations'],
      ['/mijn/vervolgmonitoring', 'sme-en-follow-ups'],
    ] as const) {
      await page.goto(url(path));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await checkPage(page, name);
    }
    // A form with errors, in English: the summary and the field say it in the reader's language.
    await page.goto(url('/mijn/bedrijf'));
    await page.fill('#name', '');
    await page.fill('#turnover', 'a lot');
    await page.click('button:has-text("Save")');
    await expect(page.locator('.im-error-summary h2').textContent()).resolves.toBe('There is a problem');
    await expect(page.locator('#turnover-error').textContent()).resolves.toContain('Enter an amount in euro');
    // Every mistake at once: the empty name too, though the amount stopped the form before the API.
    await expect(page.locator('#name-error').textContent()).resolves.toContain('company name');
    await checkPage(page, 'sme-en-company-with-error');
    await page.goto(url('/mijn/voorstellen'));
    await page.click('tbody a >> nth=0');
    await checkPage(page, 'sme-en-proposal');
    const feedback = page.locator('a:has-text("Read the feedback")');
    if ((await feedback.count()) > 0) {
      await feedback.click();
      await checkPage(page, 'sme-en-feedback');
    }
    await context.close();
  });

  it('shows another company’s proposal as the site’s 404, and sends a signed-out visitor to sign in', async () => {
    const api = app.api;
    const mine = await api.call('GET', '/me/proposals', {
      token: await api.as('sme', DEMO_COMPANIES[1].kvk),
    });
    const otherId = mine.body.items[0].id as string;
    const { context, page } = await fresh();
    const anonymous = await page.goto(url(`/voorstellen/${otherId}`));
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(anonymous?.status()).toBe(200);
    await page.click(`button:has-text("${DEMO_COMPANIES[0].name}")`);
    const response = await page.goto(url(`/voorstellen/${otherId}`));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Pagina niet gevonden');
    const edit = await page.goto(url(`/voorstellen/${otherId}/wijzigen`));
    expect(edit?.status()).toBe(404);
    // The government side is not a company's: refused with the site's own page.
    for (const path of ['/beheer/oproepen', '/beoordelen', '/programma/enveloppen', '/rapporten']) {
      const refused = await page.goto(url(path));
      expect(refused?.status(), path).toBe(403);
      await expect(page.locator('h1').textContent()).resolves.toBe('Geen toegang');
    }
    await context.close();
  });

  it('works without JavaScript: a company signs in and submits a proposal with scripts turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/inloggen'));
    await page.click(`button:has-text("${DEMO_COMPANIES[4].name}")`);
    await openBinnenvaart(page);
    await page.click('a:has-text("Voorstel indienen voor fase 1")');
    await page.fill('#summary', 'Een voorstel zonder JavaScript in de browser.');
    await page.fill('#plan', 'Het formulier wordt gewoon naar de server gestuurd.');
    await page.fill('#requestedAmount', '40.000');
    await page.click('button:has-text("Voorstel indienen")');
    await expect(page.locator('main').textContent()).resolves.toContain('Voorstel ingediend');
    // A file too: the plain form posts it, the site sends it on.
    await page.click('a:has-text("Bijlagen toevoegen")');
    await page.setInputFiles('#bestand', {
      name: 'plan-zonder-js.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(sampleFiles.pdf('Zonder JavaScript')),
    });
    await page.click('button:has-text("Bestand toevoegen")');
    await expect(page.locator('main').textContent()).resolves.toContain('Het bestand is toegevoegd.');
    await expect(page.locator('main').textContent()).resolves.toContain('plan-zonder-js.pdf');
    await context.close();
  });

  it('can be done with the keyboard only: sign in, find the call and submit a proposal', async () => {
    const { context, page } = await fresh();
    await page.goto(url('/'));
    await tabTo(page, 'a[href^="/inloggen"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/inloggen/);
    await tabTo(page, `button:has-text("${DEMO_COMPANIES[3].name}")`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/mijn$/);
    await tabTo(page, 'nav a[href="/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(url('/'));
    await tabTo(page, 'a:has-text("Emissievrije binnenvaart")');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/oproepen\/.+/);
    await tabTo(page, 'a:has-text("Voorstel indienen voor fase 1")');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/voorstel$/);
    await tabTo(page, '#summary');
    await page.keyboard.type('Een drijvende laadpaal die met het schip meebeweegt.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Plan: ontwerp, berekening en een proefopstelling in de haven.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('48.000');
    await tabTo(page, 'button:has-text("Voorstel indienen")');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/voorstellen\/.+\/ontvangen$/);
    await expect(page.locator('main').textContent()).resolves.toContain('€\u00a048.000,00');
    // The skip link is the first stop and leads to the content.
    await page.goto(url('/oproepen'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.getAttribute("href")')).toBe('#inhoud');
    await context.close();
  });
});
