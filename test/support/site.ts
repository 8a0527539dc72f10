import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RuntimeOptions } from '#infra/local/runtime.ts';
import { seedDemoData } from '#infra/local/seed.ts';
import { type LocalSite, startLocalSite } from '#infra/local/site.ts';
import { screenshot } from './browser.ts';
import { startTestRuntime, type TestApi } from './runtime.ts';

/** The marketplace with its demo data and the web site in front of it, as `npm start` runs them. */
export interface TestSite {
  api: TestApi;
  site: LocalSite;
  stop: () => Promise<void>;
}

export async function startTestSite(options: Partial<RuntimeOptions> = {}): Promise<TestSite> {
  // As `npm start`: deadlines are played once the demo data is in (seeding moves the clock).
  const api = await startTestRuntime({ autoSchedule: false, ...options });
  await seedDemoData();
  await api.runtime.settle();
  api.runtime.scheduler.start();
  const site = await startLocalSite({
    port: 0,
    apiUrl: api.runtime.url,
    issuer: api.runtime.issuer,
    broker: api.runtime.broker,
    mailbox: api.runtime.mailbox.messages,
  });
  return {
    api,
    site,
    stop: async () => {
      await site.stop();
      await api.runtime.stop();
    },
  };
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Words that leaked into Dutch pages before (issue #33): English codes, jargon a B1 reader does not
 * know, and terms the site replaced by Dutch ones. Checked on every Dutch page a journey visits.
 */
export const DUTCH_LEAKS: RegExp[] = [
  /\baudit ?trail\b/i,
  /\bauditspoor\b/i,
  /\bAtom-feed\b/i,
  /\blaunching customer\b/i,
  /\bPijplijn\b/,
  /\bKant\b/,
  /\benvelop(pen)?\b/i,
  /\bVingerafdruk\b/i,
  /\bSHA-256\b/,
  /\b(submitted|withdrawn|provisional|terminated|completed|awarded|draft|published)\b/,
  /\b(small|medium|micro|large)\b/,
  /\b[A-Z][a-z]+[A-Z][A-Za-z]+(Recorded|Submitted|Published|Issued)\b/,
];

/** The Dutch leaks on the page, if it is a Dutch page. */
async function dutchLeaks(page: Page): Promise<string[]> {
  if ((await page.getAttribute('html', 'lang')) !== 'nl') return [];
  // The banner, the content and the footer; what companies typed is theirs and is not checked,
  // nor the glossary, which is where the terms that must stay are explained.
  const text = await page.evaluate(`(() => {
    const clone = document.body.cloneNode(true);
    for (const own of clone.querySelectorAll('[lang]:not([lang="nl"]), .im-pre, code, textarea, input, .im-glossary')) own.remove();
    return clone.innerText;
  })()`);
  return DUTCH_LEAKS.flatMap((leak) => String(text).match(leak)?.[0] ?? []);
}

/**
 * Elements whose content overflows their box where nothing scrolls it into view (a table is
 * allowed to scroll inside its wrapper), and whether the page itself is wider than the screen.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    if (document.documentElement.scrollWidth > width + 1)
      found.push('the page is ' + document.documentElement.scrollWidth + ' px wide on a ' + width + ' px screen');
    const scrolls = (el) => {
      for (let at = el; at && at !== document.body; at = at.parentElement) {
        const x = getComputedStyle(at).overflowX;
        if (x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1) continue;
      if (scrolls(el) || el.closest('.im-visually-hidden, script, style, svg')) continue;
      found.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ': ' + (el.textContent ?? '').trim().slice(0, 50));
    }
    return found.slice(0, 10);
  })()`);
}

/** The phone's width the pages are checked at besides the desktop's. */
export const PHONE_WIDTH = 375;

/**
 * What every visited page goes through, at the desktop's width and again at a phone's (375 px):
 * a screenshot for people to look at, axe with the WCAG 2.1 A/AA rules, which must find nothing,
 * no content spilling out of its box outside a scrolling container, and on a Dutch page none of
 * the words that leaked before.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const axe = async () =>
    (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(await axe(), `axe on ${name} (${page.url()})`).toEqual([]);
  expect(await overflowing(page), `overflow on ${name} (${page.url()})`).toEqual([]);
  expect(await dutchLeaks(page), `English or jargon on ${name} (${page.url()})`).toEqual([]);
  const desktop = page.viewportSize();
  if (!desktop || desktop.width <= PHONE_WIDTH) return;
  await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
  try {
    await screenshot(page, `${name}@${PHONE_WIDTH}`);
    expect(await overflowing(page), `overflow on ${name} at ${PHONE_WIDTH} px (${page.url()})`).toEqual([]);
    expect(await axe(), `axe on ${name} at ${PHONE_WIDTH} px (${page.url()})`).toEqual([]);
  } finally {
    await page.setViewportSize(desktop);
  }
}

/** The ids of the WCAG 2.1 A/AA rules axe finds violated on the page. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => v.id).sort();
}

/** Presses Tab until the element `selector` (a Playwright selector) has the focus, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, maxPresses = 150): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await page
      .locator(selector)
      .first()
      .evaluate((element: any) => element === element.ownerDocument.activeElement)
      .catch(() => false);
    if (focused) return;
  }
  throw new Error(`could not reach ${selector} with the keyboard`);
}
