import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDb } from '#shared/db/client.ts';
import { transact } from '#shared/db/store.ts';
import { DomainError, unprocessable } from '#shared/platform/errors.ts';

/** DynamoDB Local never raises transaction conflicts or throttles: inject them here. */
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

const write = (name: string) => ({
  item: { Put: { TableName: 't', Item: { pk: name, sk: name } } },
  onConditionFailed: () => unprocessable('envelope-exhausted', `${name} has no room`),
});

describe('transactions under faults', () => {
  const document = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
  const mock = mockClient(document);
  beforeEach(() => {
    process.env.TABLE_NAME = 't';
    mock.reset();
    setDb(document);
  });
  afterEach(() => setDb(undefined));

  it('a transaction conflict is retried and then succeeds', async () => {
    mock
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled('None', 'TransactionConflict'))
      .rejectsOnce(cancelled('TransactionConflict'))
      .resolves({});
    await expect(transact([write('a'), write('b')])).resolves.toBeUndefined();
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(3);
  });

  it('throttling is retried too', async () => {
    mock
      .on(TransactWriteCommand)
      .rejectsOnce(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }))
      .resolves({});
    await transact([write('a')]);
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it('a failed condition is a business answer: not retried, named after the item that failed', async () => {
    mock.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));
    const error = await transact([write('a'), write('b')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).detail).toBe('b has no room');
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(1);
  });

  it('gives up after its attempts when conflicts persist, with a 409 the caller may retry', async () => {
    mock.on(TransactWriteCommand).rejects(cancelled('TransactionConflict'));
    const error = await transact([write('a')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).type).toBe('concurrent-change');
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(10);
  });
});
