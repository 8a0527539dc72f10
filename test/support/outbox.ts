import type { EventBridgeEvent } from 'aws-lambda';
import { busEntryFromOutboxItem } from '#shared/messaging/outbox.ts';
import { tableSnapshot } from './table.ts';

/** The events in the outbox as the bus would deliver them (same mapping as the Pipe and relay). */
export async function outboxEvents(filter: (data: Record<string, unknown>) => boolean = () => true) {
  const events: EventBridgeEvent<
    string,
    { metadata: { eventId: string; occurredAt: string }; data: Record<string, unknown> }
  >[] = [];
  for (const item of await tableSnapshot()) {
    const entry = busEntryFromOutboxItem(item);
    if (!entry) continue;
    const detail = JSON.parse(entry.Detail);
    if (!filter(detail.data)) continue;
    events.push({
      version: '0',
      id: detail.metadata.eventId,
      'detail-type': entry.DetailType,
      source: entry.Source,
      account: '000000000000',
      time: detail.metadata.occurredAt,
      region: 'local',
      resources: [],
      detail,
    });
  }
  return events.sort((a, b) => a.detail.metadata.occurredAt.localeCompare(b.detail.metadata.occurredAt));
}
