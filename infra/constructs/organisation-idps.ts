import { SecretValue, Stack } from 'aws-cdk-lib';
import {
  OidcAttributeRequestMethod,
  ProviderAttribute,
  type UserPool,
  UserPoolClientIdentityProvider,
  UserPoolIdentityProviderOidc,
  UserPoolIdentityProviderSaml,
  UserPoolIdentityProviderSamlMetadata,
} from 'aws-cdk-lib/aws-cognito';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { CLAIMS } from '#shared/auth/caller.ts';

/**
 * A government organisation may sign its officials in with its own identity provider instead of
 * Cognito accounts: one OIDC or SAML provider per organisation, configured per environment
 * (`-c organisationIdps=zuid-holland:oidc,utrecht:saml`; README, "Sign-in in AWS"):
 * - SSM `/innovatiemarkt/organisations/<name>/oin` — the organisation the provider speaks for;
 * - OIDC: `/issuer` and `/client-id`, the secret in Secrets Manager `innovatiemarkt/organisations/<name>`;
 * - SAML: `/metadata-url`.
 * The provider sends the person's role in its claim `innovatiemarkt_role` (mapped onto
 * `custom:role`); the pre-token trigger takes the organisation from the provider alone and admits
 * only the roles an organisation gives (buyer, officer, assessor, administrator).
 */
export interface OrganisationIdp {
  name: string;
  kind: 'oidc' | 'saml';
}

/** `zuid-holland:oidc,utrecht:saml` as the context gives it. */
export const parseOrganisationIdps = (value: string | undefined): OrganisationIdp[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name, kind] = part.split(':');
      if (!name || !/^[a-z0-9-]+$/.test(name) || (kind !== 'oidc' && kind !== 'saml'))
        throw new Error(`organisationIdps: "${part}" is not <name>:oidc or <name>:saml`);
      return { name, kind };
    });

/** The role claim an organisation's provider sends. */
export const ORGANISATION_ROLE_CLAIM = 'innovatiemarkt_role';

export class OrganisationIdps extends Construct {
  readonly clientProviders: UserPoolClientIdentityProvider[] = [];
  readonly providers: (UserPoolIdentityProviderOidc | UserPoolIdentityProviderSaml)[] = [];
  /** Provider name → OIN, for the pre-token trigger (resolved at deploy). */
  readonly organisationOf: Record<string, string> = {};

  constructor(scope: Construct, id: string, props: { userPool: UserPool; idps: OrganisationIdp[] }) {
    super(scope, id);
    for (const idp of props.idps) {
      const parameter = (key: string) =>
        StringParameter.valueForStringParameter(this, `/innovatiemarkt/organisations/${idp.name}/${key}`);
      const providerName = `org-${idp.name}`;
      const attributeMapping = {
        email: ProviderAttribute.other('email'),
        fullname: ProviderAttribute.other('name'),
        custom: { [CLAIMS.role]: ProviderAttribute.other(ORGANISATION_ROLE_CLAIM) },
      };
      const provider =
        idp.kind === 'oidc'
          ? new UserPoolIdentityProviderOidc(this, idp.name, {
              userPool: props.userPool,
              name: providerName,
              issuerUrl: parameter('issuer'),
              clientId: parameter('client-id'),
              clientSecret: SecretValue.secretsManager(
                `innovatiemarkt/organisations/${idp.name}`,
              ).unsafeUnwrap(),
              scopes: ['openid', 'email', 'profile'],
              attributeRequestMethod: OidcAttributeRequestMethod.GET,
              attributeMapping,
            })
          : new UserPoolIdentityProviderSaml(this, idp.name, {
              userPool: props.userPool,
              name: providerName,
              metadata: UserPoolIdentityProviderSamlMetadata.url(parameter('metadata-url')),
              attributeMapping,
            });
      this.providers.push(provider);
      this.clientProviders.push(UserPoolClientIdentityProvider.custom(providerName));
      this.organisationOf[providerName] = parameter('oin');
    }
  }

  /** The trigger's setting: provider name → OIN, as JSON (its values resolved by CloudFormation). */
  get setting(): string {
    return Stack.of(this).toJsonString(this.organisationOf);
  }
}
