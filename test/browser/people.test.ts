import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTotp } from '#infra/local/broker.ts';
import { DEMO_ORGANISATIONS } from '#infra/local/seed.ts';
import { launchBrowser, mainText, screenshot } from '../support/browser.ts';
import { checkPage, startTestSite, type TestSite } from '../support/site.ts';

/*
 * Issue #36, points 3–6 in the browser: the programme office invites Zuid-Holland's first
 * administrator; the administrator invites a buyer and an assessor; the buyer invites an outside
 * expert and names the committee by picking names; the assessor and the expert are told without
 * ever having signed in; a revoked buyer is signed out and cannot sign in again. Officials sign in
 * through the local broker with password and TOTP, as through Cognito in AWS.
 */
let app: TestSite;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // Short tokens: a page after the first second renews the session (and finds a revocation).
  [app, browser] = await Promise.all([startTestSite({ brokerAccessTokenSeconds: 61 }), launchBrowser()]);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.stop();
});

const url = (path: string) => `${app.site.url}${path}`;
const ZH = DEMO_ORGANISATIONS.zuidHolland.oin;
const PASSWORD = 'Zuid-Holland 2027 innoveert!';

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

/** The invitation link in the last e-mail to an address. */
function linkTo(address: string): string {
  const mail = app.api.runtime.mailbox
    .messages()
    .filter((m) => m.to.includes(address))
    .at(-1);
  expect(mail, `an invitation to ${address}`).toBeDefined();
  return /https?:\/\/\S+\/uitnodiging\/\S+/.exec(mail!.text)![0];
}

async function acceptInvitation(address: string, shot?: string) {
  const page = await freshPage();
  await page.goto(linkTo(address));
  if (shot) await checkPage(page, `${shot}-accept`);
  await page.fill('#password', PASSWORD);
  await page.fill('#passwordAgain', PASSWORD);
  await page.click('button:has-text("Account aanmaken")');
  await expect(mainText(page)).resolves.toContain('Uw account is aangemaakt');
  return page;
}

/** Signs an official in through the broker: e-mail, password and the TOTP code. */
async function signInOfficial(page: Page, address: string, password = PASSWORD) {
  await page.goto(url('/inloggen'));
  await page.click('a:has-text("Inloggen als ambtenaar")');
  await page.waitForURL(new RegExp(`^${app.api.runtime.broker.url}/interaction/`));
  await page.fill('#email', address);
  await page.fill('#password', password);
  await page.fill('#code', testTotp().generate());
  await page.click('button:has-text("Inloggen als ambtenaar")');
}

