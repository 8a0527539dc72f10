import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csrfMatches, newCsrfToken, SessionSealer } from './session.ts';

/* Issue #34, point 5: the form token is bound to the browser's nonce and its session. */
describe('form tokens', () => {
  const sealer = new SessionSealer(randomBytes(32));
  const other = new SessionSealer(randomBytes(32));

  it('pass for the nonce and session they were made for, and for nothing else', () => {
    const nonce = newCsrfToken();
    const token = sealer.formToken(nonce, 'session-a');
    expect(csrfMatches(sealer.formToken(nonce, 'session-a'), token)).toBe(true);
    // Another session, another nonce, another site key: refused.
    expect(csrfMatches(sealer.formToken(nonce, 'session-b'), token)).toBe(false);
    expect(csrfMatches(sealer.formToken(newCsrfToken(), 'session-a'), token)).toBe(false);
    expect(csrfMatches(other.formToken(nonce, 'session-a'), token)).toBe(false);
  });

  it('refuse a planted cookie whose value is simply sent back as the token (plain double submit)', () => {
    const planted = 'a'.repeat(32);
    expect(csrfMatches(sealer.formToken(planted, ''), planted)).toBe(false);
    expect(csrfMatches(undefined, planted)).toBe(false);
  });
});
