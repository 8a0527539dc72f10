/** The token of an `Authorization: Bearer …` header (no jose here: every HTTP function reads it). */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(authorization?.trim() ?? '');
  return match?.[1];
}
