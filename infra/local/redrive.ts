import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../constructs/marketplace-function.ts';
import { LOCAL_AWS } from './dynamodb-local.ts';

/**
 * `npm run redrive [-- --rule Name] [--list]`: shows or re-drives the dead letters of the running
 * local marketplace (`npm start` writes where its database listens to .local/runtime.json).
 */
const { values } = parseArgs({
  options: { rule: { type: 'string' }, list: { type: 'boolean', default: false } },
});
const file = path.join(PROJECT_ROOT, '.local', 'runtime.json');
if (!existsSync(file)) {
  console.error('No running marketplace found (.local/runtime.json is missing): start it with npm start.');
  process.exit(1);
}
const runtime = JSON.parse(readFileSync(file, 'utf8')) as { dynamoEndpoint: string; tableName: string };
Object.assign(process.env, {
  AWS_REGION: LOCAL_AWS.region,
  AWS_ACCESS_KEY_ID: LOCAL_AWS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: LOCAL_AWS.secretAccessKey,
  AWS_ENDPOINT_URL_DYNAMODB: runtime.dynamoEndpoint,
  TABLE_NAME: runtime.tableName,
});
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
