import { badRequest } from '#shared/platform/errors.ts';

/** Page cursors: DynamoDB's LastEvaluatedKey as base64url JSON, checked to belong to the same list. */
export const encodeCursor = (key: Record<string, unknown>): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

export function decodeCursor(
  cursor: string,
  belongs: (key: Record<string, unknown>) => boolean,
): Record<string, unknown> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (key && typeof key === 'object' && !Array.isArray(key) && belongs(key as Record<string, unknown>)) {
      return key as Record<string, unknown>;
    }
  } catch {
    // fall through
  }
  throw badRequest('invalid-cursor', 'The cursor does not belong to this list; start again without it.');
}
