import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '#infra/local/dynamodb-local.ts';
import { type TableDefinition, tableDefinitionFromCdk } from '#infra/local/tables.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    tableDefinition: TableDefinition;
  }
}

/** One DynamoDB Local for the whole run; each test file makes its own table in it. */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoDbLocal();
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('tableDefinition', await tableDefinitionFromCdk());
  return () => dynamo.stop();
}
