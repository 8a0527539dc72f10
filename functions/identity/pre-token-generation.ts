import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { CLAIMS, ROLES, type Role, scopeFor } from '#shared/auth/caller.ts';
import { logger } from '#shared/platform/logger.ts';

/**
 * Cognito pre token generation (V2): puts the user's role and organisation — custom attributes
 * only the programme office can set — into the access token, with the one scope of that role.
 * A user without a valid role gets no scope, so every protected route refuses them.
 */
export const handler = async (event: PreTokenGenerationV2TriggerEvent) => {
  const attributes = event.request.userAttributes;
  const role = attributes[CLAIMS.role] as Role | undefined;
  const org = attributes[CLAIMS.org];
  if (!role || !ROLES.includes(role) || !org) {
    logger.warn('user without a role or organisation: no scope granted', { userName: event.userName });
    return event;
  }
  event.response = {
    claimsAndScopeOverrideDetails: {
      accessTokenGeneration: {
        // The address goes along only when Cognito verified it: e-mail is sent to it.
        claimsToAddOrOverride: {
          [CLAIMS.role]: role,
          [CLAIMS.org]: org,
          ...(attributes.email && attributes.email_verified === 'true' ? { email: attributes.email } : {}),
        },
        scopesToAdd: [scopeFor(role)],
      },
    },
  };
  return event;
};
