import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { z } from 'zod/mini';
import { ASSURANCE_NAMES, BASELINE_ASSURANCE, meetsAssurance } from '#shared/auth/assurance.ts';
import { bearerToken } from '#shared/auth/bearer.ts';
import { type Caller, callerFromClaims, scopesOf } from '#shared/auth/caller.ts';
import { config } from '#shared/platform/config.ts';
import { badRequest, DomainError, forbidden } from '#shared/platform/errors.ts';
import { logger, withLogKeys } from '#shared/platform/logger.ts';
import { IDEMPOTENCY_HEADER, idempotent } from './idempotency.ts';
import { invalid, problemResponse, RETRY_AFTER_SECONDS, toProblem } from './problem.ts';
import { type AnyRoute, routeKey } from './route.ts';

/** API Gateway HTTP API (payload 2.0) event, with the JWT authorizer's verified claims when present. */
export type HttpEvent = APIGatewayProxyEventV2 & {
  requestContext: APIGatewayProxyEventV2['requestContext'] & {
    authorizer?: { jwt?: { claims?: Record<string, unknown>; scopes?: string[] } };
  };
};

type Infer<T> = [Exclude<T, undefined>] extends [never]
  ? undefined
  : z.infer<Exclude<T, undefined> & z.ZodMiniType>;

export interface HttpRequest<R extends AnyRoute> {
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  body: Infer<R['body']>;
  /** From verified claims only; undefined for anonymous callers of public routes. */
  caller: R['access'] extends 'public' ? Caller | undefined : Caller;
  correlationId: string;
  requestId: string;
}

export interface HttpResult<T> {
  status?: number;
  body: T;
  headers?: Record<string, string>;
  /** A non-JSON rendering of `body` (e.g. CSV) to send instead; `body` is still validated. */
  text?: { contentType: string; content: string };
}

export interface Operation {
  route: AnyRoute;
  run: (request: HttpRequest<AnyRoute>) => Promise<HttpResult<unknown>>;
}

/** Binds a use case to its route; the types of params, query, body and result come from the route. */
export function implement<R extends AnyRoute>(
  route: R,
  run: (request: HttpRequest<R>) => Promise<HttpResult<z.input<R['response']>>>,
): Operation {
  return { route, run: run as unknown as Operation['run'] };
}

const CORRELATION_ID = /^[A-Za-z0-9._-]{1,128}$/;
const JSON_TYPE = /^application\/(?:[a-z0-9.+-]+\+)?json\s*(?:;\s*charset=utf-8\s*)?$/i;

async function identify(
  event: HttpEvent,
  route: AnyRoute,
  verifyToken: TokenVerifier | undefined,
): Promise<Caller | undefined> {
  // Protected routes: API Gateway's JWT authorizer (or the local gateway) already verified the token.
  const jwt = event.requestContext.authorizer?.jwt;
  const claims = jwt?.claims;
  if (claims) {
    // API Gateway hands over the scopes as a list (the `scope` claim is also in the claims).
    const caller = callerFromClaims(claims, jwt?.scopes?.length ? jwt.scopes : scopesOf(claims));
    if (!caller)
      throw new DomainError(
        'unauthorized',
        'invalid-claims',
        'The token does not name a known role and organisation.',
      );
    return caller;
  }
  if (route.access !== 'public') {
    throw new DomainError('unauthorized', 'unauthenticated', 'This route needs a bearer token.');
  }
  // Public routes have no authorizer: verify an offered token here, with the same verifier.
  const token = bearerToken(event.headers?.authorization);
  if (!token) {
    if (event.headers?.authorization)
      throw new DomainError(
        'unauthorized',
        'invalid-token',
        'The Authorization header is not a bearer token.',
      );
    return undefined;
  }
  if (!verifyToken) throw new Error(`${routeKey(route)} is public but its function has no token verifier`);
  const payload = await verifyToken(token);
  const caller = payload ? callerFromClaims(payload as Record<string, unknown>) : undefined;
  if (!caller) throw new DomainError('unauthorized', 'invalid-token', 'The bearer token is not valid.');
  return caller;
}

