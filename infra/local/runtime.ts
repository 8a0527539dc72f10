import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { auditTrailQueue, rulePattern, valueAtPath } from '#events/rules.ts';
import {
  eventRules,
  type FunctionId,
  functionCatalogue,
  type HttpFunctionId,
  httpRoutes,
  objectAccessOf,
  tableAccessOf,
} from '#functions/catalogue.ts';
import { setAccounts } from '#shared/auth/accounts.ts';
import type { AssuranceLevel } from '#shared/auth/assurance.ts';
import type { Role } from '#shared/auth/caller.ts';
import { financePaymentMessage, financePaymentsQueue } from '#shared/contracts/finance-queue.ts';
import { denied, keyUses, partitionPrefix, runningFunction } from '#shared/db/access.ts';
import { db, observeCommands, setDb } from '#shared/db/client.ts';
import { ENTITY, keys } from '#shared/db/keys.ts';
import { OUTBOX_STREAM_FILTER } from '#shared/messaging/outbox.ts';
import { setEventLag } from '#shared/platform/event-lag.ts';
import { setMailer } from '#shared/platform/mailer.ts';
import { type ObjectStorePort, objectStore, setObjectStore } from '#shared/platform/object-store.ts';
import { setScheduler } from '#shared/platform/scheduler.ts';
import { PROJECT_ROOT } from '../constructs/marketplace-function.ts';
import { type LocalAccounts, localAccounts } from './accounts.ts';
import { type LocalBroker, startLocalBroker } from './broker.ts';
import { type DevIssuer, loadDevIssuer, signerOf } from './dev-issuer.ts';
import { acknowledgeDurableTransactions, ensureFenceTable } from './durable-transactions.ts';
import { type DynamoDbLocal, LOCAL_AWS, localClientConfig, startDynamoDbLocal } from './dynamodb-local.ts';
import { type BusTarget, LocalEventBus } from './event-bus.ts';
import { matches } from './event-pattern.ts';
import { type FifoMessage, LocalFifoQueue } from './fifo-queue.ts';
import { createGateway, type HttpLambda } from './gateway.ts';
import { type LocalMailbox, startLocalMailbox } from './mailbox.ts';
import { type LocalObjectStore, startLocalObjectStore } from './object-store.ts';
import { LocalScheduler, scheduledContext } from './scheduler.ts';
import { smtpPort } from './smtp-mailer.ts';
import { type RelayPipe, StreamRelay } from './stream-relay.ts';
import { ensureTable, type TableDefinition, tableDefinitionFromDesign } from './tables.ts';

export interface RuntimeOptions {
  /** HTTP port; 0 picks a free one. Default 3000. */
  port?: number;
  /** Where data, keys and checkpoints live. Default `.local/` in the project. */
  stateDir?: string;
  /** Keep the database in memory (nothing persists). */
  inMemory?: boolean;
  /** Use a running DynamoDB (Local) instead of starting one (tests share one per run). */
  dynamoEndpoint?: string;
  /**
   * A DynamoDB Local already being started for this runtime (it owns and stops it): `npm start`
   * starts Java first, so it boots while the modules load.
   */
  dynamoLocal?: Promise<DynamoDbLocal>;
  tableName?: string;
  /** The table definition, if already synthesized (tests synthesize once per run). */
  tableDefinition?: TableDefinition;
  /** Stream polling interval. */
  pollIntervalMs?: number;
  /** Poll the stream continuously (default). Off: events move only on `settle()` (tests that look in between). */
  autoRelay?: boolean;
  /** Fire due schedules on a timer (default). Off: only `scheduler.runDue()` fires them (tests). */
  autoSchedule?: boolean;
  /** Fault injection for tests: throw here to make a rule's delivery fail (or wait, to slow it). */
  beforeDelivery?: (rule: string, event: unknown) => void | Promise<void>;
  /** False: `/health` answers 503 `starting` until `markReady()` (npm start, while it seeds). */
  startReady?: boolean;
  /** The local eHerkenning/eIDAS broker's port (default: any free one). */
  brokerPort?: number;
  /** Its access tokens' lifetime in seconds (default 900, as in AWS; tests of renewal shorten it). */
  brokerAccessTokenSeconds?: number;
  /** Bus retry settings. */
  maxAttempts?: number;
  backoffMs?: number;
}

