import { chromiumPath } from './browser.ts';

/** Unpacks the browser once per run, before the browser test files start in parallel. */
export default async function setup() {
  await chromiumPath();
}
