import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { CLAIMS, type Role } from './caller.ts';

/**
 * Officials' accounts: created when an invitation is accepted, their role changed and their
 * access revoked by their organisation's administrator. In AWS a Cognito user (e-mail, password,
 * TOTP set up at first sign-in: the pool requires it); locally the local broker's accounts.
 */
export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  org: string;
  password: string;
}

export interface Accounts {
  /** Creates the account; its subject (the token's `sub`). Refused when the address has one. */
  create(account: NewAccount): Promise<{ sub: string } | { exists: true }>;
  setRole(email: string, role: Role): Promise<void>;
  /** No more sign-in, and its refresh tokens revoked (access tokens run out within 15 minutes). */
  disable(email: string): Promise<void>;
}

/** Cognito: the user pool's admin API (the people function alone may call it). */
export function cognitoAccounts(
  userPoolId: string,
  client = new CognitoIdentityProviderClient({}),
): Accounts {
  return {
    async create(account) {
      try {
        const created = await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: account.email,
            MessageAction: 'SUPPRESS', // the invitation was the message
            UserAttributes: [
              { Name: 'email', Value: account.email },
              { Name: 'email_verified', Value: 'true' }, // the invitation reached it
              { Name: 'name', Value: account.name },
              { Name: CLAIMS.role, Value: account.role },
              { Name: CLAIMS.org, Value: account.org },
            ],
          }),
        );
        await client.send(
          new AdminSetUserPasswordCommand({
            UserPoolId: userPoolId,
            Username: account.email,
            Password: account.password,
            Permanent: true,
          }),
        );
        const sub = created.User?.Attributes?.find((a) => a.Name === 'sub')?.Value;
        if (!sub) throw new Error('Cognito created a user without a sub');
        return { sub };
      } catch (error) {
        if (error instanceof UsernameExistsException) return { exists: true };
        throw error;
      }
    },
    async setRole(email, role) {
      await client.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: userPoolId,
          Username: email,
          UserAttributes: [{ Name: CLAIMS.role, Value: role }],
        }),
      );
    },
    async disable(email) {
      await client.send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: email }));
      await client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: email }));
    },
  };
}

let current: Accounts | undefined;
/** The accounts of this environment: Cognito's (USER_POOL_ID) unless one was set (locally). */
export function accounts(): Accounts {
  if (!current) {
    const pool = process.env.USER_POOL_ID;
    if (!pool) throw new Error('USER_POOL_ID must be set (or setAccounts called locally)');
    current = cognitoAccounts(pool);
  }
  return current;
}
export const setAccounts = (next: Accounts | undefined) => {
  current = next;
};
