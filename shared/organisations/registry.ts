import { BatchGetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '#shared/db/client.ts';
import { orgKeys } from '#shared/db/keys.ts';
import { clock } from '#shared/platform/clock.ts';
import { unprocessable } from '#shared/platform/errors.ts';

export const GOVERNMENT_KINDS = [
  'ministry',
  'province',
  'municipality',
  'water-authority',
  'agency',
  /** e.g. IPO, which holds the provinces' joint envelope */
  'association',
  'other-public-body',
] as const;
export type GovernmentKind = (typeof GOVERNMENT_KINDS)[number];

export interface GovernmentOrganisation {
  oin: string;
  name: string;
  kind: GovernmentKind;
}

/** Registers or renames a government body (the programme office keeps this list). */
export async function putGovernmentOrganisation(org: GovernmentOrganisation): Promise<void> {
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...orgKeys.organisation(org.oin),
        entity: 'GovernmentOrganisation',
        ...org,
        updatedAt: clock.nowIso(),
      },
    }),
  );
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
