import * as z from 'zod/mini';
import type { AnyRoute } from './route.ts';

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
      items: {
        type: 'object',
        properties: {
          field: { type: 'string' },
          message: { type: 'string' },
          rule: { type: 'string', description: 'Which rule failed, when a field can fail in several ways' },
          values: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
        },
      },
    },
  },
};

type Io = 'input' | 'output';
type Json = Record<string, unknown>;

/** Named shapes are components: output shapes by their name, input shapes as `<name>Input`. */
const componentName = (id: string, io: Io) => (io === 'input' ? `${id}Input` : id);

/**
 * Drop what is noise to a reader and a generator: bounds that only say "a JavaScript number"
 * (±2^53 on every integer) and the regular expression spelled out beside `format: uuid`.
 */
const withoutNoise = ({ jsonSchema }: { jsonSchema: Json }) => {
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  if (jsonSchema.format === 'uuid') delete jsonSchema.pattern;
};

/**
 * Converts zod schemas to JSON Schema with the named shapes as shared components. Zod extracts a
 * schema whose metadata has an `id` into `$defs`; the ids come from `named` on top of the schemas'
 * own metadata (descriptions), and each `$defs` entry becomes a component that every use refers to.
 */
function converter(named: Record<string, z.ZodMiniType>) {
  const ids = new Map<unknown, string>(Object.entries(named).map(([id, schema]) => [schema, id]));
  const metadata = {
    get: (schema: z.core.$ZodType) => {
      const own = z.globalRegistry.get(schema);
      const id = ids.get(schema);
      return id ? { ...own, id } : own;
    },
  } as unknown as z.core.$ZodRegistry<Record<string, unknown>>;
  const components: Record<string, Json> = {};

  const toJson = (schema: z.ZodMiniType, io: Io): Json => {
    const converted = z.toJSONSchema(schema, {
      io,
      metadata,
      unrepresentable: 'any',
      reused: 'inline',
      override: withoutNoise as never,
    });
    const text = JSON.stringify(converted).replace(
      /"#\/\$defs\/([A-Za-z]+)"/g,
      (_, id: string) => `"#/components/schemas/${componentName(id, io)}"`,
    );
    const {
      $schema: _s,
      $defs,
      id: _id,
      ...body
    } = JSON.parse(text) as Json & { $defs?: Record<string, Json> };
    for (const [id, def] of Object.entries($defs ?? {})) {
      const { id: _own, ...rest } = def;
      components[componentName(id, io)] = rest;
    }
    return body;
  };

  return {
    schema(schema: z.ZodMiniType, io: Io): Json {
      const id = ids.get(schema);
      if (!id) return toJson(schema, io);
      const name = componentName(id, io);
      if (!components[name]) {
        // Zod may put the root itself in `$defs` (then toJson has stored it and answers a `$ref`).
        const body = toJson(schema, io);
        components[name] ??= body;
      }
      return { $ref: `#/components/schemas/${name}` };
    },
    components: () => Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
  };
}
type Converter = ReturnType<typeof converter>;

function parameters(convert: Converter, route: AnyRoute) {
  const list: Record<string, unknown>[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = convert.schema(schema, 'input') as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      list.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  if (route.method !== 'GET')
    list.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Sent again with the same key (by the same person, within a day), the write is not done twice: the first answer comes back, marked `Idempotent-Replayed: true`.',
      schema: { type: 'string', minLength: 8, maxLength: 128, pattern: '^[\\x21-\\x7e]+$' },
    });
  return list;
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * The OpenAPI 3.1 document of the route table (JSON Schema 2020-12), with the named shapes as
 * components that every use refers to.
 */
export function buildOpenApi(
  routes: readonly AnyRoute[],
  info: { title: string; version: string },
  named: Record<string, z.ZodMiniType> = {},
) {
  const convert = converter(named);
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
                'application/json': { schema: convert.schema(route.response, 'output') },
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
      parameters: parameters(convert, route),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: convert.schema(route.body, 'input') } },
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
      schemas: { Problem: problemSchema, ...convert.components() },
    },
  };
}