export interface Runtime {
  url: string;
  port: number;
  tableName: string;
  /** True when the table was created by this start (a fresh database). */
  freshTable: boolean;
  bus: LocalEventBus;
  auditQueue: LocalFifoQueue;
  /**
   * The finance port (an SQS FIFO queue in AWS): what a buyer's finance system would send. Resolves
   * when every message was recorded or, not matching, dead-lettered.
   */
  financePort: { report: (payments: readonly unknown[]) => Promise<void>; queue: LocalFifoQueue };
  relay: StreamRelay;
  scheduler: LocalScheduler;
  issuer: DevIssuer;
  /** The local eHerkenning/eIDAS broker (OpenID Connect), whose tokens the API trusts as Cognito's. */
  broker: LocalBroker;
  /** Officials' accounts (Cognito's part in AWS): created by accepted invitations. */
  accounts: LocalAccounts;
  token: (
    role: Role,
    org: string,
    sub?: string,
    email?: string,
    assurance?: AssuranceLevel,
  ) => Promise<string>;
  /** Where its database listens (for `npm run redrive`). */
  describe: () => { dynamoEndpoint: string; tableName: string; url: string };
  /** The local S3 server (behind its signature check) and its bucket. */
  objects: { endpoint: string; bucket: string };
  /** From now on `/health` says ok. */
  markReady: () => void;
  /** The local SMTP server every e-mail goes to. */
  mailbox: Pick<LocalMailbox, 'url' | 'messages'>;
  /** Waits until every written event has been relayed and delivered. */
  settle: () => Promise<void>;
  stop: () => Promise<void>;
}

type AnyHandler = (event: unknown, context: Context) => Promise<unknown>;

async function loadHandler(id: FunctionId): Promise<AnyHandler> {
  const module = (await import(path.join(PROJECT_ROOT, functionCatalogue[id].entry))) as {
    handler: AnyHandler;
  };
  // Every invocation runs as its function, so its table calls are checked against its grant.
  return async (event, context) => {
    const started = performance.now();
    try {
      return await runningFunction.run(id, () => module.handler(event, context));
    } finally {
      invocationObserver?.(id, performance.now() - started);
    }
  };
}

let invocationObserver: ((id: FunctionId, ms: number) => void) | undefined;
/** The benchmark counts invocations and their duration (Lambda GB-seconds). */
export function observeInvocations(next: typeof invocationObserver): void {
  invocationObserver = next;
}

/** Refuses any table call a function's IAM policy (from the catalogue) would refuse in AWS. */
function enforceLeastPrivilege(command: string, input: Record<string, unknown>): void {
  const id = runningFunction.getStore() as FunctionId | undefined;
  if (!id) return; // the runtime's own plumbing (relay, scheduler, seed), not a function
  const record = process.env.LEAST_PRIVILEGE_RECORD;
  for (const use of keyUses(command, input)) {
    if (record)
      appendFileSync(record, `${JSON.stringify({ id, ...use, prefix: partitionPrefix(use.partition) })}\n`);
    const why = denied(tableAccessOf(id), use);
    if (why && !record) throw new Error(`least privilege: ${id} ${why} (${command})`);
  }
}

/**
 * Refuses any document the function's IAM policy (its key prefixes in the catalogue) would refuse
 * in AWS; presigned URLs act with the signer's rights, so signing is checked too.
 */
export function withDocumentGrants(store: ObjectStorePort): ObjectStorePort {
  const check = (key: string) => {
    const id = runningFunction.getStore() as FunctionId | undefined;
    if (!id) return; // the runtime's own plumbing and the tests, not a function
    if (!objectAccessOf(id).some((prefix) => key.startsWith(prefix)))
      throw new Error(`least privilege: ${id} may not touch document ${key}`);
  };
  return {
    presignPut: async (key, options) => {
      check(key);
      return store.presignPut(key, options);
    },
    presignGet: async (key, options) => {
      check(key);
      return store.presignGet(key, options);
    },
    read: async (key, maxBytes) => {
      check(key);
      return store.read(key, maxBytes);
    },
    promote: async (from, to) => {
      check(from);
      check(to);
      return store.promote(from, to);
    },
    remove: async (key) => {
      check(key);
      return store.remove(key);
    },
  };
}

/**
 * The whole marketplace in one process: DynamoDB Local with the CDK table, the HTTP gateway
 * with the route table, the stream relay and the bus with the CDK rules.
 */
