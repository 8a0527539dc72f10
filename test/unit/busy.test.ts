import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLAIMS, scopeFor } from '#shared/auth/caller.ts';
import { setDb } from '#shared/db/client.ts';
import { queryAll } from '#shared/db/store.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { proposalRoutes } from '#shared/proposals/routes.ts';

/*
 * Issue #34, point 4: a database that times out, throttles beyond the SDK's retries or drops the
 * connection is a 503 with Retry-After — a client may try again — never a 500.
 */
const handler = httpHandler([
  implement(proposalRoutes.myProposals, async () => {
    await queryAll({ partition: 'COMPANY#12345678' });
    return { body: { items: [] } };
  }),
]);
const event = {
  version: '2.0',
  routeKey: 'GET /me/proposals',
  rawPath: '/me/proposals',
  headers: {},
  requestContext: {
    requestId: 'busy-test',
    authorizer: {
      jwt: {
        claims: {
          sub: 'sme-tester',
          [CLAIMS.role]: 'sme',
          [CLAIMS.org]: '12345678',
          [CLAIMS.assurance]: 'eh3',
          scope: scopeFor('sme'),
        },
        scopes: [scopeFor('sme')],
      },
    },
  },
};
const fault = (name: string, code?: string) =>
  Object.assign(new Error(`${name} injected`), { name, ...(code ? { code } : {}) });

describe('a busy or unreachable database', () => {
  const document = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
  const mock = mockClient(document);
  beforeEach(() => {
    process.env.TABLE_NAME = 't';
    mock.reset();
    setDb(document);
    // The failures are logged as errors, as they should be; not into the test output.
    for (const stream of [process.stdout, process.stderr]) vi.spyOn(stream, 'write').mockReturnValue(true);
    for (const method of ['error', 'warn', 'info'] as const) vi.spyOn(console, method).mockReturnValue();
  });
  afterEach(() => {
    setDb(undefined);
    vi.restoreAllMocks();
  });

  it.each([
    ['a request timeout', fault('TimeoutError')],
    ['throttling after the retries', fault('ProvisionedThroughputExceededException')],
    ['a dropped connection', fault('Error', 'ECONNRESET')],
  ])('%s answers 503 busy with Retry-After, not 500', async (_name, error) => {
    mock.on(QueryCommand).rejects(error);
    const response = await handler(event as never, {} as never);
    expect(response.statusCode).toBe(503);
    expect(response.headers?.['retry-after']).toBe('2');
    expect(response.headers?.['content-type']).toBe('application/problem+json');
    const problem = JSON.parse(response.body!) as { type: string; detail: string };
    expect(problem.type).toMatch(/\/busy$/);
    expect(problem.detail).toContain('read before you repeat it');
  });

  it('a request still running when its time is nearly up is answered 503 busy by the handler, not cut off as a 500', async () => {
    mock
      .on(QueryCommand)
      .callsFake(() => new Promise((resolve) => setTimeout(() => resolve({ Items: [] }), 2_000)));
    const started = Date.now();
    // 1.2 s left: the handler keeps 1 s back to answer in.
    const response = await handler(event as never, { getRemainingTimeInMillis: () => 1_200 } as never);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(response.statusCode).toBe(503);
    expect(response.headers?.['retry-after']).toBe('2');
    expect(JSON.parse(response.body!).type).toMatch(/\/busy$/);
  });

  it('an error of our own stays a 500 that says nothing of its cause', async () => {
    mock.on(QueryCommand).rejects(new TypeError('x is not a function'));
    const response = await handler(event as never, {} as never);
    expect(response.statusCode).toBe(500);
    expect(response.headers?.['retry-after']).toBeUndefined();
    expect(response.body).not.toContain('x is not a function');
  });
});
