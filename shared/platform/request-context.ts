import type { EventContext } from '#events/envelope.ts';
import type { Caller } from '#shared/auth/caller.ts';

/** What a request knows about itself, for events and audit: who calls, and the chain it belongs to. */
export interface RequestContext {
  caller: Caller;
  correlationId: string;
}

/** The metadata every event of this request carries. */
export const eventContext = ({ caller, correlationId }: RequestContext): EventContext => ({
  correlationId,
  actor: {
    role: caller.role,
    org: caller.org,
    sub: caller.sub,
    ...(caller.assurance ? { assurance: caller.assurance } : {}),
  },
});
