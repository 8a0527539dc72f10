import { z } from 'zod';
import type { AnyRoute } from './route.ts';

/** Builds the OpenAPI 3.1 document from the route table's zod schemas (JSON Schema 2020-12). */
const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
};

function parameters(route: AnyRoute) {
  const list: Record<string, unknown>[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      list.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return list;
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export function buildOpenApi(routes: readonly AnyRoute[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const isPublic = route.access === 'public';
    const responses: Record<string, unknown> = {
      [route.successStatus]: {
        description: 'OK',
        ...(route.successStatus === 204
          ? {}
          : {
              content: {
                'application/json': { schema: jsonSchema(route.response, 'output') },
                ...Object.fromEntries(
                  (route.alsoProduces ?? []).map((type) => [type, { schema: { type: 'string' } }]),
                ),
              },
            }),
      },
      '400': problem('The request is not valid'),
      ...(isPublic
        ? {}
        : {
            '401': problem('No valid bearer token'),
            '403': problem('The caller’s role or organisation may not do this'),
          }),
      ...(route.params ? { '404': problem('Not found') } : {}),
      ...(route.body
        ? {
            '413': problem('Body too large'),
            '415': problem('Not JSON'),
            '422': problem('Breaks a business rule'),
          }
        : {}),
    };
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: route.tags,
      // Whose resource it is, per role (see TENANCY_RULES): documented where clients look.
      'x-tenancy': route.tenancy,
      ...(isPublic
        ? { security: [{}, { bearer: [] }] }
        : { security: [{ bearer: [] }], 'x-roles': route.access }),
      parameters: parameters(route),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description: 'Joint SBIR and innovation-partnership procurement with exact co-funding per funder.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: problemSchema },
    },
  };
}
