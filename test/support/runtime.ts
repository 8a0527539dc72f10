import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { type Runtime, type RuntimeOptions, startRuntime } from '#infra/local/runtime.ts';
import type { Role } from '#shared/auth/caller.ts';

export interface TestApi {
  runtime: Runtime;
  stateDir: string;
  call: (
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ) => Promise<{ status: number; headers: Headers; body: any }>;
  as: (role: Role, org: string, sub?: string) => Promise<string>;
}

/** The local runtime on a fresh table in the shared DynamoDB Local, on a free port. */
export async function startTestRuntime(options: Partial<RuntimeOptions> = {}): Promise<TestApi> {
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
  return {
    runtime,
    stateDir,
    as: (role, org, sub) => runtime.token(role, org, sub),
    call: async (method, url, { token, body, rawBody, headers = {} } = {}) => {
      const response = await fetch(`${runtime.url}${url}`, {
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
}
