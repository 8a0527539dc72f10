import { SecretValue } from 'aws-cdk-lib';
import {
  OidcAttributeRequestMethod,
  ProviderAttribute,
  type UserPool,
  UserPoolClientIdentityProvider,
  UserPoolIdentityProviderOidc,
} from 'aws-cdk-lib/aws-cognito';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { BROKER_ATTRIBUTES, BROKER_CLAIMS } from '#shared/auth/broker.ts';

/**
 * Companies sign in with eHerkenning (Dutch companies) or eIDAS (companies from other EU states),
 * each through a broker under contract that speaks OpenID Connect: one Cognito OIDC identity
 * provider per broker. What identifies a broker differs per environment and is kept outside the
 * code (README, "Company sign-in in AWS"):
 * - SSM parameters `/innovatiemarkt/brokers/<name>/issuer` and `/innovatiemarkt/brokers/<name>/client-id`;
 * - a Secrets Manager secret `innovatiemarkt/brokers/<name>` holding the client secret (resolved by
 *   CloudFormation at deploy, never in the template).
 * The broker's claims are mapped onto custom attributes; the pre-token trigger derives role `sme`,
 * the organisation and the level of assurance from them alone.
 */
export interface CompanyBroker {
  /** Short name in parameter names (`eherkenning`, `eidas`). */
  name: string;
  /** The provider's name people see on Cognito's sign-in page. */
  label: string;
  /** The broker's claim with the company the person acts for. */
  actingForClaim: string;
}

export const DEFAULT_BROKERS: CompanyBroker[] = [
  { name: 'eherkenning', label: 'eHerkenning', actingForClaim: BROKER_CLAIMS.kvk },
  { name: 'eidas', label: 'eIDAS', actingForClaim: BROKER_CLAIMS.euid },
];

/** The custom attribute names without Cognito's `custom:` prefix. */
const attribute = (name: string) => name.replace('custom:', '');

export class CompanyBrokers extends Construct {
  readonly providers: UserPoolIdentityProviderOidc[] = [];
  readonly clientProviders: UserPoolClientIdentityProvider[] = [];

  constructor(scope: Construct, id: string, props: { userPool: UserPool; brokers?: CompanyBroker[] }) {
    super(scope, id);
    for (const broker of props.brokers ?? DEFAULT_BROKERS) {
      const parameter = (key: string) =>
        StringParameter.valueForStringParameter(this, `/innovatiemarkt/brokers/${broker.name}/${key}`);
      const provider = new UserPoolIdentityProviderOidc(this, broker.name, {
        userPool: props.userPool,
        name: broker.label,
        issuerUrl: parameter('issuer'),
        clientId: parameter('client-id'),
        clientSecret: SecretValue.secretsManager(`innovatiemarkt/brokers/${broker.name}`).unsafeUnwrap(),
        scopes: ['openid'],
        attributeRequestMethod: OidcAttributeRequestMethod.GET,
        // Cognito names the user pool's custom attributes in a mapping with their `custom:` prefix.
        attributeMapping: {
          custom: {
            [BROKER_ATTRIBUTES.actingFor]: ProviderAttribute.other(broker.actingForClaim),
            [BROKER_ATTRIBUTES.acr]: ProviderAttribute.other(BROKER_CLAIMS.acr),
            [BROKER_ATTRIBUTES.intermediary]: ProviderAttribute.other(BROKER_CLAIMS.intermediary),
          },
        },
      });
      this.providers.push(provider);
      this.clientProviders.push(UserPoolClientIdentityProvider.custom(broker.label));
    }
  }
}

/** The custom attributes the brokers' claims land in (mutable: each sign-in writes them again). */
export const BROKER_CUSTOM_ATTRIBUTES = [
  BROKER_ATTRIBUTES.actingFor,
  BROKER_ATTRIBUTES.acr,
  BROKER_ATTRIBUTES.intermediary,
].map(attribute);