export async function startRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const stateDir = options.stateDir ?? path.join(PROJECT_ROOT, '.local');
  mkdirSync(stateDir, { recursive: true });
  const tableName = options.tableName ?? 'innovatiemarkt';

  const dynamo: DynamoDbLocal | undefined = options.dynamoEndpoint
    ? undefined
    : options.dynamoLocal
      ? await options.dynamoLocal
      : await startDynamoDbLocal(options.inMemory ? {} : { dataDir: path.join(stateDir, 'dynamodb') });
  const endpoint = options.dynamoEndpoint ?? dynamo!.endpoint;

  // Documents: S3 as a local server behind a SigV4 gate, data beside the database's (or in a temporary folder).
  const objects: LocalObjectStore = await startLocalObjectStore(
    options.inMemory || options.dynamoEndpoint ? {} : { dataDir: path.join(stateDir, 's3') },
  );
  // E-mail: a real SMTP server, messages kept beside the database's (or only in memory).
  const mailbox: LocalMailbox = await startLocalMailbox(
    options.inMemory || options.dynamoEndpoint ? {} : { dataDir: path.join(stateDir, 'mail') },
  );
  const issuer = await loadDevIssuer(stateDir);
  // Officials' accounts (Cognito in AWS): created by accepted invitations, used by the broker.
  const officials = localAccounts(options.inMemory || options.dynamoEndpoint ? undefined : stateDir);
  setAccounts(officials);
  const broker = await startLocalBroker({
    accounts: officials,
    port: options.brokerPort ?? 0,
    stateDir,
    audience: issuer.audience,
    ...(options.brokerAccessTokenSeconds ? { accessTokenSeconds: options.brokerAccessTokenSeconds } : {}),
  });
  // Handlers read their settings from the environment, as in Lambda.
  Object.assign(process.env, {
    AWS_REGION: LOCAL_AWS.region,
    AWS_ACCESS_KEY_ID: LOCAL_AWS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    // Every function shares this process's client: sockets for a burst of requests at once.
    DYNAMODB_MAX_SOCKETS: process.env.DYNAMODB_MAX_SOCKETS ?? '256',
    AWS_ENDPOINT_URL_S3: objects.endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    DOCUMENTS_BUCKET: objects.bucket,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    TABLE_NAME: tableName,
    // Two issuers are trusted locally: the dev issuer (npm run token, the demo sign-in) and the
    // broker (companies' sign-in); in AWS the one Cognito user pool.
    TOKEN_ISSUER: `${issuer.issuer},${broker.issuer}`,
    TOKEN_AUDIENCE: issuer.audience,
    TOKEN_JWKS: JSON.stringify({ keys: [...issuer.jwks.keys, ...broker.jwks.keys] }),
    VALIDATE_RESPONSES: 'true',
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
  });
  setDb(undefined);
  setObjectStore(undefined);
  setObjectStore(withDocumentGrants(objectStore()));
  // Mail goes over SMTP to the local mailbox (SES in AWS), behind the same port.
  setMailer(smtpPort(mailbox.url));
  observeCommands(enforceLeastPrivilege);

  const admin = new DynamoDBClient(localClientConfig(endpoint));
  const { streamArn, created } = await ensureTable(
    admin,
    tableName,
    options.tableDefinition ?? tableDefinitionFromDesign(),
  );
  // Persisted data: a transaction is answered once it is on disk (see durable-transactions.ts).
  if (!options.inMemory && !options.dynamoEndpoint) {
    await ensureFenceTable(admin, `${tableName}-fence`);
    acknowledgeDurableTransactions(db(), `${tableName}-fence`);
  }
  admin.destroy();

  const httpHandlers = new Map<HttpFunctionId, HttpLambda>();
  for (const route of httpRoutes) {
    if (!httpHandlers.has(route.function))
      httpHandlers.set(route.function, (await loadHandler(route.function)) as HttpLambda);
  }
  const targets: BusTarget[] = [];
  for (const rule of eventRules) {
    const handler = await loadHandler(rule.target);
    targets.push({
      rule: rule.name,
      pattern: rulePattern(rule),
      invoke: async (event) => {
        await options.beforeDelivery?.(rule.name, event);
        return handler(event, { functionName: rule.target } as Context);
      },
    });
  }
  const deadLetter = async (
    rule: string,
    event: unknown,
    eventId: string,
    attempts: number,
    error: string,
  ) => {
    await db().send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.deadLetter(rule, new Date().toISOString(), eventId),
          entity: ENTITY.deadLetter,
          rule,
          event,
          attempts,
          error,
        },
      }),
    );
  };
  const bus = new LocalEventBus(targets, {
    maxAttempts: options.maxAttempts ?? 4,
    backoffMs: options.backoffMs ?? 50,
    onDeadLetter: async ({ rule, event, attempts, error }) => {
      const eventId = (event.detail as { metadata?: { eventId?: string } })?.metadata?.eventId ?? event.id;
      console.error(
        `[bus] ${rule} gave up on ${event['detail-type']} ${eventId} after ${attempts} attempts: ${error}`,
      );
      await deadLetter(rule, event, eventId, attempts, error);
    },
  });

  // The audit trail's ordered queue, fed from the stream as the second Pipe feeds SQS FIFO in AWS.
  const audit = await loadHandler(auditTrailQueue.target);
  const auditQueue = new LocalFifoQueue(
    async (event) => {
      for (const record of event.Records)
        await options.beforeDelivery?.(auditTrailQueue.name, JSON.parse(record.body));
      return audit(event, { functionName: auditTrailQueue.target } as Context);
    },
    {
      batchSize: auditTrailQueue.batchSize,
      concurrency: auditTrailQueue.concurrency,
      maxReceiveCount: options.maxAttempts ?? auditTrailQueue.maxReceiveCount,
      backoffMs: options.backoffMs ?? 50,
      onDeadLetter: async (message, receiveCount, error) => {
        console.error(
          `[audit queue] gave up on ${message.deduplicationId} after ${receiveCount} receives: ${error}`,
        );
        await deadLetter(
          auditTrailQueue.name,
          JSON.parse(message.body),
          message.deduplicationId,
          receiveCount,
          error,
        );
      },
    },
  );
  const auditPipe: RelayPipe = {
    accept: (records) =>
      auditQueue.send(
        records
          .filter((record) => matches(OUTBOX_STREAM_FILTER, record))
          .map((record): FifoMessage => {
            const group = valueAtPath(record, auditTrailQueue.messageGroupPath);
            return {
              // Outbox items written before items carried their chain: the consumer decides it.
              groupId: typeof group === 'string' ? group : 'unassigned',
              deduplicationId: String(valueAtPath(record, auditTrailQueue.deduplicationPath)),
              body: JSON.stringify(record),
            };
          }),
      ),
    idle: () => auditQueue.idle(),
  };

  // The finance port: the queue buyers' finance systems send their payments to in AWS.
  const finance = await loadHandler(financePaymentsQueue.target);
  const financeQueue = new LocalFifoQueue(
    (event) => finance(event, { functionName: financePaymentsQueue.target } as Context),
    {
      batchSize: financePaymentsQueue.batchSize,
      concurrency: financePaymentsQueue.concurrency,
      maxReceiveCount: financePaymentsQueue.maxReceiveCount,
      backoffMs: options.backoffMs ?? 50,
      onDeadLetter: async (message, receiveCount, error) => {
        console.error(
          `[finance port] gave up on ${message.deduplicationId} after ${receiveCount} receives: ${error}`,
        );
        await deadLetter(
          financePaymentsQueue.name,
          JSON.parse(message.body),
          message.deduplicationId,
          receiveCount,
          error,
        );
      },
    },
  );
  const financePort: Runtime['financePort'] = {
    queue: financeQueue,
    report: async (payments) => {
      await Promise.allSettled(
        payments.map((payment) => {
          const parsed = financePaymentMessage.safeParse(payment);
          // A malformed message still goes in, as a finance system could send it; it is refused there.
          return financeQueue.send([
            parsed.success
              ? {
                  groupId: financePaymentsQueue.messageGroup(parsed.data),
                  deduplicationId: financePaymentsQueue.deduplicationId(parsed.data),
                  body: JSON.stringify(payment),
                }
              : { groupId: 'malformed', deduplicationId: randomUUID(), body: JSON.stringify(payment) },
          ]);
        }),
      );
    },
  };

  // Deadline schedules: the same port the handlers call, backed by timers on the app clock.
  const scheduler = new LocalScheduler(
    async (target, payload) => (await loadHandler(target))(payload, scheduledContext(target)),
    { onError: (error) => console.error('[scheduler]', error) },
  );
  setScheduler(scheduler);
  if (options.autoSchedule !== false) scheduler.start();

  const streams = new DynamoDBStreamsClient(localClientConfig(endpoint));
  const relay = new StreamRelay(streams, streamArn, bus, {
    intervalMs: options.pollIntervalMs ?? 100,
    ...(options.inMemory || options.dynamoEndpoint
      ? {}
      : { checkpointFile: path.join(stateDir, `stream-checkpoint-${tableName}.json`) }),
    pipes: [auditPipe],
    onError: (error) => console.error('[relay]', error),
  });
  if (options.autoRelay !== false) relay.start();
  setEventLag(() => relay.lag());

  let ready = options.startReady !== false;
  const server = createGateway(httpRoutes, httpHandlers, { ready: () => ready });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://localhost:${port}`,
    port,
    tableName,
    freshTable: created,
    bus,
    auditQueue,
    financePort,
    relay,
    scheduler,
    issuer,
    broker,
    accounts: officials,
    describe: () => ({ dynamoEndpoint: endpoint, tableName, url: `http://localhost:${port}` }),
    objects: { endpoint: objects.endpoint, bucket: objects.bucket },
    mailbox: { url: mailbox.url, messages: mailbox.messages },
    token: signerOf(issuer),
    settle: () => relay.drain(),
    markReady: () => {
      ready = true;
    },
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await relay.stop();
      await scheduler.stop();
      await bus.idle();
      await auditQueue.idle();
      await financeQueue.idle();
      streams.destroy();
      await objects.stop();
      await mailbox.stop();
      await broker.stop();
      await dynamo?.stop();
    },
  };
}
