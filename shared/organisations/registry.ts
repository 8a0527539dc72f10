import { type EventContext, newEvent, SYSTEM_CONTEXT } from '#events/envelope.ts';
import { GovernmentOrganisationRegisteredV1 } from '#events/organisations/government-organisation-registered.v1.ts';
import { ENTITY, orgKeys } from '#shared/db/keys.ts';
import { getItems, queryAll, transact } from '#shared/db/store.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { clock } from '#shared/platform/clock.ts';
import { unprocessable } from '#shared/platform/errors.ts';

export { GOVERNMENT_KINDS, type GovernmentKind } from '#shared/kernel/organisations.ts';

import type { GovernmentKind } from '#shared/kernel/organisations.ts';
import type { DutchAddress } from '#shared/kernel/vocabulary.ts';

export interface GovernmentOrganisation {
  oin: string;
  name: string;
  kind: GovernmentKind;
  /** Where companies' e-invoices to it go. */
  invoiceAddress?: DutchAddress;
}

/** The register's item as the organisation it records. */
const organisationOf = (item: Record<string, unknown>): GovernmentOrganisation => ({
  oin: item.oin as string,
  name: item.name as string,
  kind: item.kind as GovernmentKind,
  ...(item.invoiceAddress ? { invoiceAddress: item.invoiceAddress as DutchAddress } : {}),
});

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
          Item: {
            ...orgKeys.organisation(org.oin),
            ...orgKeys.registerEntry(org.name, org.oin),
            entity: ENTITY.governmentOrganisation,
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
  const items = await queryAll({ partition: orgKeys.registerPartition, index: 'gsi1' });
  return items.filter((item) => item.entity === ENTITY.governmentOrganisation).map(organisationOf);
}

/** Looks up government bodies by OIN in one BatchGet; unknown ones are a 422 naming them. */
export async function requireGovernmentOrganisations(
  oins: readonly string[],
): Promise<Map<string, GovernmentOrganisation>> {
  const unique = [...new Set(oins)];
  const found = new Map<string, GovernmentOrganisation>();
  for (const item of await getItems(unique.map((oin) => orgKeys.organisation(oin)))) {
    if (item.entity === ENTITY.governmentOrganisation) found.set(item.oin as string, organisationOf(item));
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

/** One organisation of the register, or undefined. */
export async function findGovernmentOrganisation(oin: string): Promise<GovernmentOrganisation | undefined> {
  const [item] = await getItems([orgKeys.organisation(oin)]);
  return item?.entity === ENTITY.governmentOrganisation ? organisationOf(item) : undefined;
}
