import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config.ts';

/**
 * One document client per process, created on first use (not per invocation). The endpoint comes
 * from the SDK's own `AWS_ENDPOINT_URL_DYNAMODB` so the local runtime needs no special code path.
 */
let documentClient: DynamoDBDocumentClient | undefined;
let observer: ((command: string, input: Record<string, unknown>) => void) | undefined;

export function db(): DynamoDBDocumentClient {
  if (!documentClient) {
    const maxSockets = config.dynamoMaxSockets();
    const client = new DynamoDBClient({
      requestHandler: {
        httpAgent: { keepAlive: true, maxSockets },
        httpsAgent: { keepAlive: true, maxSockets },
      },
    });
    documentClient = DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
    documentClient.middlewareStack.add(
      (next, context) => async (args) => {
        observer?.(context.commandName ?? '', args.input as Record<string, unknown>);
        return next(args);
      },
      { step: 'initialize', name: 'observeCommands' },
    );
  }
  return documentClient;
}

/** The local runtime watches every command (least-privilege check); in Lambda nobody does. */
export function observeCommands(next: typeof observer): void {
  observer = next;
}

/** Replace the client (fault-injection tests wrap it; the local runtime points it at DynamoDB Local). */
export function setDb(client: DynamoDBDocumentClient | undefined): void {
  documentClient = client;
}

export const tableName = (): string => config.tableName();
