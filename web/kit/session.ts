import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { AssuranceLevel } from '#shared/auth/assurance.ts';
import type { Role } from '#shared/auth/caller.ts';

/**
 * The signed-in person's session, kept in the browser as an encrypted cookie (JWE, dir +
 * A256GCM): `HttpOnly; SameSite=Lax`, and `Secure` in AWS. It holds the API token, so the
 * browser never sees the token and the site keeps no session store. Signing out clears it (and,
 * in AWS, ends the Cognito session too).
 */
export interface Session {
  /** The access token the site calls the API with. */
  token: string;
  role: Role;
  org: string;
  sub: string;
  /** Who this is, as shown in the header (an organisation's or person's name). */
  label: string;
  /** Unix seconds: when the token ends (and the session, unless it can be refreshed). */
  expiresAt: number;
  /** A company's level of assurance at sign-in (eHerkenning/eIDAS). */
  assurance?: AssuranceLevel;
  /** Where it signed in, when the session renews its token there with `refreshToken`. */
  via?: 'cognito' | 'broker';
  refreshToken?: string;
  /** Unix seconds: when a refreshable session ends (the refresh token's lifetime). */
  endsAt?: number;
  /** Random, kept across refreshes: what the form token is bound to. */
  id?: string;
}

export const SESSION_COOKIE = 'im_session';
export const CSRF_COOKIE = 'im_csrf';
export const LANG_COOKIE = 'im_lang';

export class SessionSealer {
  constructor(private readonly key: Uint8Array) {
    if (key.length !== 32) throw new Error('the session key must be 32 bytes');
  }

  /**
   * The form token of a browser's nonce (its cookie) and its session: an HMAC under the site's key,
   * so a cookie planted from elsewhere, or a token of another session, does not pass.
   */
  formToken(nonce: string, session: string): string {
    return createHmac('sha256', this.key).update(`${nonce}\n${session}`).digest('base64url');
  }

  /** Any value, encrypted until `expiresAt` (Unix seconds): the session, or a sign-in in progress. */
  sealValue<T>(value: T, expiresAt: number): Promise<string> {
    return new EncryptJWT({ s: value as unknown as Record<string, unknown> })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .encrypt(this.key);
  }

  /** The value in a cookie, or undefined when it is missing, tampered with or expired. */
  async openValue<T>(cookie: string | undefined): Promise<T | undefined> {
    if (!cookie) return undefined;
    try {
      const { payload } = await jwtDecrypt(cookie, this.key, { clockTolerance: 5 });
      return payload.s as T;
    } catch {
      return undefined;
    }
  }

  seal = (session: Session) => this.sealValue(session, session.endsAt ?? session.expiresAt);
  open = (cookie: string | undefined) => this.openValue<Session>(cookie);
}

/** A session key from its base64url form (AWS: from a secret), or a fresh random one (local). */
export const sessionKey = (encoded?: string): Uint8Array =>
  encoded ? new Uint8Array(Buffer.from(encoded, 'base64url')) : new Uint8Array(randomBytes(32));

/** A 32-byte key from a secret string of any length (AWS: a generated Secrets Manager value). */
export const sessionKeyFromSecret = (secret: string): Uint8Array => {
  if (secret.length < 32) throw new Error('the session secret must be at least 32 characters');
  return new Uint8Array(createHash('sha256').update(secret).digest());
};

export const newCsrfToken = () => randomBytes(24).toString('base64url');

/** The form's token must be the one this browser's nonce and session give, compared in constant time. */
export function csrfMatches(expected: string | undefined, submitted: unknown): boolean {
  if (!expected || typeof submitted !== 'string' || submitted.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(submitted));
}
