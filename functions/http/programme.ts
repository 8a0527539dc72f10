import { envelopeTotals, listEnvelopes, setEnvelope } from '#shared/funding/envelopes.ts';
import { fundingRoutes } from '#shared/funding/routes.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { listGovernmentOrganisations, putGovernmentOrganisation } from '#shared/organisations/registry.ts';
import { assertActiveMember } from '#shared/people/members.ts';
import { eventContext } from '#shared/platform/request-context.ts';

// Only this function's route groups (and their schemas) are bundled with it.
const routes = { ...fundingRoutes };

export const handler = httpHandler(
  [
    implement(routes.putEnvelope, async ({ params, body, caller, correlationId }) => ({
      body: await setEnvelope(params.year, params.funderOin, body, eventContext({ caller, correlationId })),
    })),
    implement(routes.listEnvelopes, async ({ params }) => {
      const envelopes = await listEnvelopes(params.year);
      return { body: { year: params.year, envelopes, totals: envelopeTotals(envelopes) } };
    }),
    implement(routes.listGovernmentOrganisations, async () => ({
      body: { items: await listGovernmentOrganisations() },
    })),
    implement(routes.putGovernmentOrganisation, async ({ params, body, caller, correlationId }) => {
      const organisation = { oin: params.oin, ...body };
      await putGovernmentOrganisation(organisation, eventContext({ caller, correlationId }));
      return { body: organisation };
    }),
  ],
  { activeMember: assertActiveMember },
);
