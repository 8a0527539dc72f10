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
 * What every visited page goes through: a screenshot for people to look at, and axe with the
 * WCAG 2.1 A/AA rules, which must find nothing.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${name} (${page.url()})`,
  ).toEqual([]);
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
