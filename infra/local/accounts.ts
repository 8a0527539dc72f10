import { randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Accounts, NewAccount } from '#shared/auth/accounts.ts';
import type { Role } from '#shared/auth/caller.ts';

/**
 * Officials' accounts, locally: what Cognito keeps in AWS — the address, a password (scrypt
 * hash), the role and organisation, disabled or not. The local broker signs officials in with
 * them (password, then a TOTP code of the fixed test secret it shows). Kept in `.local/` beside
 * the database (or only in memory for tests).
 */
export interface LocalAccount {
  email: string;
  sub: string;
  name: string;
  role: Role;
  org: string;
  passwordHash: string;
  disabled: boolean;
}

export interface LocalAccounts extends Accounts {
  /** The account for an address and password, if both are right and it is not disabled. */
  verify(email: string, password: string): LocalAccount | undefined;
  find(email: string): LocalAccount | undefined;
}

const hash = (password: string, salt = randomBytes(16).toString('base64url')) =>
  `${salt}:${scryptSync(password, salt, 32).toString('base64url')}`;

export function localAccounts(stateDir?: string): LocalAccounts {
  const file = stateDir ? path.join(stateDir, 'accounts.json') : undefined;
  const byEmail = new Map<string, LocalAccount>(
    file && existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as LocalAccount[]).map((a) => [a.email, a])
      : [],
  );
  const save = () => {
    if (!file) return;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify([...byEmail.values()], null, 2), { mode: 0o600 });
  };
  const key = (email: string) => email.trim().toLowerCase();
  return {
    async create(account: NewAccount) {
      if (byEmail.has(key(account.email))) return { exists: true };
      const created: LocalAccount = {
        email: key(account.email),
        sub: randomUUID(),
        name: account.name,
        role: account.role,
        org: account.org,
        passwordHash: hash(account.password),
        disabled: false,
      };
      byEmail.set(created.email, created);
      save();
      return { sub: created.sub };
    },
    async setRole(email, role) {
      const account = byEmail.get(key(email));
      if (account) account.role = role;
      save();
    },
    async disable(email) {
      const account = byEmail.get(key(email));
      if (account) account.disabled = true;
      save();
    },
    find: (email) => byEmail.get(key(email)),
    verify(email, password) {
      const account = byEmail.get(key(email));
      if (!account || account.disabled) return undefined;
      const [salt, expected] = account.passwordHash.split(':');
      const given = hash(password, salt).split(':')[1]!;
      return timingSafeEqual(Buffer.from(expected!), Buffer.from(given)) ? account : undefined;
    },
  };
}