describe('people: invited, named by name, revoked', () => {
  it('runs from the first administrator to a committee picked by name, and a revoked buyer is out', async () => {
    // The programme office invites Zuid-Holland's administrator.
    const office = await freshPage();
    await office.goto(url('/inloggen'));
    await office.click('button:has-text("Programmabureau (EZK)")');
    await office.click('nav a:has-text("Medewerkers")');
    await office.selectOption('#oin', ZH);
    await office.click('button:has-text("Tonen")');
    await office.fill('#name', 'Bea Beheer');
    await office.fill('#email', 'geen-adres');
    await office.click('button:has-text("Uitnodiging versturen")');
    await expect(office.locator('#email-error').textContent()).resolves.toContain('e-mailadres');
    expect(await office.inputValue('#name')).toBe('Bea Beheer');
    await checkPage(office, 'people-01-invite-with-error');
    await office.fill('#email', 'beheer@zuid-holland.example');
    await office.click('button:has-text("Uitnodiging versturen")');
    await expect(mainText(office)).resolves.toContain('De uitnodiging is verstuurd');
    await expect(mainText(office)).resolves.toContain('beheer@zuid-holland.example');

    // The administrator accepts (a weak password is refused at its field), signs in, invites two colleagues.
    const invitation = await freshPage();
    await invitation.goto(linkTo('beheer@zuid-holland.example'));
    await invitation.fill('#password', 'kort');
    await invitation.fill('#passwordAgain', 'kort');
    await invitation.click('button:has-text("Account aanmaken")');
    await expect(invitation.locator('#password-error').textContent()).resolves.toContain(
      'ten minste 12 tekens',
    );
    expect(await invitation.inputValue('#password')).toBe(''); // never sent back
    await checkPage(invitation, 'people-02-accept-with-error');
    await invitation.fill('#password', PASSWORD);
    await invitation.fill('#passwordAgain', PASSWORD);
    await invitation.click('button:has-text("Account aanmaken")');
    await expect(mainText(invitation)).resolves.toContain('Uw account is aangemaakt');

    const admin = await freshPage();
    await signInOfficial(admin, 'beheer@zuid-holland.example', 'verkeerd wachtwoord');
    await expect(admin.locator('#email-error').textContent()).resolves.toContain('klopt niet');
    await screenshot(admin, 'people-03-broker-official-refused');
    await signInOfficial(admin, 'beheer@zuid-holland.example');
    await admin.waitForURL(url('/organisatie/medewerkers'));
    // Named as a person, not as an OIN; and not offered to revoke themselves.
    await expect(admin.locator('header').textContent()).resolves.toContain('Bea Beheer');
    await admin.click('nav a:has-text("Medewerkers")');
    for (const [name, email, role] of [
      ['Ina Inkoop', 'inkoop@zuid-holland.example', 'buyer'],
      ['Kees Keurder', 'keurder@zuid-holland.example', 'assessor'],
    ] as const) {
      await admin.fill('#name', name);
      await admin.fill('#email', email);
      await admin.selectOption('#role', role);
      await admin.click('button:has-text("Uitnodiging versturen")');
      await expect(mainText(admin)).resolves.toContain('De uitnodiging is verstuurd');
    }
    await checkPage(admin, 'people-04-members');
    expect(await admin.locator('button[aria-label="Toegang intrekken van Bea Beheer"]').count()).toBe(0);
    await acceptInvitation('inkoop@zuid-holland.example');
    await acceptInvitation('keurder@zuid-holland.example');

    // The buyer signs in, invites an outside expert to a phase's committee, and names it by picking names.
    const token = await app.api.as('buyer', ZH, 'setup');
    const listing = await app.api.call('GET', '/challenges?limit=100');
    const open = listing.body.items.find((i: { title: { nl: string } }) =>
      i.title.nl.startsWith('SBIR Emissievrije binnenvaart'),
    );
    expect(token).toBeTruthy();
    const buyer = await freshPage();
    await signInOfficial(buyer, 'inkoop@zuid-holland.example');
    await buyer.waitForURL(url('/beheer'));
    await buyer.goto(url(`/beheer/oproepen/${open.id}/fase/1/commissie`));
    await buyer.fill('#expertName', 'Prof. Els Expert');
    await buyer.fill('#expertEmail', 'els@universiteit.example');
    await buyer.fill('#expertOrganisation', 'TU Delft');
    await buyer.click('button:has-text("Deskundige uitnodigen")');
    await expect(mainText(buyer)).resolves.toContain('De uitnodiging is verstuurd');
    const expert = await acceptInvitation('els@universiteit.example');
    expect(await expert.textContent('main')).toContain('Uw account is aangemaakt');
    await buyer.reload();
    await buyer.check('label:has-text("Kees Keurder") >> input');
    await buyer.check('label:has-text("Prof. Els Expert") >> input');
    await checkPage(buyer, 'people-05-committee-by-name');
    await buyer.click('button:has-text("Commissie vastleggen")');
    await expect(mainText(buyer)).resolves.toContain('De commissie is vastgelegd');

    // Both were told, though neither has ever signed in.
    await app.api.runtime.settle();
    for (const address of ['keurder@zuid-holland.example', 'els@universiteit.example']) {
      const told = app.api.runtime.mailbox.messages().filter((m) => m.to.includes(address));
      expect(told.length, `mail to ${address}`).toBeGreaterThanOrEqual(2); // the invitation, then the committee
    }

    // The administrator revokes the buyer: the buyer's next page finds the session ended, and
    // signing in again is refused.
    await admin.reload();
    await admin.click('button[aria-label="Toegang intrekken van Ina Inkoop"]');
    await expect(mainText(admin)).resolves.toContain('ingetrokken');
    await buyer.waitForTimeout(1_500);
    await buyer.goto(url('/beheer/oproepen'));
    await expect(buyer.locator('header').textContent()).resolves.toContain('Inloggen');
    await signInOfficial(buyer, 'inkoop@zuid-holland.example');
    await expect(buyer.locator('#email-error').textContent()).resolves.toContain('klopt niet');
  });
});
