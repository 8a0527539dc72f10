import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '#infra/local/seed.ts';
import { launchBrowser, mainText } from '../support/browser.ts';
import { checkPage, startTestSite, type TestSite } from '../support/site.ts';

/**
 * E-mail in the browser: a company chooses its settings (a wrong address refused at the field,
 * what was typed kept), saves a search, a matching call is published, the message arrives in the
 * local mailbox, and its unsubscribe link asks once and then stops that kind.
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
const KVK = '60000042';
const ADDRESS = `sme-${KVK}@demo.innovatiemarkt.nl`;
const main = mainText;

async function signedIn(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url('/inloggen'));
  await page.selectOption('#role', 'sme');
  await page.fill('#org', KVK);
  await page.click('button:has-text("Inloggen") >> nth=-1');
  return page;
}

describe('e-mail', () => {
  it('a company sets its e-mail, saves a search, gets the matching call, and unsubscribes with one click', async () => {
    const page = await signedIn();
    await page.click('nav a:has-text("E-mail")');
    await checkPage(page, 'mail-01-settings');

    // A wrong address: refused at its field, the rest kept.
    await page.fill('#email', 'geen adres');
    await page.check('#language-1'); // English
    await page.click('button:has-text("Instellingen opslaan")');
    await expect(page.locator('#email-error').textContent()).resolves.toContain('e-mailadres');
    expect(await page.inputValue('#email')).toBe('geen adres');
    expect(await page.isChecked('#language-1')).toBe(true);
    await checkPage(page, 'mail-02-settings-with-error');
    await page.fill('#email', '');
    await page.check('#language-0'); // Dutch after all
    await page.click('button:has-text("Instellingen opslaan")');
    await expect(main(page)).resolves.toContain('Uw e-mailinstellingen zijn opgeslagen.');

    // A search without any filter is refused at the field; with a theme it is saved.
    await page.fill('#name', 'Zorg');
    await page.click('button:has-text("Zoekopdracht bewaren")');
    await page.locator('#themes-error').waitFor();
    expect(await page.inputValue('#name')).toBe('Zorg');
    await page.check('input[name="themes"][value="zorg-gezondheid"]');
    await page.click('button:has-text("Zoekopdracht bewaren")');
    await expect(main(page)).resolves.toContain('De zoekopdracht is bewaard.');
    await expect(page.locator('table').textContent()).resolves.toContain('Zorg en gezondheid');
    await checkPage(page, 'mail-03-saved-search');

    // Zuid-Holland publishes a care call (its own money only).
    const token = await app.api.as('buyer', DEMO_ORGANISATIONS.zuidHolland.oin);
    const draft = await app.api.call('POST', '/challenges', {
      token,
      body: {
        instrument: 'sbir',
        title: { nl: 'SBIR Zorg dichtbij' },
        description: { nl: 'Zorg thuis met minder handen.' },
        theme: 'zorg-gezondheid',
        cpvCodes: ['73000000-2'],
        funders: [{ oin: DEMO_ORGANISATIONS.zuidHolland.oin, shareBasisPoints: 10_000 }],
        phases: [
          {
            number: 1,
            budgetCents: 10_000_000,
            plannedContracts: 2,
            durationMonths: 6,
            submissionDeadline: new Date(Date.now() + 40 * 86_400_000).toISOString(),
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    expect((await app.api.call('POST', `/challenges/${draft.body.id}/publish`, { token })).status).toBe(200);
    await app.api.runtime.settle();

    // The listing's Atom feed for the same filter has it, and nothing of another theme.
    const feed = await fetch(url('/oproepen/feed.atom?thema=zorg-gezondheid'));
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const atom = await feed.text();
    expect(atom).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    expect(atom).toContain(`<id>${app.site.url}/oproepen/${draft.body.id}</id>`);
    expect(atom).toContain('<title>SBIR Zorg dichtbij</title>');
    expect(atom).not.toContain('term="energietransitie-duurzaamheid"');
    await page.goto(url('/oproepen?thema=zorg-gezondheid'));
    expect(await page.getAttribute('a:has-text("nieuwslezer")', 'href')).toBe(
      '/oproepen/feed.atom?thema=zorg-gezondheid',
    );

    await page.goto(url('/lokaal/post'));
    await expect(main(page)).resolves.toContain('Nieuwe oproep: SBIR Zorg dichtbij');
    await checkPage(page, 'mail-04-local-mailbox');
    const message = app.api.runtime.mailbox.messages().find((m) => m.to.includes(ADDRESS))!;
    expect(message.subject).toBe('Nieuwe oproep: SBIR Zorg dichtbij');
    const link = message.headers['list-unsubscribe']!.replace(/^<|>$/g, '');

    // The link asks; the button unsubscribes.
    const visitor = await (await browser.newContext()).newPage();
    // The link points at the site that runs (not a fixed port), as any link in an e-mail does.
    expect(link.startsWith(`${app.site.url}/`)).toBe(true);
    await visitor.goto(link);
    await expect(main(visitor)).resolves.toContain('Wilt u geen e-mail meer over');
    await checkPage(visitor, 'mail-05-unsubscribe');
    await visitor.click('button:has-text("Afmelden")');
    await expect(main(visitor)).resolves.toContain('U bent afgemeld.');

    await page.goto(url('/mijn/e-mail'));
    expect(await page.isChecked('input[name="on"][value="new-call"]')).toBe(false);
  });

  it('takes the one-click POST of a mail client (RFC 8058), without cookies or form token', async () => {
    const message = app.api.runtime.mailbox.messages().find((m) => m.to.includes(ADDRESS))!;
    const link = new URL(message.headers['list-unsubscribe']!.replace(/^<|>$/g, ''));
    const response = await fetch(`${app.site.url}${link.pathname}${link.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    const forged = await fetch(
      `${app.site.url}${link.pathname}${link.search.replace(/t=[^&]+/, `t=${'A'.repeat(32)}`)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      },
    );
    expect(forged.status).toBe(400);
  });

  it('the programme office reads its settings in English and turns the weekly digest off', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url('/inloggen'));
    await page.click('button:has-text("Programmabureau (EZK)")');
    await page.click('a[hreflang=en]');
    await page.goto(url('/mijn/e-mail'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const digest = page.locator('input[name="on"][value="weekly-digest"]');
    expect(await digest.isChecked()).toBe(true);
    await expect(main(page)).resolves.toContain(
      'The Monday digest: overdue follow-ups and envelopes above 90% use',
    );
    await expect(main(page)).resolves.not.toContain('saved searches'); // a company's kinds, not the office's
    await checkPage(page, 'mail-06-programme-settings-en');
    await digest.uncheck();
    await page.click('button:has-text("Save settings")');
    await expect(main(page)).resolves.toContain('Your e-mail settings have been saved.');
    expect(await page.locator('input[name="on"][value="weekly-digest"]').isChecked()).toBe(false);
    await context.close();
  });
});
