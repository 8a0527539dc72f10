import { randomUUID } from 'node:crypto';

/** Ids are random UUIDs: unguessable (sealed bids) and safe to create on any node. */
export const newId = (): string => randomUUID();

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
