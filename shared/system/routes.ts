import * as z from 'zod/mini';
import { defineRoute } from '#shared/http/route.ts';

const tags = ['System'];

export const systemRoutes = {
  health: defineRoute({
    operationId: 'health',
    method: 'GET',
    path: '/health',
    function: 'systemApi',
    summary: 'Liveness of the API; locally also how far the event consumers are behind',
    tags,
    access: 'public',
    tenancy: 'any',
    response: z.object({
      status: z.literal('ok'),
      time: z.string(),
      /** Locally: stream records not yet applied by every consumer, and the oldest one's wait in seconds. */
      events: z.optional(z.object({ waiting: z.int(), oldestSeconds: z.number() })),
    }),
    successStatus: 200,
  }),
  openapi: defineRoute({
    operationId: 'openapi',
    method: 'GET',
    path: '/openapi.json',
    function: 'systemApi',
    summary: 'This API as an OpenAPI 3.1 document, generated from the same schemas that validate requests',
    tags,
    access: 'public',
    tenancy: 'any',
    response: z.record(z.string(), z.unknown()),
    successStatus: 200,
  }),
};
