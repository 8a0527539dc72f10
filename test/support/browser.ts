import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * A Chromium that npm installs (`@sparticuz/chromium`), or the one named by `CHROMIUM_PATH`.
 * `executablePath()` unpacks into `$TMPDIR/chromium` and reuses whatever is there, even a
 * half-written file: so it unpacks into a folder of its own per version, with a marker written
 * last, and `--single-process` is dropped (the browser would die with its first context).
 */
const CHROMIUM_VERSION = '143.0.4';

export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const dir = path.join(tmpdir(), `innovatiemarkt-chromium-${CHROMIUM_VERSION}`);
  const marker = path.join(dir, '.unpacked');
  const binary = path.join(dir, 'chromium');
  if (existsSync(marker) && existsSync(binary)) return binary;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    const unpacked = await sparticuz.executablePath();
    writeFileSync(marker, unpacked);
    return unpacked;
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromiumPath();
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const args = process.env.CHROMIUM_PATH
    ? ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
    : sparticuz.args.filter((arg) => arg !== '--single-process');
  return chromium.launch({ executablePath, args, headless: true });
}

/** Where every browser test saves a screenshot of each page it visits (for people to look at). */
export const SCREENSHOT_DIR = path.join(process.cwd(), 'test-results', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** The main text of the page once it has loaded (a click does not wait for the next page to load). */
export async function mainText(page: Page): Promise<string> {
  await page.waitForLoadState('load');
  return (await page.locator('main').textContent()) ?? '';
}
