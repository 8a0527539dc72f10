import * as z from 'zod/mini';
import { defineRoute } from '#shared/http/route.ts';

const tags = ['System'];

export const systemRoutes = {
  health: defineRoute({
    operationId: 'health',
    method: 'GET',
    path: '/health',
    function: 'systemApi',
    summary: 'Liveness of the API',
    tags,
    access: 'public',
    tenancy: 'any',
    response: z.object({ status: z.literal('ok'), time: z.string() }),
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
