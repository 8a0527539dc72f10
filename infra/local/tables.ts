import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { tableDesign } from '#shared/db/table.ts';

export type TableDefinition = Omit<CreateTableCommandInput, 'TableName'> & { timeToLiveAttribute?: string };

interface CfnTable {
  Type: string;
  Properties: {
    KeySchema: CreateTableCommandInput['KeySchema'];
    AttributeDefinitions: CreateTableCommandInput['AttributeDefinitions'];
    GlobalSecondaryIndexes?: CreateTableCommandInput['GlobalSecondaryIndexes'];
    StreamSpecification?: { StreamViewType: 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY' };
    TimeToLiveSpecification?: { AttributeName: string; Enabled: boolean };
  };
}

/**
 * The table from its design (shared/db/table.ts), as the stateful stack builds it — without
 * synthesizing CDK, which costs seconds at every start. The infra test holds it equal to
 * `tableDefinitionFromCdk()`, so the two cannot drift apart.
 */
export function tableDefinitionFromDesign(): TableDefinition {
  const key = (partitionKey: string, sortKey: string) => [
    { AttributeName: partitionKey, KeyType: 'HASH' as const },
    { AttributeName: sortKey, KeyType: 'RANGE' as const },
  ];
  const indexes = Object.entries(tableDesign.indexes);
  return {
    KeySchema: key(tableDesign.partitionKey, tableDesign.sortKey),
    AttributeDefinitions: [
      tableDesign.partitionKey,
      tableDesign.sortKey,
      ...indexes.flatMap(([, index]) => [index.partitionKey, index.sortKey]),
    ].map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const })),
    BillingMode: 'PAY_PER_REQUEST',
    GlobalSecondaryIndexes: indexes.map(([IndexName, index]) => ({
      IndexName,
      KeySchema: key(index.partitionKey, index.sortKey),
      Projection: { ProjectionType: 'ALL' as const },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
    timeToLiveAttribute: tableDesign.timeToLiveAttribute,
  };
}

/**
 * The table exactly as CDK would deploy it: synthesize the stateful stack and read the
 * AWS::DynamoDB::Table resource from the template (the infra test compares it with the design's).
 */
export async function tableDefinitionFromCdk(): Promise<TableDefinition> {
  const outdir = mkdtempSync(path.join(tmpdir(), 'innovatiemarkt-synth-'));
  try {
    const { App } = await import('aws-cdk-lib');
    const { StatefulStack } = await import('../stacks/stateful-stack.ts');
    const app = new App({ outdir });
    new StatefulStack(app, 'Local');
    const template = app.synth().getStackByName('Local').template as { Resources: Record<string, CfnTable> };
    const table = Object.values(template.Resources).find((r) => r.Type === 'AWS::DynamoDB::Table');
    if (!table) throw new Error('the stateful stack has no table');
    const p = table.Properties;
    return {
      KeySchema: p.KeySchema,
      AttributeDefinitions: p.AttributeDefinitions,
      BillingMode: 'PAY_PER_REQUEST',
      ...(p.GlobalSecondaryIndexes ? { GlobalSecondaryIndexes: p.GlobalSecondaryIndexes } : {}),
      ...(p.StreamSpecification
        ? {
            StreamSpecification: {
              StreamEnabled: true,
              StreamViewType: p.StreamSpecification.StreamViewType,
            },
          }
        : {}),
      ...(p.TimeToLiveSpecification?.Enabled
        ? { timeToLiveAttribute: p.TimeToLiveSpecification.AttributeName }
        : {}),
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Creates the table if it is missing. Returns its stream ARN and whether it was new. */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  definition: TableDefinition,
): Promise<{ streamArn: string; created: boolean }> {
  const { timeToLiveAttribute, ...create } = definition;
  let created = false;
  try {
    await client.send(new CreateTableCommand({ ...create, TableName: tableName }));
    created = true;
    if (timeToLiveAttribute) {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: timeToLiveAttribute, Enabled: true },
        }),
      );
    }
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') {
      if (!Table.LatestStreamArn) throw new Error(`table ${tableName} has no stream`);
      return { streamArn: Table.LatestStreamArn, created };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
