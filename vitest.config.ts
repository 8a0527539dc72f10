import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest's default is one worker less than the cores: one worker on these 2-core machines. The
// integration files mostly wait on DynamoDB Local (its own process), so two run side by side
// here: 9.6 → 7.5 min for that project, measured. The browser journeys too, after the others.
const defaultWorkers = Math.max(availableParallelism() - 1, 1);

/**
 * Tests by kind. `unit` and `contract` need nothing running; `integration` talks to DynamoDB
 * Local (started once per run by the global setup); `infra` synthesizes the CDK app.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: Math.max(defaultWorkers, 2),
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'ERROR' },
    projects: [
      // The site's form mappings are tested beside them, in their page folders.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'web/**/*.test.ts'] } },
      { extends: true, test: { name: 'contract', include: ['test/contract/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/dynamodb-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The web site in a real Chromium (npm's @sparticuz/chromium, or CHROMIUM_PATH) against
          // the marketplace on DynamoDB Local; screenshots land in test-results/screenshots/.
          name: 'browser',
          // After the others, two files at a time: each waits on its browser and its marketplace.
          // Beside the integration files as well it was 80 s faster in one run, but a timeout on a
          // busy CI machine costs more than that.
          sequence: { groupOrder: 1 },
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/dynamodb-global-setup.ts', 'test/support/browser-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
