import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config.ts';

/**
 * One document client per process, created on first use (not per invocation). The endpoint comes
 * from the SDK's own `AWS_ENDPOINT_URL_DYNAMODB` so the local runtime needs no special code path.
 */
let documentClient: DynamoDBDocumentClient | undefined;

export function db(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return documentClient;
}

/** Replace the client (fault-injection tests wrap it; the local runtime points it at DynamoDB Local). */
export function setDb(client: DynamoDBDocumentClient | undefined): void {
  documentClient = client;
}

export const tableName = (): string => config.tableName();
