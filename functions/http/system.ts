import { verifyToken } from '#shared/auth/tokens.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { buildOpenApi } from '#shared/http/openapi.ts';
import { clock } from '#shared/platform/clock.ts';
import { eventLag } from '#shared/platform/event-lag.ts';
import { namedSchemas, routes, routeTable } from '#shared/routes.ts';

let document: ReturnType<typeof buildOpenApi> | undefined;

export const handler = httpHandler(
  [
    implement(routes.health, async () => {
      const events = eventLag();
      return { body: { status: 'ok' as const, time: clock.nowIso(), ...(events ? { events } : {}) } };
    }),
    implement(routes.openapi, async () => {
      document ??= buildOpenApi(routeTable, { title: 'innovatiemarkt', version: '0.1.0' }, namedSchemas);
      return { body: document };
    }),
  ],
  { verifyToken },
);
