import type { z } from 'zod';
import type { HttpFunctionId } from '#functions/catalogue.ts';
import type { Role } from '#shared/auth/caller.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One route of the public HTTP contract. The route table built from these drives CDK (API
 * routes, authorizer, which function), the handlers (validation, authorization), the local
 * gateway and the OpenAPI document.
 */
export interface RouteDefinition<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> {
  operationId: string;
  method: HttpMethod;
  /** API Gateway style, e.g. `/challenges/{challengeId}/publish`. */
  path: string;
  function: HttpFunctionId;
  summary: string;
  tags: string[];
  /**
   * `public`: anyone; a verified caller may see more (e.g. a buyer its own drafts).
   * A role list: a verified token is required (401 without) and its role must be listed (403).
   */
  access: 'public' | readonly Role[];
  params?: Params;
  query?: Query;
  body?: Body;
  response: Response;
  /** Other media types the route can answer with on request (e.g. `text/csv`), besides JSON. */
  alsoProduces?: readonly string[];
  successStatus: 200 | 201 | 202 | 204;
}

export type AnyRoute = RouteDefinition<z.ZodType, z.ZodType, z.ZodType, z.ZodType>;

export function defineRoute<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(route: RouteDefinition<P, Q, B, R>): RouteDefinition<P, Q, B, R> {
  return route;
}

/** `POST /challenges` — the key API Gateway puts in `event.routeKey`. */
export const routeKey = (route: Pick<AnyRoute, 'method' | 'path'>): string => `${route.method} ${route.path}`;
