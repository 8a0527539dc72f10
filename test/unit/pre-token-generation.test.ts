import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    // A Cognito account never acts as a company: companies come through a broker.
    { 'custom:role': 'sme', 'custom:org': '50000001' },
  ])('grants no scope to a user without a valid role and organisation (%j)', async (attributes) => {
    const result = (await handler(event(attributes))) as any;
    expect(result.response.claimsAndScopeOverrideDetails).toBeNull();
  });

  const federated = (attributes: Record<string, string>) =>
    event({ identities: '[{"providerName":"eHerkenning","providerType":"OIDC"}]', ...attributes });

  it('a person from an eHerkenning broker acts for the company the broker vouches for, at its level', async () => {
    const result = (await handler(
      federated({
        'custom:acting_for': '50000001',
        'custom:acr': 'urn:etoegang:core:assurance-class:loa3',
        'custom:intermediary': '60000002',
        // Set by nobody who may: ignored for a broker's person.
        'custom:role': 'programme',
        'custom:org': '00000099000000001000',
      }),
    )) as any;
    expect(result.response.claimsAndScopeOverrideDetails.accessTokenGeneration).toEqual({
      claimsToAddOrOverride: {
        'custom:role': 'sme',
        'custom:org': '50000001',
        'custom:loa': 'eh3',
        'custom:intermediary': '60000002',
      },
      scopesToAdd: ['innovatiemarkt/sme'],
    });
  });

  it('a person from an eIDAS broker acts for the EUID it vouches for', async () => {
    const result = (await handler(
      federated({
        'custom:acting_for': 'dek1101r.hrb116737',
        'custom:acr': 'http://eidas.europa.eu/LoA/substantial',
      }),
    )) as any;
    expect(result.response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride).toEqual(
      {
        'custom:role': 'sme',
        'custom:org': 'DEK1101R.HRB116737',
        'custom:loa': 'eidas-substantial',
      },
    );
  });

  it.each<[string, Record<string, string>]>([
    ['no company', { 'custom:acr': 'urn:etoegang:core:assurance-class:loa3' }],
    [
      'a KvK number of 7 digits',
      { 'custom:acting_for': '5000001', 'custom:acr': 'urn:etoegang:core:assurance-class:loa3' },
    ],
    [
      'a KvK number of zeros',
      { 'custom:acting_for': '00000000', 'custom:acr': 'urn:etoegang:core:assurance-class:loa3' },
    ],
    ['a VAT number', { 'custom:acting_for': 'DE811907980', 'custom:acr': 'http://eidas.europa.eu/LoA/high' }],
    ['no level', { 'custom:acting_for': '50000001' }],
    ['an unknown level', { 'custom:acting_for': '50000001', 'custom:acr': 'loa3' }],
    [
      'a bad intermediary',
      {
        'custom:acting_for': '50000001',
        'custom:acr': 'urn:etoegang:core:assurance-class:loa3',
        'custom:intermediary': 'x',
      },
    ],
  ])('grants a broker’s person no scope for %s', async (_what, attributes) => {
    const result = (await handler(federated(attributes))) as any;
    expect(result.response.claimsAndScopeOverrideDetails).toBeNull();
  });

  describe('an official from their organisation’s own identity provider', () => {
    const fromOrganisation = (attributes: Record<string, string>) =>
      event({ identities: '[{"providerName":"org-zuid-holland","providerType":"OIDC"}]', ...attributes });
    const previous = process.env.ORGANISATION_IDPS;
    beforeAll(() => {
      process.env.ORGANISATION_IDPS = JSON.stringify({ 'org-zuid-holland': '00000099000000002000' });
    });
    afterAll(() => {
      if (previous === undefined) delete process.env.ORGANISATION_IDPS;
      else process.env.ORGANISATION_IDPS = previous;
    });

    it('acts for the organisation of the provider, in the role it states', async () => {
      const result = (await handler(
        fromOrganisation({
          'custom:role': 'buyer',
          'custom:org': '00000099000000001000',
          email: 'a@zh.example',
        }),
      )) as any;
      expect(result.response.claimsAndScopeOverrideDetails.accessTokenGeneration).toEqual({
        claimsToAddOrOverride: {
          'custom:role': 'buyer',
          'custom:org': '00000099000000002000',
          email: 'a@zh.example',
        },
        scopesToAdd: ['innovatiemarkt/buyer'],
      });
    });

    it.each(['programme', 'sme', 'admin', ''])('gives no scope for the role %j', async (role) => {
      const result = (await handler(fromOrganisation(role ? { 'custom:role': role } : {}))) as any;
      expect(result.response.claimsAndScopeOverrideDetails).toBeNull();
    });

    it('leaves a company broker’s sign-in to the broker’s rules', async () => {
      const result = (await handler(
        federated({
          'custom:acting_for': '50000001',
          'custom:acr': 'urn:etoegang:core:assurance-class:loa3',
          'custom:role': 'buyer',
        }),
      )) as any;
      expect(
        result.response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride,
      ).toMatchObject({ 'custom:role': 'sme', 'custom:org': '50000001' });
    });
  });
});
