import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ASSESSORS, DEMO_COMPANIES, DEMO_ORGANISATIONS } from '#infra/local/seed.ts';
import { setClock } from '#shared/platform/clock.ts';
import { launchBrowser, mainText } from '../support/browser.ts';
import { sampleFiles, sha256 } from '../support/files.ts';
import { checkPage, startTestSite, type TestSite } from '../support/site.ts';

/**
 * A call run from start to finish in the browser by the people who run it, as the 2018
 * Vaarwegen call went: the buyer drafts (one field wrong, then right) and publishes; a company
 * asks and the buyer answers; the buyer names the committee; companies bid; after the deadline
 * the assessor declares and scores; the buyer reads the ranking and awards (a form sent twice gives
 * one decision), completes a contract, and the company sees its phase-2 invitation; the officer
 * reads the reports and downloads the Excel CSV; the programme office changes an envelope.
 */
let app: TestSite;
let browser: Browser;
const contexts: BrowserContext[] = [];
let restoreClock: (() => void) | undefined;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestSite(), launchBrowser()]);
});
afterAll(async () => {
  restoreClock?.();
  await browser?.close();
  await app?.stop();
});

const url = (path: string) => `${app.site.url}${path}`;
async function signedIn(label: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url('/inloggen'));
  await page.click(`button:has-text("${label}")`);
  return page;
}
const text = mainText;
/** Amsterdam wall-clock `YYYY-MM-DDTHH:mm` some days from now, for datetime-local fields. */
const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T17:00`;
};

let challengePath = '';
const TITLE = 'SBIR Schone sluizen (browsertest)';

describe('a call run in the browser by buyer, company, assessor, officer and programme office', () => {
  it('the buyer drafts a call, is told what is wrong at the field, fixes it, checks and publishes', async () => {
    const buyer = await signedIn(DEMO_ORGANISATIONS.zuidHolland.name);
    await buyer.click('nav a:has-text("Nieuwe oproep")');
    await checkPage(buyer, 'gov-01-draft-form');
    await buyer.fill('#titleNl', TITLE);
    await buyer.fill('#descriptionNl', 'Sluizen die minder energie gebruiken en minder water verliezen.');
    await buyer.selectOption('#theme', 'energietransitie-duurzaamheid');
    await buyer.selectOption('#funderOin1', DEMO_ORGANISATIONS.ezk.oin);
    await buyer.fill('#funderShare1', '40'); // wrong: EZK carries exactly half
    await buyer.selectOption('#funderOin2', DEMO_ORGANISATIONS.zuidHolland.oin);
    await buyer.fill('#funderShare2', '60');
    // The 50-50 rule shows as you type (a small script; the server checks it again on saving).
    await expect(buyer.locator('.im-share-total').textContent()).resolves.toBe('Samen 100%; EZK 40%.');
    await buyer.fill('#phase1Budget', '200.000');
    await buyer.fill('#phase1Max', '50.000');
    await buyer.fill('#phase1Deadline', inDays(30));
    await buyer.check('#phase2-0');
    await buyer.fill('#phase2Budget', '300.000');
    await buyer.fill('#phase2Max', '150.000');
    await buyer.fill('#phase2Deadline', inDays(300));
    await buyer.click('button:has-text("Concept opslaan")');
    await expect(buyer.locator('.im-error-summary').textContent()).resolves.toContain('EZK');
    expect(await buyer.inputValue('#titleNl')).toBe(TITLE); // what was typed is kept
    expect(await buyer.inputValue('#phase2Budget')).toBe('300.000');
    await checkPage(buyer, 'gov-02-draft-with-error');
    await buyer.fill('#funderShare1', '50');
    await buyer.fill('#funderShare2', '50');
    // Phase 2 pays in instalments the call states; shares that do not add up are refused there.
    await buyer.fill('#phase2Schedule', '40 Tussenrapport\n50 Prototype op ware grootte');
    await buyer.click('button:has-text("Concept opslaan")');
    await buyer.locator('#phase2Schedule-error').waitFor();
    await expect(buyer.locator('#phase2Schedule-error').textContent()).resolves.toContain(
      'tellen op tot 90%',
    );
    expect(await buyer.inputValue('#phase2Schedule')).toContain('50 Prototype op ware grootte');
    await checkPage(buyer, 'gov-02b-draft-schedule-error');
    await buyer.fill('#phase2Schedule', '40 Tussenrapport\n60 Prototype op ware grootte');
    await buyer.click('button:has-text("Concept opslaan")');
    await expect(text(buyer)).resolves.toContain('Het concept is opgeslagen.');
    challengePath = new URL(buyer.url()).pathname;
    await checkPage(buyer, 'gov-03-draft-saved');
    await buyer.click('a:has-text("Controleren en publiceren")');
    const reservations = await buyer.locator('table').first().textContent();
    expect(reservations).toContain('€\u00a0250.000,00'); // each side's half of € 500.000
    // The check names, before the button, what stops publication and what bidders would miss.
    await expect(buyer.locator('.im-alert--warning').textContent()).resolves.toContain(
      'Ministerie van Economische Zaken en Klimaat moet eerst instemmen met zijn aandeel',
    );
    await expect(text(buyer)).resolves.toContain('Ruimte in de jaarbudgetten');
    await expect(buyer.locator('.im-alert--info').first().textContent()).resolves.toContain(
      'Modelovereenkomst',
    );
    await checkPage(buyer, 'gov-04-check-and-publish');
    // EZK has not approved its half yet: publishing is refused, naming it.
    await buyer.click('button:has-text("Publiceren")');
    await expect(text(buyer)).resolves.toContain(
      'Ministerie van Economische Zaken en Klimaat moet eerst instemmen met zijn aandeel',
    );
    // EZK's programme office approves its share of this draft.
    const ezk = await signedIn('Programmabureau (EZK)');
    await ezk.goto(url('/medefinanciering'));
    const request = ezk.locator('section', { hasText: TITLE });
    await expect(request.textContent()).resolves.toContain('€\u00a0250.000,00');
    await checkPage(ezk, 'gov-04b-co-funder-consents');
    // Declining needs a reason: asked at the field.
    await request.locator('button:has-text("Weigeren")').click();
    await expect(text(ezk)).resolves.toContain('Reden van weigeren');
    await expect(ezk.locator('.im-field--invalid').count()).resolves.toBe(1);
    await checkPage(ezk, 'gov-04c-decline-without-reason');
    await ezk.locator('section', { hasText: TITLE }).locator('button:has-text("Instemmen")').click();
    await expect(text(ezk)).resolves.toContain('Uw antwoord is vastgelegd.');
    await expect(ezk.locator('section', { hasText: TITLE }).textContent()).resolves.toContain('ingestemd');
    await buyer.click('button:has-text("Publiceren")');
    await expect(text(buyer)).resolves.toContain('De oproep is gepubliceerd.');
    await app.api.runtime.settle();
  });

  it('a company asks a question and bids; the buyer answers and names the committee; proposals stay sealed', async () => {
    const company = await signedIn(DEMO_COMPANIES[2].name);
    await company.goto(url('/oproepen?status=published'));
    await company.click(`a:has-text("${TITLE}")`);
    await company.fill('#question', 'Mogen wij een bestaande sluis als proeflocatie voorstellen?');
    await company.click('button:has-text("Vraag versturen")');
    await company.click('a:has-text("Voorstel indienen voor fase 1")');
    await company.fill('#summary', 'Een sluisdeur die energie terugwint bij elke schutting.');
    await company.fill('#plan', 'Haalbaarheid in zes maanden: metingen, model, kostenraming.');
    await company.fill('#requestedAmount', '48.000');
    await company.click('button:has-text("Voorstel indienen")');
    await expect(text(company)).resolves.toContain('Voorstel ingediend');
    // A second company bids through the API (the browser journey of a company is tested elsewhere).
    const second = await app.api.as('sme', DEMO_COMPANIES[3].kvk);
    const challengeId = challengePath.split('/').pop()!;
    const bid = await app.api.call('POST', `/challenges/${challengeId}/phases/1/proposals`, {
      token: second,
      body: {
        summary: 'Slimme schuttingen met minder waterverlies.',
        plan: 'Een plan in drie stappen.',
        requestedAmountCents: 4_500_000,
        durationMonths: 6,
      },
    });
    expect(bid.status).toBe(201);

    const buyer = await signedIn(DEMO_ORGANISATIONS.zuidHolland.name);
    await buyer.goto(url(challengePath));
    await expect(text(buyer)).resolves.toContain('1 vraag wacht op antwoord');
    // Sealed: not even the number of bids shows before the deadline.
    await expect(text(buyer)).resolves.toContain('Verzegeld tot de sluitingsdatum');
    expect(await text(buyer)).not.toContain(DEMO_COMPANIES[2].name);
    await checkPage(buyer, 'gov-05-manage-published');
    await buyer.fill('textarea[id^="answer-"]', 'Ja, als de beheerder van de sluis schriftelijk instemt.');
    await buyer.click('button:has-text("Antwoord publiceren")');
    await expect(text(buyer)).resolves.toContain('Het antwoord is gepubliceerd');
    await buyer.click('section:has(#beheer-fase-1) a:has-text("Beoordelingscommissie")');
    const assessor = DEMO_ASSESSORS[0]!;
    await buyer.fill('#assessorOin1', assessor.oin);
    await buyer.fill('#assessorId1', 'demo assessor'); // a space is not allowed in an id
    await buyer.click('button:has-text("Commissie vastleggen")');
    await expect(buyer.locator('#assessorId1-error').textContent()).resolves.toContain('letters, cijfers');
    await checkPage(buyer, 'gov-06-committee-with-error');
    await buyer.fill('#assessorId1', assessor.assessorId);
    await buyer.fill('#assessorName1', assessor.name);
    await buyer.click('button:has-text("Commissie vastleggen")');
    await expect(text(buyer)).resolves.toContain('De commissie is vastgelegd.');
    await app.api.runtime.settle();
  });

  it('after the deadline the assessor declares and scores each proposal', async () => {
    const deadline = JSON.parse(
      JSON.stringify(
        (await app.api.call('GET', `/challenges/${challengePath.split('/').pop()}`)).body.phases[0]
          .submissionDeadline,
      ),
    ) as string;
    restoreClock = setClock(() => new Date(new Date(deadline).getTime() + 60_000));
    const assessor = await signedIn(DEMO_ASSESSORS[0]!.name);
    await assessor.click('nav a:has-text("Mijn commissies")');
    await expect(text(assessor)).resolves.toContain('Nog 2 voorstellen');
    await checkPage(assessor, 'gov-07-committees');
    await assessor.click(`a:has-text("${TITLE}")`);
    // A click does not wait for the next page: wait for its form before reading its radios.
    await assessor.locator('input[value="none"]').first().waitFor();
    for (const radio of await assessor.locator('input[value="none"]').all()) await radio.check();
    await checkPage(assessor, 'gov-08-declare');
    await assessor.click('button:has-text("Verklaringen vastleggen")');
    await expect(text(assessor)).resolves.toContain('Uw verklaringen zijn vastgelegd.');
    for (const [i, scores] of [
      [8, 7, 8],
      [6, 7, 6],
    ].entries()) {
      await assessor.click('tr:has-text("Nog scoren") a:has-text("Lezen en scoren") >> nth=0');
      await assessor.selectOption('#score-impact', String(scores[0]));
      await assessor.selectOption('#score-technical-feasibility', String(scores[1]));
      if (i === 0) {
        // Motivation too short: the error at the field, the chosen scores kept.
        await assessor.fill('#motivation', 'Goed.');
        await assessor.selectOption('#score-economic-prospects', String(scores[2]));
        await assessor.click('button:has-text("Score vastleggen")');
        await expect(assessor.locator('#motivation-error').textContent()).resolves.toContain('20 tekens');
        expect(await assessor.inputValue('#score-impact')).toBe(String(scores[0]));
        await checkPage(assessor, 'gov-09-score-with-error');
      }
      await assessor.selectOption('#score-economic-prospects', String(scores[2]));
      await assessor.fill('#why-impact', 'Lost het knelpunt bij de sluizen aantoonbaar op.');
      await assessor.fill(
        '#motivation',
        'Sterk plan met een duidelijke meetopzet en een realistische begroting.',
      );
      await assessor.click('button:has-text("Score vastleggen")');
      await expect(text(assessor)).resolves.toContain('Uw score is vastgelegd.');
    }
    const statuses = await assessor.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(statuses).toEqual(['Gescoord', 'Gescoord']);
    // Reopening a scored proposal shows what was given, to read or change.
    await assessor.click('tr:has-text("Gescoord") a:has-text("Lezen en scoren") >> nth=0');
    await expect(text(assessor)).resolves.toContain('U heeft dit voorstel gescoord op');
    expect(await assessor.inputValue('#score-impact')).toMatch(/^[68]$/);
    expect(await assessor.inputValue('#why-impact')).toBe('Lost het knelpunt bij de sluizen aantoonbaar op.');
    await checkPage(assessor, 'gov-09b-scored-reopened');
  });

  it('after the question deadline the buyer publishes the nota van inlichtingen; everyone reads it, printable', async () => {
    const buyer = await signedIn(DEMO_ORGANISATIONS.zuidHolland.name);
    await buyer.goto(url(challengePath));
    await buyer.fill('#notaIntroduction-1', 'x'); // too short: refused at the field, what was typed kept
    await buyer.click('button:has-text("Nota publiceren")');
    await expect(buyer.locator('#notaIntroduction-1-error').textContent()).resolves.toContain('2 tot 5.000');
    await expect(buyer.inputValue('#notaIntroduction-1')).resolves.toBe('x');
    await checkPage(buyer, 'gov-08b-nota-with-error');
    await buyer.fill('#notaIntroduction-1', 'De vragen over fase 1 en de antwoorden daarop.');
    await buyer.click('button:has-text("Nota publiceren")');
    await expect(text(buyer)).resolves.toContain('De nota van inlichtingen is gepubliceerd.');
    await expect(text(buyer)).resolves.toContain('Vraag 1 in nota van inlichtingen fase 1, nr. 1.');

    const visitorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(visitorContext);
    const visitor = await visitorContext.newPage();
    await visitor.goto(url(`/oproepen/${challengePath.split('/').pop()}`));
    await visitor.click('a:has-text("Nota van inlichtingen fase 1, nr. 1")');
    const nota = await text(visitor);
    expect(nota).toContain('De vragen over fase 1 en de antwoorden daarop.');
    expect(nota).toContain('Mogen wij een bestaande sluis als proeflocatie voorstellen?');
    expect(nota).toContain('Ja, als de beheerder van de sluis schriftelijk instemt.');
    expect(nota).not.toContain(DEMO_COMPANIES[2].name); // the asker stays anonymous
    await checkPage(visitor, 'pub-nota');
    await visitor.emulateMedia({ media: 'print' });
    await checkPage(visitor, 'pub-nota-print');
  });

  it('the buyer reads the ranking with the budget line and awards; the same form sent twice gives one decision', async () => {
    const buyer = await signedIn(DEMO_ORGANISATIONS.zuidHolland.name);
    await buyer.goto(url(`${challengePath}/fase/1/rangschikking`));
    const ranking = await text(buyer);
    expect(ranking).toContain('Budgetlijn: €\u00a0200.000,00');
    expect(ranking.indexOf(DEMO_COMPANIES[2].name)).toBeLessThan(ranking.indexOf(DEMO_COMPANIES[3].name));
    await checkPage(buyer, 'gov-10-ranking');
    // Bids can be declared invalid or excluded on their own page, with a ground from the list.
    await buyer.click('a:has-text("Inschrijvingen ongeldig verklaren of uitsluiten")');
    await expect(text(buyer)).resolves.toContain('Er is geen inschrijving uitgesloten.');
    await buyer.selectOption('#ground', 'abnormally-low');
    await buyer.fill('#motivation', 'Te kort.');
    await buyer.click('button:has-text("Uitsluiten")');
    await expect(buyer.locator('#proposalId-error').textContent()).resolves.not.toBe('');
    expect(await buyer.inputValue('#motivation')).toBe('Te kort.');
    await checkPage(buyer, 'gov-10a-exclusions-with-errors');
    await buyer.goto(url(`${challengePath}/fase/1/rangschikking`));
    // Awarding the second-ranked bid alone, with no reasons: each missing reason at its field.
    const boxes = await buyer.locator('input[name="award"]').all();
    await boxes[1]!.check();
    await buyer.click('button:has-text("Beslissing vastleggen")');
    await expect(buyer.locator('[id^="passover-"][id$="-error"]').first().textContent()).resolves.toContain(
      'lager gerangschikt',
    );
    await checkPage(buyer, 'gov-10b-pass-over-refused');
    for (const box of await buyer.locator('input[name="award"]').all()) await box.check();
    // Send the very form twice, as a double click or a browser resend would.
    const form = await buyer.$eval('form[action$="/gunnen"]', (f: any) => ({
      action: f.action as string,
      fields: [...new (FormData as any)(f).entries()].map(([k, v]: [string, unknown]) => [k, String(v)]),
    }));
    const body = new URLSearchParams(form.fields as [string, string][]).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: app.site.url };
    const first = await buyer.request.post(form.action, { data: body, headers, maxRedirects: 0 });
    const second = await buyer.request.post(form.action, { data: body, headers, maxRedirects: 0 });
    expect([first.status(), second.status()]).toEqual([303, 303]);
    await buyer.goto(url(challengePath));
    const contracts = buyer.locator('#opdrachten ~ .im-table-wrap tbody tr');
    expect(await contracts.count()).toBe(2);
    expect(await contracts.first().textContent()).toContain('Voorlopig');
    await checkPage(buyer, 'gov-11-contracts');
  });

  it('each bidder reads its reasoned decision; a complaint is asked at the field, lodged and answered', async () => {
    // The company ranked second reads its letter: its scores, the awarded proposals, the standstill.
    const company = await signedIn(DEMO_COMPANIES[3].name);
    await company.click('nav a:has-text("Beslissingen")');
    await checkPage(company, 'gov-11a-my-decisions');
    await company.click('a:has-text("Lezen")');
    const letter = await text(company);
    expect(letter).toContain('Gunningsbeslissing');
    expect(letter).toContain('Uw scores per criterium');
    expect(letter).toContain('Opschortende termijn');
    // The court route and its deadline, as the law asks (Aw 2012 art. 2.127).
    expect(letter).toContain('kort geding');
    await checkPage(company, 'gov-11b-decision-letter');
    // Too short: the error at the field, what was typed kept.
    await company.fill('#grounds', 'Oneens.');
    await company.click('button:has-text("Klacht indienen")');
    await expect(company.locator('#grounds-error').textContent()).resolves.toContain('10');
    expect(await company.inputValue('#grounds')).toBe('Oneens.');
    await checkPage(company, 'gov-11c-objection-with-error');
    await company.fill(
      '#grounds',
      'De technische haalbaarheid van ons plan is lager gescoord dan de motivering zegt.',
    );
    await company.click('button:has-text("Klacht indienen")');
    await expect(text(company)).resolves.toContain('Uw klacht is ontvangen');

    // The buyer answers it on its decisions page: the outcome is asked at the field first.
    const buyer = await signedIn(DEMO_ORGANISATIONS.zuidHolland.name);
    await buyer.goto(url(`${challengePath}/beslissingen`));
    await expect(text(buyer)).resolves.toContain('1 ingediend, 1 in behandeling, 0 gegrond');
    await checkPage(buyer, 'gov-11d-decisions');
    const reasons = buyer.locator('textarea[name^="motivering-"]');
    await reasons.fill('De commissie heeft de technische haalbaarheid volgens de criteria gescoord.');
    await buyer.click('button:has-text("Antwoord versturen")');
    await expect(buyer.locator('.im-field-error').first().textContent()).resolves.not.toBe('');
    expect(await reasons.inputValue()).toContain('De commissie heeft');
    await buyer.check('input[value="rejected"]');
    await buyer.click('button:has-text("Antwoord versturen")');
    await expect(text(buyer)).resolves.toContain('De klacht is beantwoord.');
    await expect(text(buyer)).resolves.toContain('Ongegrond');
  });

  it('after the standstill the contracts are concluded; the buyer completes one and the company is invited to phase 2', async () => {
    const buyerToken = await app.api.as('buyer', DEMO_ORGANISATIONS.zuidHolland.oin);
    const challengeId = challengePath.split('/').pop()!;
    const awards = await app.api.call('GET', `/challenges/${challengeId}/awards`, { token: buyerToken });
    // The standstill passes: its schedule fires, the awards become definitive.
    await app.api.runtime.settle();
    const backAgain = setClock(() => new Date(Date.parse(awards.body.items[0].standstillEndsAt) + 60_000));
    try {
      await app.api.runtime.scheduler.runDue();
      await app.api.runtime.settle();
      const buyer = await signedIn(DEMO_ORGANISATIONS.zuidHolland.name);
      await buyer.goto(url(challengePath));
      // Complete the first contract: the company is invited to phase 2.
      await buyer.click(`tr:has-text("${DEMO_COMPANIES[2].name}") a:has-text("Afronden")`);
      await checkPage(buyer, 'gov-12-complete');
      await buyer.click('button:has-text("Opdracht afronden")');
      await expect(text(buyer)).resolves.toContain('De opdracht is afgerond.');
      await app.api.runtime.settle();
      const company = await signedIn(DEMO_COMPANIES[2].name);
      await company.click('nav a:has-text("Uitnodigingen")');
      await expect(text(company)).resolves.toContain(TITLE);
    } finally {
      backAgain();
    }

    // Another province's buyer sees nothing of this call's ranking: the site's 404.
    const other = await signedIn(DEMO_ORGANISATIONS.noordHolland.name);
    const refused = await other.goto(url(`${challengePath}/fase/1/rangschikking`));
    expect(refused?.status()).toBe(404);
    await expect(other.locator('h1').textContent()).resolves.toBe('Pagina niet gevonden');
  });

  it('the officer reads the reports with their charts, the audit trail, and downloads the Excel CSV', async () => {
    const officer = await signedIn('Inkoopadviseur (EZK)');
    const year = new Date().getUTCFullYear();
    await officer.click('nav a:has-text("Rapporten")');
    await checkPage(officer, 'gov-13-reports');
    await officer.goto(url(`/rapporten/cofinanciering?jaar=${year}`));
    expect(await officer.locator('svg[role="img"] title').count()).toBeGreaterThan(0);
    await checkPage(officer, 'gov-14-co-funding');
    await officer.goto(url('/rapporten/cofinanciering?jaar=2018'));
    await expect(text(officer)).resolves.toContain('Afspraak MKB-samenwerkingsagenda 2018');
    await checkPage(officer, 'gov-15-co-funding-2018');
    await officer.goto(url(`/rapporten/pijplijn?jaar=${year}`));
    expect(await officer.locator('svg[role="img"]').count()).toBe(1);
    await checkPage(officer, 'gov-16-pipeline');
    await officer.goto(url('/rapporten/vervolg?jaar=2018'));
    await checkPage(officer, 'gov-17-follow-up');
    await officer.goto(url(`/rapporten/gunningen?jaar=${year}`));
    await expect(text(officer)).resolves.toContain(DEMO_COMPANIES[2].name);
    await checkPage(officer, 'gov-18-awards-register');
    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      officer.click('a:has-text("CSV voor Excel")'),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff); // BOM, so Excel reads UTF-8
    expect(csv.split('\n')[0]).toContain(';');
    expect(csv).toMatch(/\d+,\d{2}/); // decimal comma
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await officer.goto(url(`/rapporten/audit/${challengePath.split('/').pop()}`));
    await expect(text(officer)).resolves.toContain('De keten is gecontroleerd en klopt.');
    await expect(text(officer)).resolves.toContain('De keten is compleet');
    await checkPage(officer, 'gov-19-audit-trail');
  });

  it('the programme office changes an envelope and sees the new cap', async () => {
    const office = await signedIn('Programmabureau (EZK)');
    await office.click('nav a:has-text("Jaarbudgetten")');
    await checkPage(office, 'gov-20-envelopes');
    await office.selectOption('#funderOin', DEMO_ORGANISATIONS.rijkswaterstaat.oin);
    await office.fill('#capSbir', 'veel'); // not an amount
    await office.click('button:has-text("Jaarbudget vastleggen")');
    await expect(office.locator('#capSbir-error').textContent()).resolves.toContain('bedrag');
    await checkPage(office, 'gov-21-envelope-with-error');
    await office.fill('#capSbir', '750.000');
    await office.click('button:has-text("Jaarbudget vastleggen")');
    await expect(text(office)).resolves.toContain('Het jaarbudget is vastgelegd.');
    await expect(
      office.locator('tr', { hasText: 'Rijkswaterstaat' }).first().textContent(),
    ).resolves.toContain('€\u00a0750.000,00');
    await office.click('nav a:has-text("Organisaties")');
    await expect(text(office)).resolves.toContain('Provincie Gelderland');
    await checkPage(office, 'gov-22-organisations');
  });

  it('the buyer publishes a correction (wrong fields refused at the field, then published and shown on the call)', async () => {
    const token = await app.api.as('buyer', DEMO_ORGANISATIONS.zuidHolland.oin);
    const draft = await app.api.call('POST', '/challenges', {
      token,
      body: {
        instrument: 'sbir',
        title: { nl: 'Oproep met een rectificatie' },
        description: { nl: 'Wordt verlengd.' },
        theme: 'zorg-gezondheid',
        cpvCodes: ['73000000-2'],
        funders: [{ oin: DEMO_ORGANISATIONS.zuidHolland.oin, shareBasisPoints: 10_000 }],
        phases: [
          {
            number: 1,
            budgetCents: 10_000_000,
            plannedContracts: 2,
            durationMonths: 6,
            submissionDeadline: inDays(60),
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    expect((await app.api.call('POST', `/challenges/${draft.body.id}/publish`, { token })).status).toBe(200);
    const buyer = await signedIn(DEMO_ORGANISATIONS.zuidHolland.name);
    await buyer.goto(url(`/beheer/oproepen/${draft.body.id}`));
    await buyer.click('a:has-text("Rectificatie publiceren")');
    await buyer.fill('#reason', 'Kort');
    await buyer.fill('#deadline-1', inDays(50)); // earlier: never allowed
    await buyer.click('button:has-text("Rectificatie publiceren")');
    await expect(buyer.locator('#reason-error').textContent()).resolves.not.toBe('');
    expect(await buyer.inputValue('#deadline-1')).toBe(inDays(50));
    // With a reason, the earlier deadline is refused at its field (a deadline is only ever extended).
    await buyer.fill('#reason', 'Op verzoek van inschrijvers: twee weken extra.');
    await buyer.click('button:has-text("Rectificatie publiceren")');
    await expect(buyer.locator('#deadline-1-error').textContent()).resolves.not.toBe('');
    expect(await buyer.inputValue('#reason')).toBe('Op verzoek van inschrijvers: twee weken extra.');
    await checkPage(buyer, 'gov-22a-correction-with-error');
    await buyer.fill('#deadline-1', inDays(74));
    await buyer.click('button:has-text("Rectificatie publiceren")');
    await expect(text(buyer)).resolves.toContain('De rectificatie is gepubliceerd.');
    // New weights: a significant change, typed as on the call form; an unreadable one stays at its field.
    await buyer.goto(url(`/beheer/oproepen/${draft.body.id}/rectificatie`));
    await buyer.fill('#reason', 'Impact weegt zwaarder dan eerst aangekondigd.');
    await buyer.fill('#weights-1', '50/50');
    await buyer.click('button:has-text("Rectificatie publiceren")');
    await expect(buyer.locator('#weights-1-error').textContent()).resolves.toContain('3 percentages');
    await buyer.fill('#weights-1', '50/25/25');
    await buyer.click('button:has-text("Rectificatie publiceren")');
    await expect(text(buyer)).resolves.toContain('De rectificatie is gepubliceerd.');
    await buyer.goto(url(`/oproepen/${draft.body.id}`));
    const call = await text(buyer);
    expect(call).toContain('Rectificatie 1 van');
    expect(call).toContain('Op verzoek van inschrijvers: twee weken extra.');
    expect(call).toContain('Fase 1: nieuwe weging van de criteria: Impact 50%');
    expect(call).toContain('Wezenlijke wijziging (de gunningscriteria of hun weging)');
    expect(call).toContain('blijft de fase daarna nog ten minste 6 dagen open');
    await checkPage(buyer, 'gov-22b-call-with-correction');
  });

  it('the buyer attaches call documents to a draft, publishes, and replaces one through a correction; everyone opens them', async () => {
    const token = await app.api.as('buyer', DEMO_ORGANISATIONS.zuidHolland.oin);
    const draft = await app.api.call('POST', '/challenges', {
      token,
      body: {
        instrument: 'sbir',
        title: { nl: 'Oproep met documenten' },
        description: { nl: 'Met uitvraag en modelovereenkomst.' },
        theme: 'zorg-gezondheid',
        cpvCodes: ['73000000-2'],
        funders: [{ oin: DEMO_ORGANISATIONS.zuidHolland.oin, shareBasisPoints: 10_000 }],
        phases: [
          {
            number: 1,
            budgetCents: 10_000_000,
            plannedContracts: 2,
            durationMonths: 6,
            submissionDeadline: inDays(60),
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    const id = draft.body.id as string;
    const buyer = await signedIn(DEMO_ORGANISATIONS.zuidHolland.name);
    await buyer.goto(url(`/beheer/oproepen/${id}`));
    await buyer.click('a:has-text("Documenten beheren")');
    // Without a title and with a program for a file: both refused at their fields.
    await buyer.setInputFiles('#bestand', {
      name: 'uitvraag.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(sampleFiles.exe()),
    });
    await buyer.click('button:has-text("Bestand toevoegen")');
    await expect(buyer.locator('#title-error').textContent()).resolves.not.toBe('');
    await buyer.fill('#title', 'Uitvraag');
    await buyer.setInputFiles('#bestand', {
      name: 'uitvraag.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(sampleFiles.exe()),
    });
    await buyer.click('button:has-text("Bestand toevoegen")');
    await buyer.locator('#bestand-error:has-text("geen PDF")').waitFor();
    expect(await buyer.inputValue('#title')).toBe('Uitvraag');
    await checkPage(buyer, 'gov-23a-call-documents-with-error');
    await buyer.setInputFiles('#bestand', {
      name: 'uitvraag.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(sampleFiles.pdf('Uitvraag')),
    });
    await buyer.click('button:has-text("Bestand toevoegen")');
    await buyer.waitForURL(/melding=document/);
    await expect(text(buyer)).resolves.toContain('Het bestand is toegevoegd.');
    expect((await app.api.call('POST', `/challenges/${id}/publish`, { token })).status).toBe(200);

    // Published: a new version goes through a correction with its reason.
    await buyer.goto(url(`/beheer/oproepen/${id}/documenten`));
    await buyer.fill('#title', 'Uitvraag, versie 2');
    await buyer.selectOption('#replaces', { label: 'Uitvraag (uitvraag.pdf)' });
    await buyer.setInputFiles('#bestand', {
      name: 'uitvraag-v2.odt',
      mimeType: 'application/vnd.oasis.opendocument.text',
      buffer: Buffer.from(sampleFiles.odt()),
    });
    await buyer.click('button:has-text("Bestand toevoegen")');
    await expect(buyer.locator('#reason-error').textContent()).resolves.not.toBe('');
    await buyer.fill('#reason', 'Nieuwe versie van de uitvraag: bijlage B toegevoegd.');
    await buyer.setInputFiles('#bestand', {
      name: 'uitvraag-v2.odt',
      mimeType: 'application/vnd.oasis.opendocument.text',
      buffer: Buffer.from(sampleFiles.odt()),
    });
    await buyer.click('button:has-text("Bestand toevoegen")');
    await buyer.waitForURL(/melding=rectificatie/);
    await expect(text(buyer)).resolves.toContain('De rectificatie is gepubliceerd.');
    await checkPage(buyer, 'gov-23b-call-documents');

    // Anyone reads them on the call page, and opens the file.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(url(`/oproepen/${id}`));
    const call = await text(visitor);
    expect(call).toContain('Documenten van de oproep');
    expect(call).toContain('uitvraag-v2.odt');
    expect(call).toContain('vervangen');
    await checkPage(visitor, 'gov-23c-call-page-documents');
    const href = await visitor.locator('a:has-text("uitvraag.pdf")').getAttribute('href');
    const file = await visitor.context().request.get(url(href!));
    expect(file.status()).toBe(200);
    expect(sha256(new Uint8Array(await file.body()))).toBe(sha256(sampleFiles.pdf('Uitvraag')));
    await visitor.context().close();
  });

  it('the buyer cancels a draft with a reason (a short reason is refused at the field)', async () => {
    const buyer = await signedIn(DEMO_ORGANISATIONS.zuidHolland.name);
    const draft = await app.api.call('POST', '/challenges', {
      token: await app.api.as('buyer', DEMO_ORGANISATIONS.zuidHolland.oin),
      body: {
        instrument: 'sbir',
        title: { nl: 'Concept om in te trekken' },
        description: { nl: 'Wordt ingetrokken.' },
        theme: 'zorg-gezondheid',
        cpvCodes: ['73000000-2'],
        funders: [{ oin: DEMO_ORGANISATIONS.zuidHolland.oin, shareBasisPoints: 10_000 }],
        phases: [
          {
            number: 1,
            budgetCents: 10_000_000,
            plannedContracts: 2,
            durationMonths: 6,
            submissionDeadline: `${inDays(60)}`,
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    await buyer.goto(url(`/beheer/oproepen/${draft.body.id}`));
    await buyer.click('a:has-text("Oproep intrekken")');
    await buyer.fill('#reason', 'x');
    await buyer.click('button:has-text("Ja, oproep intrekken")');
    await expect(buyer.locator('#reason-error').textContent()).resolves.toContain('reden');
    await checkPage(buyer, 'gov-23-cancel-with-error');
    await buyer.fill('#reason', 'Het budget is elders nodig.');
    await buyer.click('button:has-text("Ja, oproep intrekken")');
    await expect(text(buyer)).resolves.toContain('De oproep is ingetrokken.');
  });

  it('passes axe on the government pages in English too', async () => {
    const checks: [string, string[]][] = [
      [
        DEMO_ORGANISATIONS.zuidHolland.name,
        [
          '/beheer/oproepen',
          '/beheer/oproepen/nieuw',
          challengePath,
          `${challengePath}/fase/1/rangschikking`,
          `${challengePath}/fase/2/commissie`,
          `${challengePath}/beslissingen`,
          `/oproepen/${challengePath.split('/').pop()}/nota/1/1`,
        ],
      ],
      [DEMO_COMPANIES[3].name, ['/mijn/beslissingen', '/mijn/e-mail']],
      [DEMO_ASSESSORS[0]!.name, ['/beoordelen', '/mijn/e-mail']],
      [
        'Programmabureau (EZK)',
        ['/programma/enveloppen?jaar=2018', '/programma/organisaties', '/mijn/e-mail'],
      ],
      [
        'Inkoopadviseur (EZK)',
        [
          '/rapporten',
          '/rapporten/cofinanciering?jaar=2018',
          '/rapporten/gunningen?jaar=2018',
          '/rapporten/pijplijn?jaar=2018',
          '/rapporten/vervolg?jaar=2018',
          '/mijn/e-mail',
        ],
      ],
    ];
    for (const [who, paths] of checks) {
      const page = await signedIn(who);
      await page.click('a[hreflang=en]');
      for (const path of paths) {
        const response = await page.goto(url(path));
        expect(response?.status(), path).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        await checkPage(page, `gov-en${path.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
      }
    }
  });
});
