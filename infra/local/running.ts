import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../constructs/marketplace-function.ts';
import { LOCAL_AWS } from './dynamodb-local.ts';

/**
 * For command-line tools: point the shared code at the database of the running local
 * marketplace (`npm start` writes where it listens to .local/runtime.json).
 */
export function connectToRunningMarketplace(): { dynamoEndpoint: string; tableName: string } {
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
  return runtime;
}
