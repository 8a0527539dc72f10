import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { BROKER_ATTRIBUTES, companyFromBroker } from '#shared/auth/broker.ts';
import { CLAIMS, ROLES, type Role, scopeFor } from '#shared/auth/caller.ts';
import { logger } from '#shared/platform/logger.ts';

/** The roles an organisation's own identity provider may give (never the programme office's, never a company's). */
const ORGANISATION_ROLES: readonly Role[] = ['buyer', 'officer', 'assessor', 'administrator'];

/**
 * The organisation whose own identity provider signed this person in, if it is one: the
 * provider's name in Cognito's `identities` attribute, looked up in `ORGANISATION_IDPS` (provider
 * name → OIN, set by CDK). A company's broker is not in it.
 */
function organisationOfProvider(identities: string | undefined): string | undefined {
  try {
    const known = JSON.parse(process.env.ORGANISATION_IDPS ?? '{}') as Record<string, string>;
    const providers = (JSON.parse(identities ?? '[]') as { providerName?: string }[]).map(
      (i) => i.providerName,
    );
    const name = providers.find((p) => p !== undefined && Object.hasOwn(known, p));
    return name ? known[name] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cognito pre token generation (V2): puts the user's role and organisation, and the one scope of
 * that role, into the access token.
 * - A company's person signed in through an eHerkenning or eIDAS broker (a federated identity):
 *   role `sme`, the organisation and the level of assurance come from the broker's verified claims
 *   only (mapped onto `custom:acting_for`, `custom:acr`); attributes anyone else set are ignored.
 * - An official has a Cognito account: role and organisation are attributes only an invitation or
 *   an administrator sets. No Cognito account acts as a company.
 * - An official from their organisation's own identity provider (OIDC or SAML): the organisation
 *   is the provider's, the role the one it states, if it is one an organisation gives.
 * Anyone else gets no scope, so every protected route refuses them.
 */
export const handler = async (event: PreTokenGenerationV2TriggerEvent) => {
  const attributes = event.request.userAttributes;
  const federated = Boolean(attributes.identities);
  const organisation = federated ? organisationOfProvider(attributes.identities) : undefined;
  let claims: Record<string, string>;
  let role: Role;
  if (organisation) {
    // An official from their organisation's own identity provider: the organisation is the
    // provider's (configured), the role the provider states, and only a role an organisation gives.
    const given = attributes[CLAIMS.role] as Role | undefined;
    if (!given || !ORGANISATION_ROLES.includes(given)) {
      logger.warn('organisation sign-in without a role it may give: no scope granted', {
        userName: event.userName,
      });
      return event;
    }
    role = given;
    claims = { [CLAIMS.role]: role, [CLAIMS.org]: organisation };
  } else if (federated) {
    const company = companyFromBroker({
      actingFor: attributes[BROKER_ATTRIBUTES.actingFor],
      acr: attributes[BROKER_ATTRIBUTES.acr],
      intermediary: attributes[BROKER_ATTRIBUTES.intermediary],
    });
    if ('refused' in company) {
      logger.warn('broker sign-in without a company: no scope granted', {
        userName: event.userName,
        refused: company.refused,
      });
      return event;
    }
    role = 'sme';
    claims = {
      [CLAIMS.role]: role,
      [CLAIMS.org]: company.org,
      [CLAIMS.assurance]: company.assurance,
      ...(company.intermediary ? { [CLAIMS.intermediary]: company.intermediary } : {}),
    };
  } else {
    const given = attributes[CLAIMS.role] as Role | undefined;
    const org = attributes[CLAIMS.org];
    if (!given || !ROLES.includes(given) || given === 'sme' || !org) {
      logger.warn('user without a government role or organisation: no scope granted', {
        userName: event.userName,
      });
      return event;
    }
    role = given;
    claims = { [CLAIMS.role]: role, [CLAIMS.org]: org };
  }
  event.response = {
    claimsAndScopeOverrideDetails: {
      accessTokenGeneration: {
        // The address goes along only when it is verified: e-mail is sent to it.
        claimsToAddOrOverride: {
          ...claims,
          // The organisation's own provider vouches for its people's addresses.
          ...(attributes.email && (organisation || attributes.email_verified === 'true')
            ? { email: attributes.email }
            : {}),
        },
        scopesToAdd: [scopeFor(role)],
      },
    },
  };
  return event;
};
