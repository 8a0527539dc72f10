import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import type { Runtime } from './runtime.ts';
import type { LocalSite } from './site.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** `npm start [-- --port N] [--web-port N] [--broker-port N] [--in-memory] [--no-seed]`: the whole marketplace on localhost. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3000' },
    'web-port': { type: 'string', default: '3001' },
    'broker-port': { type: 'string', default: '3002' },
    'in-memory': { type: 'boolean', default: false },
    'no-seed': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: npm start [-- --port 3000] [--web-port 3001] [--broker-port 3002] [--in-memory] [--no-seed]',
  );
  process.exit(0);
}

const portOf = (flag: string, value: string) => {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`--${flag} must be a port number, got ${value}`);
    process.exit(2);
  }
  return port;
};
const port = portOf('port', values.port);
const webPort = portOf('web-port', values['web-port']);
const brokerPort = portOf('broker-port', values['broker-port']);

// Signals are handled from the first moment: Ctrl-C during start-up must not orphan DynamoDB Local
// (process.exit runs the exit hook that kills it).
let runtime: Runtime | undefined;
let site: LocalSite | undefined;
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping…');
  await site?.stop();
  await runtime?.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const started = Date.now();
// Java first: DynamoDB Local boots while the marketplace's modules load.
let dynamo: Promise<DynamoDbLocal> | undefined = startDynamoDbLocal({
  quickBoot: true,
  ...(values['in-memory'] ? {} : { dataDir: path.join(PROJECT_ROOT, '.local', 'dynamodb') }),
});
dynamo.catch(() => {}); // reported where it is awaited
try {
  const [{ startRuntime }, { seedDemoData }, { startLocalSite }] = await Promise.all([
    import('./runtime.ts'),
    import('./seed.ts'),
    import('./site.ts'),
  ]);
  // Deadlines are played once the demo data is in: seeding moves the clock through past years.
  runtime = await startRuntime({
    port,
    brokerPort,
    inMemory: values['in-memory'],
    dynamoLocal: dynamo,
    autoSchedule: false,
    // Seeding alone first, then the events it wrote in one go (faster than consumers racing the seed).
    autoRelay: false,
    startReady: false,
  });
  // Tells `npm run redrive` where this marketplace's database listens.
  writeFileSync(path.join(PROJECT_ROOT, '.local', 'runtime.json'), JSON.stringify(runtime.describe()));
  let seeded = false;
  if (!values['no-seed']) {
    seeded = await seedDemoData();
    await runtime.settle();
  }
  runtime.relay.start();
  runtime.scheduler.start();
  runtime.markReady();
  site = await startLocalSite({
    port: webPort,
    apiUrl: runtime.url,
    issuer: runtime.issuer,
    broker: runtime.broker,
    mailbox: runtime.mailbox.messages,
  });
  // Tells `npm run mail` where this marketplace's mailbox is read.
  writeFileSync(path.join(PROJECT_ROOT, '.local', 'mailbox.json'), JSON.stringify({ siteUrl: site.url }));
  console.log(`
innovatiemarkt is running
  web site:  ${site.url}   (sign in as a demo company, buyer, assessor, … at ${site.url}/inloggen)
  broker:    ${runtime.broker.url}  (test broker, OpenID Connect: companies with eHerkenning/eIDAS and invited officials sign in here, from ${site.url}/inloggen)
  API:       ${runtime.url}  (started in ${((Date.now() - started) / 1000).toFixed(1)} s)
  data:      ${values['in-memory'] ? 'in memory (gone when you stop)' : '.local/dynamodb, .local/s3 and .local/mail (persist; delete .local/ to start over)'}
  documents: ${runtime.objects.endpoint}/${runtime.objects.bucket}  (S3 on this machine; presigned URLs are checked as S3 does)
  e-mail:    ${runtime.mailbox.url}  (every message lands here: ${site.url}/lokaal/post, or npm run mail)
  demo data: ${values['no-seed'] ? 'not seeded (--no-seed)' : seeded ? 'seeded from real SBIR calls' : 'already present'}

  curl ${runtime.url}/challenges
  curl ${runtime.url}/openapi.json

  A token (signed by the local dev issuer, valid 8 h):
    npm run token -- --role buyer --org 00000099000000002000     (Provincie Zuid-Holland)
  then: curl -H "Authorization: Bearer <token>" ...

Ctrl-C stops.`);
} catch (error) {
  const details = (error as { extensions?: unknown }).extensions;
  console.error(
    `Could not start: ${(error as Error).message}`,
    details ? JSON.stringify(details, null, 2) : '',
  );
  await site?.stop();
  if (runtime) await runtime.stop();
  else await dynamo?.then((d) => d.stop()).catch(() => {});
  dynamo = undefined;
  process.exit(1);
}
