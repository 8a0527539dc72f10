import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import { tableDesign } from '#shared/db/table.ts';

/**
 * What holds state: the single table and the event bus with its archive. Kept apart from the
 * stateless functions so redeploying code can never replace data.
 */
export class StatefulStack extends Stack {
  readonly table: Table;
  readonly bus: EventBus;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    this.table = new Table(this, 'Table', {
      partitionKey: { name: tableDesign.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableDesign.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      // The outbox rides on the stream: EventBridge Pipes reads new outbox items from it.
      stream: StreamViewType.NEW_IMAGE,
      timeToLiveAttribute: tableDesign.timeToLiveAttribute,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const [indexName, index] of Object.entries(tableDesign.indexes)) {
      this.table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }

    this.bus = new EventBus(this, 'Bus', { eventBusName: 'innovatiemarkt' });
    // Every event is archived for a year, so projections can be rebuilt by replay.
    this.bus.archive('Archive', {
      archiveName: 'innovatiemarkt-all-events',
      description: 'All marketplace events, for replay into new or repaired projections',
      eventPattern: { account: [Stack.of(this).account] },
      retention: Duration.days(365),
    });
  }
}
