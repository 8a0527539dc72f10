import { parseArgs } from 'node:util';
import { connectToRunningMarketplace } from './running.ts';

/**
 * `npm run redrive [-- --rule Name] [--list]`: shows or re-drives the dead letters of the running
 * local marketplace (`npm start` writes where its database listens to .local/runtime.json).
 */
const { values } = parseArgs({
  options: { rule: { type: 'string' }, list: { type: 'boolean', default: false } },
});
connectToRunningMarketplace();
const { listDeadLetters, redriveDeadLetters } = await import('./dead-letters.ts');
if (values.list) {
  const letters = await listDeadLetters(values.rule);
  for (const l of letters)
    console.log(`${l.rule}\t${l.event['detail-type']}\t${l.attempts} attempts\t${l.error}`);
  console.log(`${letters.length} dead letter(s)`);
} else {
  const { redriven, failed } = await redriveDeadLetters(values.rule);
  console.log(`re-drove ${redriven}, ${failed} still failing`);
}
