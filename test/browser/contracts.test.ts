import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putGovernmentOrganisation } from '#shared/organisations/registry.ts';
import { routes } from '#shared/routes.ts';
import { launchBrowser, mainText } from '../support/browser.ts';
import { sampleFiles } from '../support/files.ts';
import { fundThisYear, ORGS, registerOrganisations, THIS_YEAR } from '../support/fixtures.ts';
import { decideAwards, evaluatedPhase, expectStatus, passStandstill } from '../support/journeys.ts';
import { checkPage, startTestSite, type TestSite } from '../support/site.ts';

/**
 * After the award, in the browser (issue #35): the company submits a milestone's deliverable (an
 * empty one is refused at the field), the buyer rejects it (a rejection without a reason is
 * refused at the field), the company submits again, the buyer accepts and records the payment;
 * the buyer sets another contract's payment schedule (amounts that do not add up are refused);
 * the co-funder's officer reads the payments register and its settlement statement. Every page
 * passes axe, in Dutch; the contract pages in English too.
 */
let app: TestSite;
let browser: Browser;
const restores: (() => void)[] = [];
let setup: Awaited<ReturnType<typeof evaluatedPhase>>;
let awardIds: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestSite(), launchBrowser()]);
  await registerOrganisations();
  // The lead buyer's invoice address is in the register: the invoice form takes it from there.
  await putGovernmentOrganisation({
    ...ORGS.zuidHolland,
    invoiceAddress: { street: 'Postbus 90602', postcode: '2509 LP', city: 'Den Haag' },
  });
  await fundThisYear();
  setup = await evaluatedPhase(app.api, {
    companies: 2,
    requestedCents: 4_999_999,
    phase1BudgetCents: 20_000_000,
    kvkBase: 36_700_000,
  });
  restores.push(setup.restore);
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const decided = await expectStatus(
    decideAwards(app.api, {
      token: setup.buyer,
      challengeId: setup.challengeId,
      phase: 1,
      proposalIds: setup.proposals.map((p) => p.id),
      period: { startDate: day(120), endDate: day(300) },
    }),
    201,
  );
  awardIds = decided.awards.map((a) => a.id);
  restores.push(await passStandstill(app.api, decided.awards[0]!.standstillEndsAt));
}, 180_000);
afterAll(async () => {
  for (const restore of restores.reverse()) restore();
  await browser?.close();
  await app?.stop();
});

const url = (path: string) => `${app.site.url}${path}`;
async function signedIn(role: string, org: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url('/inloggen'));
  await page.selectOption('#role', role);
  await page.fill('#org', org);
  await page.click('button:has-text("Inloggen") >> nth=-1');
  return page;
}
const text = mainText;

