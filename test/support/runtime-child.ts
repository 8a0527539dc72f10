/**
 * The local runtime as a process of its own, for tests that kill it (`SIGKILL`) and start it
 * again on the same data: `tsx test/support/runtime-child.ts <stateDir>`. It persists as
 * `npm start` does (DynamoDB Local with its data folder, the stream checkpoint, the mailbox) and
 * prints one line of JSON when it answers. `[deliveryDelayMs]` slows every delivery of an event,
 * as a loaded system is slow, so a crash finds deliveries under way.
 */
import { startRuntime } from '#infra/local/runtime.ts';
import { fundThisYear, registerOrganisations } from './fixtures.ts';

const stateDir = process.argv[2];
if (!stateDir) throw new Error('usage: runtime-child.ts <stateDir> [deliveryDelayMs]');
const delay = Number(process.argv[3] ?? 0);
const runtime = await startRuntime({
  stateDir,
  port: 0,
  pollIntervalMs: 20,
  autoSchedule: false,
  ...(delay > 0 ? { beforeDelivery: () => new Promise((resolve) => setTimeout(resolve, delay)) } : {}),
});
if (runtime.freshTable) {
  await registerOrganisations();
  await fundThisYear();
}
process.stdout.write(`${JSON.stringify(runtime.describe())}\n`);
