import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { core } from 'zod/mini';

type ZodError = core.$ZodError;

import { DomainError, type FieldError, STATUS_BY_KIND, validationFailed } from '#shared/platform/errors.ts';
import type { ProblemType } from '#shared/platform/problem-types.ts';
import { isTransient } from '#shared/platform/retry.ts';

/** Problem `type` URIs are stable: clients may switch on them. */
export const PROBLEM_BASE = 'https://innovatiemarkt.nl/problems/';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [extension: string]: unknown;
}

export function problemResponse(
  problem: ProblemDocument,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: problem.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(problem),
  };
}

/** Zod issues as field errors, with paths like `body.phases.0.budgetCents`. */
export function fieldErrors(error: ZodError, prefix: string): FieldError[] {
  return error.issues.slice(0, 50).map((issue) => ({
    field: [prefix, ...issue.path.map(String)].join('.'),
    message:
      issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message,
  }));
}

export const invalid = (error: ZodError, prefix: string) =>
  validationFailed(
    fieldErrors(error, prefix),
    `The ${prefix === 'body' ? 'request body' : `request ${prefix}`} is not valid.`,
  );

/**
 * A request that timed out or a connection that dropped. Not retried by `withRetry` (a write may
 * have landed), but it passes like throttling does.
 */
const INTERRUPTED = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
]);

/**
 * Failures that pass: the database throttled beyond the retries (`isTransient`, the one list of
 * them), a request timed out, a connection dropped. The client may try again shortly, so they
 * answer 503 with `Retry-After`, never 500, and say that the write may have happened.
 */
export function isBusy(error: unknown): boolean {
  if (isTransient(error)) return true;
  if (!(error instanceof Error)) return false;
  const { name, code } = error as Error & { code?: string };
  return INTERRUPTED.has(name) || (code !== undefined && INTERRUPTED.has(code));
}

/** The problem type of a failure that passes. */
const BUSY: ProblemType = 'busy';

/** Seconds a client waits before trying a busy service again. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * The one mapping from errors to HTTP. Domain errors become their problem; a failure that passes
 * is a 503 to retry; anything else is a 500 that says nothing of its cause (the log has it,
 * under the request id).
 */
export function toProblem(error: unknown, instance?: string): ProblemDocument {
  if (error instanceof DomainError) {
    const status = STATUS_BY_KIND[error.kind];
    // Extensions first: they can never override the standard members.
    return {
      ...error.extensions,
      type: `${PROBLEM_BASE}${error.type}`,
      title: TITLES[status] ?? 'Error',
      status,
      detail: error.detail,
      ...(instance ? { instance } : {}),
    };
  }
  if (isBusy(error))
    return {
      type: `${PROBLEM_BASE}${BUSY}`,
      title: TITLES[503]!,
      status: 503,
      detail: `The service is busy; try again in ${RETRY_AFTER_SECONDS} seconds. A write may have been made: read before you repeat it.`,
      ...(instance ? { instance } : {}),
    };
  return {
    type: `${PROBLEM_BASE}internal`,
    title: TITLES[500]!,
    status: 500,
    detail: 'Something went wrong on our side. Quote the instance id when you report it.',
    ...(instance ? { instance } : {}),
  };
}
