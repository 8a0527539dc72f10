import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { type EventContext, newEvent, SYSTEM_CONTEXT } from '#events/envelope.ts';
import { GovernmentOrganisationRegisteredV1 } from '#events/organisations/government-organisation-registered.v1.ts';
import { db, tableName } from '#shared/db/client.ts';
import { orgKeys } from '#shared/db/keys.ts';
import { queryAll } from '#shared/db/query.ts';
import { transact } from '#shared/db/transact.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { clock } from '#shared/platform/clock.ts';
import { unprocessable } from '#shared/platform/errors.ts';

export { GOVERNMENT_KINDS, type GovernmentKind } from './government-kinds.ts';

import type { GovernmentKind } from './government-kinds.ts';

export interface GovernmentOrganisation {
  oin: string;
  name: string;
  kind: GovernmentKind;
}

/** Registers or renames a government body (the programme office keeps this list). */
export async function putGovernmentOrganisation(
  org: GovernmentOrganisation,
  context: EventContext = SYSTEM_CONTEXT,
): Promise<void> {
  const now = clock.nowIso();
  await transact([
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: {
            ...orgKeys.organisation(org.oin),
            ...orgKeys.registerEntry(org.name, org.oin),
            entity: 'GovernmentOrganisation',
            ...org,
            updatedAt: now,
          },
        },
      },
    },
    outboxWrite(newEvent(GovernmentOrganisationRegisteredV1, { ...org, registeredAt: now }, context)),
  ]);
}

/** The whole register of government bodies, by name: one Query on its index partition. */
export async function listGovernmentOrganisations(): Promise<GovernmentOrganisation[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': orgKeys.registerPartition },
  });
  return items
    .filter((item) => item.entity === 'GovernmentOrganisation')
    .map((item) => ({
      oin: item.oin as string,
      name: item.name as string,
      kind: item.kind as GovernmentKind,
    }));
}

/** Looks up government bodies by OIN in one BatchGet; unknown ones are a 422 naming them. */
export async function requireGovernmentOrganisations(
  oins: readonly string[],
): Promise<Map<string, GovernmentOrganisation>> {
  const unique = [...new Set(oins)];
  const found = new Map<string, GovernmentOrganisation>();
  let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
    [tableName()]: { Keys: unique.map((oin) => ({ ...orgKeys.organisation(oin) })) },
  };
  while (request && Object.keys(request).length > 0) {
    const result = await db().send(new BatchGetCommand({ RequestItems: request }));
    for (const item of result.Responses?.[tableName()] ?? []) {
      if (item.entity === 'GovernmentOrganisation') {
        found.set(item.oin as string, {
          oin: item.oin as string,
          name: item.name as string,
          kind: item.kind as GovernmentKind,
        });
      }
    }
    request = result.UnprocessedKeys as typeof request;
  }
  const missing = unique.filter((oin) => !found.has(oin));
  if (missing.length > 0) {
    throw unprocessable(
      'unknown-organisation',
      `No government organisation is registered with OIN ${missing.join(', ')}.`,
      { missing },
    );
  }
  return found;
}