function readBody(event: HttpEvent, route: AnyRoute): unknown {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (!route.body) {
    if (text.trim().length > 0)
      throw badRequest('unexpected-body', `${routeKey(route)} takes no request body.`);
    return undefined;
  }
  // Size first, before any parsing work.
  const size = Buffer.byteLength(text, 'utf8');
  if (size > config.maxBodyBytes()) {
    throw new DomainError(
      'payload-too-large',
      'payload-too-large',
      `The body is ${size} bytes; the limit is ${config.maxBodyBytes()}.`,
    );
  }
  const contentType = event.headers?.['content-type'] ?? '';
  if (!JSON_TYPE.test(contentType)) {
    throw new DomainError(
      'unsupported-media-type',
      'unsupported-media-type',
      'Send the body as application/json.',
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('malformed-json', 'The request body is not valid JSON.');
  }
}

function validate<T extends z.ZodMiniType | undefined>(schema: T, value: unknown, where: string): Infer<T> {
  if (!schema) return undefined as Infer<T>;
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw invalid(parsed.error, where);
  return parsed.data as Infer<T>;
}

/**
 * The Lambda handler for one route group. Every route goes the same way: find the route,
 * identify the caller, check access, validate, run the use case, answer JSON or a problem.
 */
/** Verifies a bearer token (shared/auth/tokens.ts): given only by functions that serve public routes. */
export type TokenVerifier = (token: string) => Promise<Record<string, unknown> | undefined>;

/**
 * One Lambda handler for a function's routes. `verifyToken` is for public routes, where no
 * authorizer ran and an offered token is verified here; functions without public routes leave it
 * out and so bundle no jose. A public route without it is refused when the function loads.
 */
export function httpHandler(
  operations: readonly Operation[],
  options: {
    verifyToken?: TokenVerifier;
    /** For routes that decide: refuses a caller whose membership was revoked (a table read). */
    activeMember?: (caller: Caller) => Promise<void>;
  } = {},
) {
  const byKey = new Map(operations.map((op) => [routeKey(op.route), op]));
  const publicRoute = operations.find((op) => op.route.access === 'public');
  if (publicRoute && !options.verifyToken)
    throw new Error(`${routeKey(publicRoute.route)} is public: its function's httpHandler needs verifyToken`);
  const deciding = operations.find((op) => op.route.decides);
  if (deciding && !options.activeMember)
    throw new Error(`${routeKey(deciding.route)} decides: its function's httpHandler needs activeMember`);
  const validateResponses = process.env.VALIDATE_RESPONSES === 'true';

  const handle = (event: HttpEvent, context: Context): Promise<APIGatewayProxyStructuredResultV2> =>
    withLogKeys({ routeKey: event.routeKey, correlationId: correlationIdOf(event) }, () =>
      withinBudget(serve(event, context), context),
    );
  const serve = async (event: HttpEvent, _context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    const operation = byKey.get(event.routeKey);
    if (!operation) throw new DomainError('not-found', 'route-not-found', `No route ${event.routeKey}.`);
    const { route } = operation;
    const caller = await identify(event, route, options.verifyToken);
    if (route.access !== 'public' && !route.access.includes(caller!.role)) {
      throw forbidden('role-not-allowed', `The ${caller!.role} role may not call ${routeKey(route)}.`, {
        allowedRoles: route.access,
      });
    }
    // A company acts at the level of assurance it signed in with: reading and asking at EH2+,
    // binding the company (a bid, its withdrawal, an objection, a report) at EH3.
    if (caller?.role === 'sme') {
      const needed = route.assurance ?? BASELINE_ASSURANCE;
      if (!meetsAssurance(caller.assurance, needed))
        throw forbidden(
          'assurance-too-low',
          `${routeKey(route)} needs a sign-in at level ${ASSURANCE_NAMES[needed]} or higher; this sign-in is ${caller.assurance ? ASSURANCE_NAMES[caller.assurance] : 'of no known level'}. Sign in again at the level needed.`,
          { needed, ...(caller.assurance ? { current: caller.assurance } : {}) },
        );
    }
    if (route.decides && caller) await options.activeMember!(caller);
    const body = readBody(event, route);
    const request: HttpRequest<AnyRoute> = {
      params: validate(route.params, event.pathParameters, 'path'),
      query: validate(route.query, event.queryStringParameters, 'query'),
      body: validate(route.body, body, 'body'),
      caller: caller as Caller,
      correlationId: correlationIdOf(event),
      requestId: event.requestContext.requestId,
    };
    const respond = async (): Promise<APIGatewayProxyStructuredResultV2> => {
      const result = await operation.run(request);
      const payload = validateResponses ? route.response.parse(result.body) : result.body;
      const status = result.status ?? route.successStatus;
      return {
        statusCode: status,
        headers: {
          'content-type': result.text?.contentType ?? 'application/json',
          'x-correlation-id': request.correlationId,
          'cache-control': route.access === 'public' && !caller ? 'public, max-age=30' : 'no-store',
          ...result.headers,
        },
        body: status === 204 ? '' : (result.text?.content ?? JSON.stringify(payload)),
      };
    };
    if (route.method === 'GET') return respond();
    // A write sent again under the same Idempotency-Key gets its first answer (after validation:
    // a refused request holds no key).
    const answer = await idempotent(
      event.headers?.[IDEMPOTENCY_HEADER],
      { caller, routeKey: event.routeKey, path: event.rawPath ?? '', body: event.body ?? '' },
      respond,
    );
    return { ...answer, headers: { ...answer.headers, 'x-correlation-id': request.correlationId } };
  };

  return middy<HttpEvent, APIGatewayProxyStructuredResultV2>(handle).use({
    onError: (request) => {
      const problem = toProblem(request.error, request.event.requestContext?.requestId);
      // Outside the invocation's own context here: its keys are given with the line.
      const keys = { routeKey: request.event.routeKey, correlationId: correlationIdOf(request.event) };
      if (problem.status >= 500) logger.error('request failed', { ...keys, error: request.error as Error });
      else logger.info('request refused', { ...keys, status: problem.status, type: problem.type });
      request.response = problemResponse(problem, {
        'x-correlation-id': correlationIdOf(request.event),
        ...(problem.status === 503 ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {}),
      });
    },
  });
}

/**
 * Time kept back from the function's budget: a request that is still running then is answered
 * 503 `busy` with Retry-After by the handler itself — cut off by Lambda, API Gateway would say
 * 500. (A write may still finish: the answer says to read before repeating, and an
 * Idempotency-Key makes the repeat safe.)
 */
const ANSWER_MARGIN_MS = 1_000;

function withinBudget<T>(work: Promise<T>, context: Context | undefined): Promise<T> {
  const remaining = context?.getRemainingTimeInMillis?.();
  if (!remaining) return work;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(Object.assign(new Error('the request outlasted its time budget'), { name: 'TimeoutError' })),
      Math.max(remaining - ANSWER_MARGIN_MS, 0),
    );
  });
  work.catch(() => {}); // answered already when it fails late
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function correlationIdOf(event: HttpEvent): string {
  const given = event.headers?.['x-correlation-id'];
  return given && CORRELATION_ID.test(given) ? given : (event.requestContext?.requestId ?? 'unknown');
}
