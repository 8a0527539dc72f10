import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Caller } from '#shared/auth/caller.ts';
import { db, tableName } from '#shared/db/client.ts';
import { ENTITY, keys } from '#shared/db/keys.ts';
import { clock } from '#shared/platform/clock.ts';
import { badRequest, conflict, unprocessable } from '#shared/platform/errors.ts';

/**
 * `Idempotency-Key` on write routes (the IETF httpapi draft, as Stripe and Adyen use it): a client
 * that sends a write again with the same key — after a timeout, a dropped connection, a 503 —
 * gets the first answer back instead of a second write. The key is the caller's own (per person
 * and route), kept a day. A request under way holds the key (a second one gets 409 with
 * Retry-After); the same key with another body is refused (422); a request that failed with 5xx
 * or a thrown error releases the key, so the retry runs (as Powertools' idempotency does).
 */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{8,128}$/;
/** How long an answer is kept for retries (the table's TTL removes it after). */
const KEPT_SECONDS = 24 * 3600;
/** A request that holds its key longer than this died with its process: the key is free again. */
const HELD_SECONDS = 60;
/** Answers larger than this are not kept (a write route's answer is small; the item limit is 400 KB). */
const MAX_KEPT_BYTES = 256 * 1024;

type Answer = APIGatewayProxyStructuredResultV2;

interface Kept {
  status: 'in-progress' | 'completed';
  fingerprint: string;
  startedAt: number;
  answer?: { statusCode: number; headers: Record<string, string>; body: string };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function idempotent(
  givenKey: string | undefined,
  scope: { caller: Caller | undefined; routeKey: string; path: string; body: string },
  run: () => Promise<Answer>,
): Promise<Answer> {
  if (givenKey === undefined) return run();
  if (!KEY_PATTERN.test(givenKey))
    throw badRequest(
      'invalid-idempotency-key',
      'The Idempotency-Key header must be 8 to 128 visible ASCII characters (a UUID will do).',
    );
  const who = scope.caller ? `${scope.caller.org}#${scope.caller.sub}` : 'anonymous';
  const key = keys.idempotency(sha256(`${who}\n${scope.routeKey}\n${scope.path}\n${givenKey}`));
  const fingerprint = sha256(scope.body);
  const now = Math.floor(clock.now().getTime() / 1000);
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...key,
          entity: ENTITY.idempotentRequest,
          status: 'in-progress',
          fingerprint,
          startedAt: now,
          expiresAt: now + KEPT_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR (#status = :held AND startedAt < :stale)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':held': 'in-progress', ':stale': now - HELD_SECONDS },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    return replay(key, fingerprint);
  }
  let answer: Answer;
  try {
    answer = await run();
  } catch (error) {
    await release(key);
    throw error;
  }
  const status = answer.statusCode ?? 200;
  const body = typeof answer.body === 'string' ? answer.body : '';
  if (status >= 500 || Buffer.byteLength(body) > MAX_KEPT_BYTES) {
    await release(key);
    return answer;
  }
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: key,
      UpdateExpression: 'SET #status = :completed, answer = :answer',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':completed': 'completed',
        ':answer': { statusCode: status, headers: stringHeaders(answer.headers), body },
      },
    }),
  );
  return answer;
}

async function replay(key: ReturnType<typeof keys.idempotency>, fingerprint: string): Promise<Answer> {
  const kept = (await db().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true })))
    .Item as Kept | undefined;
  if (kept && kept.fingerprint !== fingerprint)
    throw unprocessable(
      'idempotency-key-reused',
      'This Idempotency-Key was used for a request with another body; use a new key for a new request.',
    );
  if (!kept?.answer)
    throw conflict(
      'request-in-progress',
      'A request with this Idempotency-Key is still being handled; try again in a few seconds.',
    );
  return {
    statusCode: kept.answer.statusCode,
    headers: { ...kept.answer.headers, 'idempotent-replayed': 'true' },
    body: kept.answer.body,
  };
}

async function release(key: ReturnType<typeof keys.idempotency>): Promise<void> {
  await db()
    .send(new DeleteCommand({ TableName: tableName(), Key: key }))
    .catch(() => {
      // Not released: the key frees itself after HELD_SECONDS.
    });
}

function stringHeaders(headers: Answer['headers']): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {}))
    if (name !== 'x-correlation-id') kept[name] = String(value);
  return kept;
}
