import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import type { z } from 'zod/mini';
import { type Runtime, type RuntimeOptions, startRuntime } from '#infra/local/runtime.ts';
import type { AssuranceLevel } from '#shared/auth/assurance.ts';
import type { Role } from '#shared/auth/caller.ts';
import type { AnyRoute } from '#shared/http/route.ts';
import { type Problem, pathOf } from '#web/kit/api.ts';

export interface TestApi {
  runtime: Runtime;
  stateDir: string;
  call: (
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ) => Promise<{ status: number; headers: Headers; body: any }>;
  /**
   * One route of the route table, typed by it: the body as the route takes it, the answer as the
   * route gives it (and the problem document when it refuses).
   */
  request: <R extends AnyRoute>(route: R, input?: RouteInput<R>) => Promise<RouteAnswer<R>>;
  /** A token; a company's at the highest level of assurance unless `assurance` says otherwise. */
  as: (role: Role, org: string, sub?: string, email?: string, assurance?: AssuranceLevel) => Promise<string>;
}

export interface RouteInput<R extends AnyRoute> {
  token?: string;
  params?: Record<string, string | number>;
  query?: Record<string, string | number | undefined>;
  body?: z.input<NonNullable<R['body']>>;
}
export interface RouteAnswer<R extends AnyRoute> {
  status: number;
  headers: Headers;
  /** The answer (typed by the route's response schema) when it succeeded. */
  body: z.output<R['response']>;
  /** The problem document when it was refused. */
  problem?: Problem;
}

/** The local runtime on a fresh table in the shared DynamoDB Local, on a free port. */
export async function startTestRuntime(options: Partial<RuntimeOptions> = {}): Promise<TestApi> {
  // Bursts of 50 requests in one process on a shared DynamoDB Local: more than Lambda's 10 s.
  process.env.LOCAL_HANDLER_TIMEOUT_MS ??= '30000';
  const stateDir = mkdtempSync(path.join(tmpdir(), 'innovatiemarkt-test-'));
  const runtime = await startRuntime({
    port: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableDefinition: inject('tableDefinition'),
    tableName: `t-${randomUUID()}`,
    stateDir,
    backoffMs: 5,
    autoSchedule: false,
    ...options,
  });
  return { runtime, stateDir, ...apiAt(runtime.url, runtime.token) };
}

/** The public API at `url` as tests call it, with tokens from `sign` (the dev issuer's). */
export function apiAt(url: string, sign: Runtime['token']): Omit<TestApi, 'runtime' | 'stateDir'> {
  const api: Omit<TestApi, 'runtime' | 'stateDir'> = {
    // A company's people have an address (a bidder must be reachable to submit); others only when given.
    as: (role, org, sub, email, assurance) =>
      sign(
        role,
        org,
        sub,
        email ?? (role === 'sme' ? `${sub ?? 'inschrijver'}@kvk-${org}.example` : undefined),
        assurance,
      ),
    request: async (route, input = {}) => {
      const answer = await api.call(route.method, pathOf(route, input), {
        ...(input.token ? { token: input.token } : {}),
        ...(input.body !== undefined ? { body: input.body } : {}),
      });
      return answer.status >= 400 ? { ...answer, problem: answer.body as Problem } : answer;
    },
    call: async (method, path, { token, body, rawBody, headers = {} } = {}) => {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        ...(rawBody !== undefined
          ? { body: rawBody }
          : body !== undefined
            ? { body: JSON.stringify(body) }
            : {}),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
  };
  return api;
}
