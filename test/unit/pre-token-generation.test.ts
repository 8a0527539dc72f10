import { describe, expect, it } from 'vitest';
import { handler } from '#functions/identity/pre-token-generation.ts';

const event = (attributes: Record<string, string>) =>
  ({
    version: '2',
    triggerSource: 'TokenGeneration_Authentication',
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_x',
    userName: 'user',
    callerContext: { awsSdkVersion: '1', clientId: 'client' },
    request: { userAttributes: attributes, scopes: ['openid'], groupConfiguration: {} },
    response: { claimsAndScopeOverrideDetails: null },
  }) as never;

describe('Cognito pre token generation', () => {
  it('puts the role, the organisation and the role’s one scope in the access token', async () => {
    const result = (await handler(
      event({ 'custom:role': 'buyer', 'custom:org': '00000099000000002000', email: 'a@b.nl' }),
    )) as any;
    expect(result.response.claimsAndScopeOverrideDetails.accessTokenGeneration).toEqual({
      claimsToAddOrOverride: { 'custom:role': 'buyer', 'custom:org': '00000099000000002000' },
      scopesToAdd: ['innovatiemarkt/buyer'],
    });
  });

  it.each<Record<string, string>>([
    {},
    { 'custom:role': 'admin', 'custom:org': 'x' },
    { 'custom:role': 'sme' },
  ])('grants no scope to a user without a valid role and organisation (%j)', async (attributes) => {
    const result = (await handler(event(attributes))) as any;
    expect(result.response.claimsAndScopeOverrideDetails).toBeNull();
  });
});
