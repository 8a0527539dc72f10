import { CreateTableCommand, type DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { runningFunction } from '#shared/db/access.ts';

/**
 * DynamoDB Local (with its data folder) answers a TransactWriteItems before the transaction is on
 * disk: killed the moment after the answer, it lost 2 to 5 of 100 concurrent transactions here,
 * while it never lost a PutItem. A PutItem after the transaction waits for it to be written
 * (0 lost of 400). So the local runtime answers a transaction only after a PutItem to a small
 * table of its own (no stream, nothing reads it), as DynamoDB itself answers only what is
 * durable. The put is the platform's, not the function's: it runs outside the function's grant.
 */
export function acknowledgeDurableTransactions(client: DynamoDBDocumentClient, fenceTable: string): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      // The document client's command arrives here under the base client's name.
      if (
        context.commandName === 'TransactWriteItemsCommand' ||
        context.commandName === 'TransactWriteCommand'
      )
        await runningFunction.exit(() =>
          client.send(new PutCommand({ TableName: fenceTable, Item: { pk: 'fence' } })),
        );
      return result;
    },
    { step: 'initialize', name: 'acknowledgeDurableTransactions' },
  );
}

/** The fence's table (created once; already there on a restart). */
export async function ensureFenceTable(admin: DynamoDBClient, fenceTable: string): Promise<void> {
  try {
    await admin.send(
      new CreateTableCommand({
        TableName: fenceTable,
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
}
