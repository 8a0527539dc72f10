import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminSetUserPasswordCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { cognitoAccounts } from '#shared/auth/accounts.ts';

/** Officials' accounts in AWS: what the people function asks of Cognito's admin API. */
const cognito = mockClient(CognitoIdentityProviderClient);
beforeEach(() => cognito.reset());

const account = {
  email: 'anna@zuid-holland.example',
  name: 'Anna de Vries',
  role: 'buyer' as const,
  org: '00000099000000002000',
  password: 'Lange-zin 2026 met cijfers!',
};

describe('officials’ accounts in Cognito', () => {
  it('creates a user with a verified address, its role and organisation, no Cognito e-mail, and a permanent password', async () => {
    cognito
      .on(AdminCreateUserCommand)
      .resolves({ User: { Attributes: [{ Name: 'sub', Value: 'c0a8-sub' }] } });
    cognito.on(AdminSetUserPasswordCommand).resolves({});
    const created = await cognitoAccounts('pool-1', new CognitoIdentityProviderClient({})).create(account);
    expect(created).toEqual({ sub: 'c0a8-sub' });
    expect(cognito.commandCalls(AdminCreateUserCommand)[0]!.args[0].input).toEqual({
      UserPoolId: 'pool-1',
      Username: account.email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: account.email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'name', Value: 'Anna de Vries' },
        { Name: 'custom:role', Value: 'buyer' },
        { Name: 'custom:org', Value: account.org },
      ],
    });
    expect(cognito.commandCalls(AdminSetUserPasswordCommand)[0]!.args[0].input).toMatchObject({
      Password: account.password,
      Permanent: true,
    });
  });

  it('says so when the address has an account already, and sets no password', async () => {
    cognito
      .on(AdminCreateUserCommand)
      .rejects(new UsernameExistsException({ message: 'exists', $metadata: {} }));
    const created = await cognitoAccounts('pool-1', new CognitoIdentityProviderClient({})).create(account);
    expect(created).toEqual({ exists: true });
    expect(cognito.commandCalls(AdminSetUserPasswordCommand)).toHaveLength(0);
  });

  it('revoking disables the user and signs them out everywhere (refresh tokens stop)', async () => {
    cognito.on(AdminDisableUserCommand).resolves({});
    cognito.on(AdminUserGlobalSignOutCommand).resolves({});
    await cognitoAccounts('pool-1', new CognitoIdentityProviderClient({})).disable(account.email);
    expect(cognito.commandCalls(AdminDisableUserCommand)).toHaveLength(1);
    expect(cognito.commandCalls(AdminUserGlobalSignOutCommand)[0]!.args[0].input).toEqual({
      UserPoolId: 'pool-1',
      Username: account.email,
    });
  });
});