describe('after the award in the browser', () => {
  it('the company submits a deliverable; the buyer rejects it with a reason, then accepts it and pays', async () => {
    const company = await signedIn('sme', setup.proposals[0]!.kvk);
    await company.click('nav a:has-text("Opdrachten")');
    await checkPage(company, 'contracts-01-company-list');
    await company.click('main a:has-text("SBIR Schone vaarwegen")');
    await expect(text(company)).resolves.toContain('Eindrapport van het haalbaarheidsonderzoek');
    await checkPage(company, 'contracts-02-company-contract');
    await company.click('a:has-text("Resultaat indienen")');
    await company.click('button:has-text("Indienen")');
    await company.locator('#summary-error').waitFor();
    await expect(company.locator('#summary-error').textContent()).resolves.toContain('4.000 tekens');
    await expect(company.locator('.im-error-summary a[href="#summary"]').count()).resolves.toBe(1);
    await checkPage(company, 'contracts-03-deliverable-with-error');
    // Its report as a document: none chosen is refused at the file field; a PDF is added.
    await company.click('button:has-text("Bestand toevoegen")');
    await company.locator('#bestand-error').waitFor();
    await company.setInputFiles('#bestand', {
      name: 'Eindrapport haalbaarheid.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(sampleFiles.pdf('Eindrapport')),
    });
    await company.click('button:has-text("Bestand toevoegen")');
    await expect(text(company)).resolves.toContain('Het bestand is toegevoegd.');
    await expect(text(company)).resolves.toContain('Eindrapport haalbaarheid.pdf');
    await checkPage(company, 'contracts-03b-deliverable-document');
    await company.fill('#summary', 'Eindrapport haalbaarheidsonderzoek, versie 1.0, met de meetresultaten.');
    await company.fill('#reference', 'ER-2027-01');
    await company.click('button:has-text("Indienen")');
    await expect(text(company)).resolves.toContain('Uw resultaat is ingediend.');
    await expect(text(company)).resolves.toContain('Ingediend, wacht op beoordeling');

    const buyer = await signedIn('buyer', ORGS.zuidHolland.oin);
    await buyer.click('nav a:has-text("Opdrachten")');
    await expect(text(buyer)).resolves.toContain('1 te beoordelen');
    await checkPage(buyer, 'contracts-04-buyer-list');
    await buyer.goto(url(`/beheer/opdrachten/${awardIds[0]}`));
    await checkPage(buyer, 'contracts-05-buyer-contract');
    await buyer.click('a:has-text("Beoordelen")');
    await expect(text(buyer)).resolves.toContain('ER-2027-01');
    // The submitted report opens for the buyer (the API logs it and hands out the file).
    const report = await buyer.locator('a:has-text("Eindrapport haalbaarheid.pdf")').getAttribute('href');
    const opened = await buyer.context().request.get(url(report!));
    expect(opened.status()).toBe(200);
    expect((await opened.body()).toString('latin1')).toContain('Eindrapport');
    await buyer.check('#outcome-1'); // reject, without a reason
    await buyer.click('button:has-text("Beoordeling vastleggen")');
    await buyer.locator('#reason-error').waitFor();
    expect(await buyer.isChecked('#outcome-1')).toBe(true); // the choice is kept
    await checkPage(buyer, 'contracts-06-review-with-error');
    await buyer.fill('#reason', 'De meetresultaten van de tweede proef ontbreken; voeg ze toe.');
    await buyer.click('button:has-text("Beoordeling vastleggen")');
    await expect(text(buyer)).resolves.toContain('Uw beoordeling is vastgelegd');
    await expect(text(buyer)).resolves.toContain('Afgewezen, opnieuw indienen');

    // The company reads why, and submits again.
    await company.goto(url(`/mijn/opdrachten/${awardIds[0]}`));
    await expect(text(company)).resolves.toContain('De meetresultaten van de tweede proef ontbreken');
    await company.click('a:has-text("Opnieuw indienen")');
    await expect(text(company)).resolves.toContain('De opdrachtgever wees de vorige versie af');
    await company.fill('#summary', 'Eindrapport versie 1.1, met de meetresultaten van beide proeven.');
    await company.click('button:has-text("Indienen")');
    await expect(text(company)).resolves.toContain('Uw resultaat is ingediend.');

    await buyer.goto(url(`/beheer/opdrachten/${awardIds[0]}/mijlpalen/1/beoordelen`));
    await buyer.check('#outcome-0');
    await buyer.click('button:has-text("Beoordeling vastleggen")');
    await expect(text(buyer)).resolves.toContain('Goedgekeurd, te factureren');
    // The company invoices it: its own XML breaks rules (named in plain words at the file), then the
    // site drafts one.
    await company.goto(url(`/mijn/opdrachten/${awardIds[0]}`));
    await company.click('a:has-text("Factuur indienen")');
    await checkPage(company, 'contracts-07a-invoice-form');
    await company.setInputFiles('#ubl', {
      name: 'factuur.xml',
      mimeType: 'application/xml',
      buffer: readFileSync('test/fixtures/peppol/base-example.xml'),
    });
    await company.click('button:has-text("Factuur indienen")');
    await company.locator('#ubl-error').waitFor();
    await expect(company.locator('#ubl-error').textContent()).resolves.toContain(
      'IM-04 (innovatiemarkt): Het te betalen bedrag moet precies het bedrag van de mijlpaal zijn',
    );
    await checkPage(company, 'contracts-07b-invoice-refused');
    await company.fill('#invoiceNumber', 'F-2027-001');
    await company.fill('#iban', 'NL91 ABNA 0417 1643 00');
    await company.fill('#vatNumber', 'NL123456782B01');
    await company.fill('#supplierStreet', 'Havenstraat 1');
    await company.fill('#supplierPostcode', '3011 AA');
    await company.fill('#supplierCity', 'Rotterdam');
    // The buyer's address is the register's: shown, not asked.
    expect(await company.locator('#buyerStreet').count()).toBe(0);
    await expect(text(company)).resolves.toContain('Provincie Zuid-Holland, Postbus 90602, 2509 LP Den Haag');
    await company.click('button:has-text("Factuur opstellen en indienen")');
    await expect(text(company)).resolves.toContain('Uw factuur voldoet aan de regels en is ingediend.');
    await expect(text(company)).resolves.toContain('Gefactureerd, te betalen');

    await buyer.goto(url(`/beheer/opdrachten/${awardIds[0]}`));
    await buyer.click('a:has-text("Betaling vastleggen")');
    await expect(text(buyer)).resolves.toContain('Factuur F-2027-001');
    const xml = await Promise.all([
      buyer.waitForEvent('download'),
      buyer.click('a:has-text("Factuur downloaden")'),
    ]).then(([download]) => download.path());
    expect(readFileSync(xml!, 'utf8')).toContain('<cbc:ID>F-2027-001</cbc:ID>');
    expect(readFileSync(xml!, 'utf8')).toContain('<cbc:StreetName>Postbus 90602</cbc:StreetName>');
    await checkPage(buyer, 'contracts-07-payment');
    // The form offers today (by the site's clock); emptied, it is refused at the field.
    const paidOn = await buyer.inputValue('#paidOn');
    expect(paidOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await buyer.fill('#paidOn', '');
    await buyer.fill('#reference', 'PZH-2027-000123');
    await buyer.click('button:has-text("Betaling vastleggen")');
    await buyer.locator('#paidOn-error').waitFor();
    expect(await buyer.inputValue('#reference')).toBe('PZH-2027-000123');
    await buyer.fill('#paidOn', paidOn);
    await buyer.click('button:has-text("Betaling vastleggen")');
    await expect(text(buyer)).resolves.toContain('De betaling is vastgelegd');
    await expect(text(buyer)).resolves.toContain('€\u00a049.999,99');
    await checkPage(buyer, 'contracts-08-buyer-paid');

    // The company sees it paid, in English too.
    await company.goto(url(`/taal/en?terug=/mijn/opdrachten/${awardIds[0]}`));
    await expect(text(company)).resolves.toContain('Paid on');
    await checkPage(company, 'contracts-09-company-paid-en');
  });

  it('the buyer sets another contract’s payment schedule; amounts that do not add up are refused', async () => {
    const buyer = await signedIn('buyer', ORGS.zuidHolland.oin);
    await buyer.goto(url(`/beheer/opdrachten/${awardIds[1]}`));
    await buyer.click('a:has-text("Betaalschema aanpassen")');
    await checkPage(buyer, 'contracts-10-schedule');
    const dueDates = await buyer.inputValue('#dueDate-1');
    await buyer.fill('#deliverable-1', 'Tussenrapport: plan en eerste metingen');
    await buyer.fill('#amount-1', '20.000');
    await buyer.fill('#deliverable-2', 'Eindrapport');
    await buyer.fill('#dueDate-2', dueDates);
    await buyer.fill('#amount-2', '20.000'); // together € 40.000, not the € 49.999,99 awarded
    await buyer.click('button:has-text("Betaalschema vastleggen")');
    await buyer.locator('#amount-2-error').waitFor();
    await expect(buyer.locator('.im-error-summary').textContent()).resolves.toContain(
      'gegund is €\u00a049.999,99',
    );
    expect(await buyer.inputValue('#deliverable-2')).toBe('Eindrapport');
    await checkPage(buyer, 'contracts-11-schedule-with-error');
    await buyer.fill('#amount-2', '29.999,99');
    await buyer.click('button:has-text("Betaalschema vastleggen")');
    await expect(text(buyer)).resolves.toContain('Het betaalschema is vastgelegd.');
    await expect(text(buyer)).resolves.toContain('€\u00a029.999,99');
  });

  it('the co-funder’s officer reads the payments register and its settlement statement', async () => {
    await app.api.runtime.settle();
    const officer = await signedIn('officer', ORGS.ezk.oin);
    await officer.goto(url(`/rapporten/betalingen?jaar=${THIS_YEAR}`));
    await expect(text(officer)).resolves.toContain('PZH-2027-000123');
    await checkPage(officer, 'contracts-12-payments-register');
    await officer.goto(url('/rapporten/verrekening'));
    await expect(text(officer)).resolves.toContain('Te betalen aan Provincie Zuid-Holland');
    await expect(text(officer)).resolves.toContain('Nog niet verrekend.');
    await checkPage(officer, 'contracts-13-settlement');
    // The statement's total is EZK's half of the payment, exact to the cent.
    const contract = await expectStatus(
      app.api.request(routes.getContract, { token: setup.buyer, params: { awardId: awardIds[0]! } }),
      200,
    );
    const ezkPart = contract.funders.find((f) => f.funderOin === ORGS.ezk.oin)!.paidCents;
    await expect(text(officer)).resolves.toContain(
      new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(ezkPart / 100),
    );
  });
});
