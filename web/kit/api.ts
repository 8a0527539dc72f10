import type { z } from 'zod/mini';
import type { AnyRoute } from '#shared/http/route.ts';

/**
 * The site's only way to data: the public HTTP API, called with the signed-in person's token.
 * Routes come from the same route table the API serves, so paths, methods and the shapes of
 * answers are one definition. The site holds no table permission of its own.
 */
export interface Problem {
  type: string;
  status: number;
  detail: string;
  errors?: { field: string; message: string; rule?: string; values?: Record<string, string | number> }[];
  [extension: string]: unknown;
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; problem: Problem };

export interface ApiInput {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

export type ApiClient = <R extends AnyRoute>(
  route: R,
  input?: ApiInput,
) => Promise<ApiResult<z.output<R['response']>>>;

export function pathOf(route: Pick<AnyRoute, 'path'>, input: ApiInput = {}): string {
  const path = route.path.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => {
    const value = input.params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${route.path}`);
    return encodeURIComponent(String(value));
  });
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(input.query ?? {}))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** A client for one request: the API's base URL and, when signed in, the bearer token. */
/** The API could not be reached (a connection refused or reset): the site says so, with a retry. */
export class ApiUnreachable extends Error {
  constructor(cause: unknown) {
    super('the API could not be reached', { cause });
    this.name = 'ApiUnreachable';
  }
}

/** The hidden field that names one rendering of a form (see `CsrfField`). */
export const ATTEMPT_FIELD = '_attempt';
const ATTEMPT = /^[A-Za-z0-9-]{8,64}$/;

/** A form's attempt id as posted, if it is one. */
export const attemptOf = (values: Record<string, string>) =>
  ATTEMPT.test(values[ATTEMPT_FIELD] ?? '') ? values[ATTEMPT_FIELD] : undefined;

/**
 * A client for one request. With a form's `attempt`, each write it makes carries an
 * Idempotency-Key from it (numbered in order, as a post's writes come in the same order each
 * time it is sent), so the same form sent again gets the first answers.
 */
export function apiClient(
  baseUrl: string,
  token?: string,
  fetchImpl: typeof fetch = fetch,
  attempt?: string,
): ApiClient {
  let writes = 0;
  return async (route, input = {}) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (input.body !== undefined) headers['content-type'] = 'application/json';
    if (attempt && route.method !== 'GET') headers['idempotency-key'] = `${attempt}.${++writes}`;
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${pathOf(route, input)}`, {
        method: route.method,
        headers,
        ...(input.body !== undefined ? { body: JSON.stringify(input.body) } : {}),
      });
    } catch (error) {
      throw new ApiUnreachable(error);
    }
    const text = await response.text();
    const json = text ? (JSON.parse(text) as unknown) : undefined;
    if (response.ok) return { ok: true, status: response.status, data: json as never };
    const problem =
      json && typeof json === 'object' && 'type' in json
        ? (json as Problem)
        : { type: 'about:blank', status: response.status, detail: response.statusText };
    return { ok: false, status: response.status, problem };
  };
}
