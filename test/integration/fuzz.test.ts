import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '#shared/auth/caller.ts';
import { routeTable } from '#shared/routes.ts';
import { ORGS } from '../support/fixtures.ts';
import { marketplace } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/**
 * Hostile input across every route: malformed JSON, wrong types, oversized and odd strings,
 * prototype-pollution keys, bad ids in the path, junk queries and content types, valid tokens
 * of every role and broken tokens. Every answer must be a problem document below 500, and the
 * table must not change.
 */
let api: TestApi;
const tokens: string[] = [];
const tokenOf = {} as Record<(typeof ROLES)[number], string>;

beforeAll(async () => {
  api = await marketplace();
  for (const role of ROLES) {
    // No address in the identities: recording one (POST /me/address) would be a write no hostile input made.
    tokenOf[role] = await api.as(
      role,
      role === 'sme' ? '12345678' : ORGS.zuidHolland.oin,
      `fuzz-${role}`,
      '',
    );
    tokens.push(tokenOf[role]);
  }
  tokens.push('not-a-token', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', '');
});
afterAll(() => api?.runtime.stop());

const oddString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '../..',
    '%00',
    '\u0000',
    '<script>',
    "' OR 1=1 --",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
    '${7*7}',
    '{{7*7}}',
    '😀'.repeat(50),
    'x'.repeat(5_000),
  ),
  fc.uuid(),
);
const hostileKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'status', 'role', 'org'),
);
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 1e308),
    oddString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 6 }),
  ),
})).value;

const rawBody = fc.oneof(
  jsonValue.map((v) => JSON.stringify(v) ?? 'null'),
  fc.constantFrom(
    '{',
    '{"a":',
    '[1,2',
    'null',
    'true',
    '"x"',
    '{"__proto__":{"polluted":true}}',
    '\uFEFF{}',
    'x'.repeat(300_000),
  ),
  fc.string({ maxLength: 200 }),
);

const request = fc.record({
  route: fc.constantFrom(...routeTable),
  params: fc.array(oddString, { minLength: 4, maxLength: 4 }),
  query: fc.oneof(
    fc.constant(''),
    fc
      .dictionary(fc.string({ maxLength: 8 }), oddString, { maxKeys: 4 })
      .map((q) => new URLSearchParams(q as Record<string, string>).toString()),
  ),
  body: fc.option(rawBody, { nil: undefined }),
  contentType: fc.oneof(
    { arbitrary: fc.constant('application/json'), weight: 4 },
    {
      arbitrary: fc.constantFrom('text/plain', 'application/json; charset=latin1', 'multipart/form-data', ''),
      weight: 1,
    },
  ),
  token: fc.nat({ max: 100 }),
  // Mostly the route's own method and a role it allows, so the input reaches validation.
  method: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 9 },
    { arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'), weight: 1 },
  ),
  allowedRole: fc.oneof(
    { arbitrary: fc.constant(true), weight: 3 },
    { arbitrary: fc.constant(false), weight: 1 },
  ),
});

describe('hostile requests', () => {
  it('never cause a 5xx, always answer a problem document, and change nothing', async () => {
    await api.runtime.settle();
    const before = await tableSnapshot();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        request,
        async ({ route, params, query, body, contentType, token, method, allowedRole }) => {
          let i = 0;
          const path = route.path.replace(/\{\w+\}/g, () => encodeURIComponent(params[i++ % params.length]!));
          const verb = method ?? route.method;
          const bearer =
            allowedRole && route.access !== 'public'
              ? tokenOf[route.access[token % route.access.length]!]
              : tokens[token % tokens.length];
          const response = await api.call(verb, `${path}${query ? `?${query}` : ''}`, {
            ...(bearer ? { token: bearer } : {}),
            ...(body !== undefined && verb !== 'GET' ? { rawBody: body } : {}), // fetch sends no GET body
            headers: contentType ? { 'content-type': contentType } : {},
          });
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          expect(response.status, `${route.method} ${path} → ${JSON.stringify(response.body)}`).toBeLessThan(
            500,
          );
          if (response.status >= 400) {
            expect(response.headers.get('content-type')).toBe('application/problem+json');
            expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(ts|js|mjs):\d+/);
          }
        },
      ),
      { numRuns: 1_200 },
    );
    expect(await tableSnapshot()).toEqual(before);
    if (process.env.FUZZ_REPORT) console.log(Object.fromEntries(statuses));
    const fourXx = [...statuses].filter(([s]) => s >= 400 && s < 500).reduce((sum, [, n]) => sum + n, 0);
    expect(fourXx).toBeGreaterThan(1_000);
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
  });
});
