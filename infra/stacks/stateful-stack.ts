import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { tableDesign } from '#shared/db/table.ts';

/** The documents bucket's exports, by name: the functions' grants name them (and so do their acknowledgements). */
export const DOCUMENTS_EXPORTS = {
  arn: 'innovatiemarkt-documents-bucket-arn',
  name: 'innovatiemarkt-documents-bucket-name',
} as const;

/**
 * What holds state: the single table and the event bus with its archive. Kept apart from the
 * stateless functions so redeploying code can never replace data.
 */
export class StatefulStack extends Stack {
  readonly table: Table;
  readonly bus: EventBus;
  /** Call documents and proposal files: private, reached only through presigned URLs the API hands out. */
  readonly documents: Bucket;

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

    const documentLogs = new Bucket(this, 'DocumentAccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      // Who fetched which object, kept as long as a procurement file is (besides the audit trail).
      lifecycleRules: [{ expiration: Duration.days(7 * 365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.documents = new Bucket(this, 'Documents', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      serverAccessLogsBucket: documentLogs,
      serverAccessLogsPrefix: 'documents/',
      lifecycleRules: [
        // Uploads land under incoming/ and move out when completed: what is left there was abandoned.
        { prefix: 'incoming/', expiration: Duration.days(2), noncurrentVersionExpiration: Duration.days(2) },
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    new CfnOutput(this, 'DocumentsBucketArn', {
      value: this.documents.bucketArn,
      exportName: DOCUMENTS_EXPORTS.arn,
    });
    new CfnOutput(this, 'DocumentsBucketName', {
      value: this.documents.bucketName,
      exportName: DOCUMENTS_EXPORTS.name,
    });

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
