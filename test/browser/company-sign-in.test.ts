import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChain } from '#shared/audit/trail.ts';
import { subscribersOf } from '#shared/notifications/subscribers.ts';
import { launchBrowser, mainText, screenshot } from '../support/browser.ts';
import { checkPage, startTestSite, type TestSite } from '../support/site.ts';

/*
 * Issue #36, points 1, 2 and 6: a company signs in through the local eHerkenning/eIDAS broker — a
 * real OpenID Connect provider, authorization code + PKCE as through Cognito in AWS — with the
 * organisation the broker vouches for, never typed. A new company needs no administrator: it signs
 * in, completes its profile and bids. At EH2+ the bid is refused with a page that explains how to
 * sign in again at EH3; at EH3 it goes through. The session renews its short-lived token.
 */
let app: TestSite;
let browser: Browser;

beforeAll(async () => {
  // Tokens of 61 seconds: every page after the first second renews the session's token.
  [app, browser] = await Promise.all([startTestSite({ brokerAccessTokenSeconds: 61 }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const url = (path: string) => `${app.site.url}${path}`;

/** On the broker's test page: the company (a listed one, or another id typed) and the level. */
async function atBroker(page: Page, company: { listed?: string; other?: string }, level: string) {
  await page.waitForURL(new RegExp(`^${app.api.runtime.broker.url}/interaction/`));
  if (company.listed) await page.check(`input[name=company][value="${company.listed}"]`);
  else {
    await page.check('input[name=company][value=other]');
    await page.fill('#other', company.other ?? '');
  }
  await page.check(`input[name=level][value="${level}"]`);
  await page.click('button:has-text("Inloggen")');
}

async function proposalForm(page: Page) {
  await page.goto(url('/oproepen?status=published'));
  await page.click('a:has-text("Emissievrije binnenvaart")');
  await page.click('a:has-text("Voorstel indienen voor fase 1")');
}

async function fillProposal(page: Page) {
  await page.fill('#summary', 'Een robotarm die walstroomkabels aankoppelt, ook bij laag water.');
  await page.fill(
    '#plan',
    'Drie maanden ontwerp, twee maanden proef in de haven van Nijmegen, één maand rapport.',
  );
  await page.fill('#requestedAmount', '45.000');
  await page.fill('#durationMonths', '6');
}

describe('a company signs in through its eHerkenning or eIDAS broker', () => {
  it('a new company at EH2+ reads and makes its profile; its bid is refused with how to sign in at EH3; at EH3 it bids — no administrator step', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url('/inloggen'));
    await page.click('a:has-text("Inloggen met eHerkenning of eIDAS")');
    // A wrong id is refused at the broker, nothing created; then the new company at EH2+.
    await atBroker(page, { other: '1234' }, 'eh2+');
    await expect(page.locator('#other-error').textContent()).resolves.toContain('KvK-nummer van 8 cijfers');
    await checkPage(page, 'company-01-broker-with-error');
    await atBroker(page, { listed: '69000001' }, 'eh2+');
    await page.waitForURL(url('/mijn'));
    await expect(mainText(page)).resolves.toContain('Er ligt nu niets voor u klaar.');

    // Its first visit: the profile is the company's own to complete (the broker gave the KvK number).
    await page.click('nav a:has-text("Bedrijfsprofiel")');
    await page.fill('#name', 'Nieuwkomer Robotica B.V.');
    await page.fill('#noticeEmail', 'aanbesteding@nieuwkomer-robotica.example');
    await page.fill('#staff', '6');
    await page.fill('#turnover', '700.000');
    await page.fill('#balanceSheet', '300.000');
    await page.click('button:has-text("Opslaan")');
    await expect(mainText(page)).resolves.toContain('Uw bedrijfsprofiel is opgeslagen.');

    // The form says before anything is typed that EH2+ is not enough to send.
    await proposalForm(page);
    await expect(mainText(page)).resolves.toContain('U bent ingelogd op niveau EH2+');
    await checkPage(page, 'company-02-proposal-form-eh2plus');
    await fillProposal(page);
    await page.click('button:has-text("Voorstel indienen")');
    await expect(mainText(page)).resolves.toContain('Log in op een hoger niveau');
    await expect(mainText(page)).resolves.toContain('U bent nu ingelogd op niveau EH2+');
    await checkPage(page, 'company-03-assurance-too-low');

    // Signing in again at EH3 (asked of the broker), back at the form.
    await page.click('a:has-text("Opnieuw inloggen op niveau EH3")');
    await page.waitForURL(new RegExp(`^${app.api.runtime.broker.url}/interaction/`));
    await expect(page.locator('main').textContent()).resolves.toContain('ten minste niveau EH3');
    expect(await page.isChecked('input[name=level][value="eh3"]')).toBe(true);
    await atBroker(page, { listed: '69000001' }, 'eh3');
    await page.waitForURL(/\/voorstel/);
    await expect(mainText(page)).resolves.not.toContain('U bent ingelogd op niveau');
    // A broker names no e-mail address: the profile's address is where the award decision goes.
    await fillProposal(page);
    await page.click('button:has-text("Voorstel indienen")');
    await expect(mainText(page)).resolves.toContain('Voorstel ingediend');
    await page.click('a:has-text("Uw voorstel bekijken")');
    await expect(mainText(page)).resolves.toContain('Een robotarm die walstroomkabels aankoppelt');
    await screenshot(page, 'company-04-submitted-at-eh3');

    // The trail keeps the level with the bid, and the company is the one the broker named.
    await app.api.runtime.settle();
    const listing = await app.api.call('GET', '/challenges?limit=100');
    const call = listing.body.items.find((i: { title: { nl: string } }) =>
      i.title.nl.startsWith('SBIR Emissievrije binnenvaart'),
    );
    const { entries } = await readChain(`challenge:${call.id}`);
    const submitted = entries.filter((e) => e.action === 'ProposalSubmitted' && e.actor.org === '69000001');
    expect(submitted.map((e) => e.actor.assurance)).toEqual(['eh3']);
    // Notices for the company go to its profile's address, whoever signed in for it.
    expect((await subscribersOf('69000001')).map((s) => s.email)).toEqual([
      'aanbesteding@nieuwkomer-robotica.example',
    ]);
    await context.close();
  });

  it('a German company signs in with eIDAS under its EUID; the session renews its short token on the way', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url('/inloggen/bedrijf'));
    await atBroker(page, { listed: 'DEK1101R.HRB116737' }, 'eidas-substantial');
    await page.waitForURL(url('/mijn'));
    const cookie = async () => (await context.cookies()).find((c) => c.name === 'im_session')?.value ?? '';
    const first = await cookie();
    await page.waitForTimeout(1_500); // the 61-second token is now within its last minute
    await page.goto(url('/mijn/bedrijf'));
    await expect(mainText(page)).resolves.toContain('Bedrijfsprofiel');
    const renewed = await cookie();
    expect(renewed).not.toBe(first);
    // Still signed in, as the company the broker named, with a form token that matches.
    await page.fill('#name', 'Rheinwerft GmbH');
    await page.fill('#staff', '30');
    await page.fill('#turnover', '4.000.000');
    await page.fill('#balanceSheet', '2.000.000');
    await page.click('button:has-text("Opslaan")');
    await expect(mainText(page)).resolves.toContain('Uw bedrijfsprofiel is opgeslagen.');
    await checkPage(page, 'company-05-eidas-profile');
    await context.close();
  });
});
