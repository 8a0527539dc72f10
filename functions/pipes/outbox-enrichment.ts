import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { busEntryFromOutboxItem } from '#shared/messaging/outbox.ts';

/**
 * EventBridge Pipes enrichment: DynamoDB stream records (already filtered by the Pipe to new
 * outbox items) become `{ source, detailType, detail }`; the Pipe's target parameters put
 * them on the bus with that source and detail-type.
 */
export const handler = async (records: DynamoDBRecord[]) =>
  records.flatMap((record) => {
    const image = record.dynamodb?.NewImage;
    const entry = image ? busEntryFromOutboxItem(unmarshall(image as never)) : undefined;
    return entry
      ? [{ source: entry.Source, detailType: entry.DetailType, detail: JSON.parse(entry.Detail) }]
      : [];
  });
