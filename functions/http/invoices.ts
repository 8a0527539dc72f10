import { readInvoice, submitInvoice } from '#shared/contracts/invoicing.ts';
import { contractRoutes as routes } from '#shared/contracts/routes.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { assertActiveMember } from '#shared/people/members.ts';

/**
 * A milestone's e-invoice: checked against EN 16931 and Peppol BIS Billing 3.0 (the official
 * Schematron rule sets, compiled once per cold start) and matched to the milestone. The only
 * function that carries the rule sets and the XPath engine, so the other contract routes stay light.
 */
export const handler = httpHandler(
  [
    implement(routes.submitInvoice, async ({ params, body, caller, correlationId }) => ({
      body: await submitInvoice(params.awardId, params.milestone, body, { caller, correlationId }),
    })),
    implement(routes.getInvoice, async ({ params, caller }) => ({
      body: await readInvoice(params.awardId, params.milestone, caller),
    })),
  ],
  { activeMember: assertActiveMember },
);
