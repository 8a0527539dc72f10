/**
 * Settings read from the environment, in one place. Lambda gets them from CDK; the local
 * runtime sets them before it loads handlers.
 */
const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
};

export const config = {
  tableName: () => required('TABLE_NAME'),
  /** Token issuer and audience the handlers accept (Cognito in AWS, the dev issuer locally). */
  tokenIssuer: () => required('TOKEN_ISSUER'),
  tokenAudience: () => required('TOKEN_AUDIENCE'),
  /** Where the public keys come from: a JWKS URL (Cognito) or an inline JWKS (dev issuer). */
  tokenJwksUrl: () => process.env.TOKEN_JWKS_URL,
  tokenJwksInline: () => process.env.TOKEN_JWKS,
  /** OIN of the Ministry of Economic Affairs (EZK), the funder that carries half of every joint challenge. */
  ezkOin: () => process.env.EZK_OIN ?? '00000099000000001000',
  /** Largest JSON body a route accepts, in bytes, checked before parsing. */
  maxBodyBytes: () => Number(process.env.MAX_BODY_BYTES ?? 262_144),
  /**
   * Connections the DynamoDB client opens at once. A Lambda handles one request at a time (the
   * SDK's 50 is plenty); the local runtime runs every function in one process, so it needs as many
   * as the requests it takes at once, or requests queue for a socket until they time out.
   */
  dynamoMaxSockets: () => Number(process.env.DYNAMODB_MAX_SOCKETS ?? 50),
  /** Days a company has to report a follow-up round before it counts as overdue. */
  followUpGraceDays: () => Number(process.env.FOLLOW_UP_GRACE_DAYS ?? 90),
  /** Where the public API lives (OCDS package and release URIs). */
  publicBaseUrl: () => process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000',
  /** Where the web site lives (stable public links to a call's documents). */
  publicSiteUrl: () => process.env.PUBLIC_SITE_URL ?? 'http://localhost:3001',
  /** The OCID prefix (`ocds-` + 6 characters) registered with the Open Contracting Partnership. */
  ocidPrefix: () => process.env.OCID_PREFIX ?? 'ocds-imkt18',
};
