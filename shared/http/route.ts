import type { z } from 'zod/mini';
import type { RequiredAssurance } from '#shared/auth/assurance.ts';
import type { Role } from '#shared/auth/caller.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Whose resource a route touches, per role it admits — the organisation dimension of
 * authorization, always decided from the verified claims (never from the body or path alone):
 * - `any`: the role alone decides (public data, reports, the programme office's registers);
 * - `caller`: the caller's own organisation; keys are built from its claims (`/me/…`, a new draft);
 * - `challenge-buyer`: the lead buyer of the challenge (of the question, proposal or award);
 * - `challenge-party`: the lead buyer or one of the funders of the challenge;
 * - `proposal-company` / `award-company`: the company that submitted the proposal / won the award;
 * - `committee`: a member of the phase's committee who declared no conflict with the proposal;
 * - `organisation`: the organisation the path names is the caller's own (its administrator).
 * Others get a 404 (they cannot learn it exists) or a 403 problem, and nothing is written.
 */
export const TENANCY_RULES = [
  'any',
  'caller',
  'challenge-buyer',
  'challenge-party',
  'proposal-company',
  'award-company',
  'committee',
  'organisation',
] as const;
export type TenancyRule = (typeof TENANCY_RULES)[number];

/**
 * One route of the public HTTP contract. The route table built from these drives CDK (API
 * routes, authorizer, which function), the handlers (validation, authorization), the local
 * gateway and the OpenAPI document.
 */
export interface RouteDefinition<
  Params extends z.ZodMiniType = z.ZodMiniType,
  Query extends z.ZodMiniType = z.ZodMiniType,
  Body extends z.ZodMiniType = z.ZodMiniType,
  Response extends z.ZodMiniType = z.ZodMiniType,
  Function extends string = string,
> {
  operationId: string;
  method: HttpMethod;
  /** API Gateway style, e.g. `/challenges/{challengeId}/publish`. */
  path: string;
  /** The function that serves it (an HTTP function of the catalogue, which checks it). */
  function: Function;
  summary: string;
  tags: string[];
  /**
   * `public`: anyone; a verified caller may see more (e.g. a buyer its own drafts).
   * A role list: a verified token is required (401 without) and its role must be listed (403).
   */
  access: 'public' | readonly Role[];
  /**
   * The level of assurance a company needs (eHerkenning/eIDAS): every company route at least EH2+;
   * `eh3` for what binds the company (a proposal, its withdrawal, an objection, a signed report).
   */
  assurance?: RequiredAssurance;
  /**
   * It moves money or decides (publishing, consent, scores, exclusions, awards, envelopes): a
   * revoked member is refused at once, not only when their 15-minute token runs out.
   */
  decides?: true;
  /** The organisation rule per admitted role (roles left out: `any`). Required: a route states it. */
  tenancy: TenancyRule | Partial<Record<Role, TenancyRule>>;
  params?: Params;
  query?: Query;
  body?: Body;
  response: Response;
  /** Other media types the route can answer with on request (e.g. `text/csv`), besides JSON. */
  alsoProduces?: readonly string[];
  successStatus: 200 | 201 | 202 | 204;
}

export type AnyRoute = RouteDefinition<z.ZodMiniType, z.ZodMiniType, z.ZodMiniType, z.ZodMiniType>;

export function defineRoute<
  P extends z.ZodMiniType,
  Q extends z.ZodMiniType,
  B extends z.ZodMiniType,
  R extends z.ZodMiniType,
  const F extends string,
>(route: RouteDefinition<P, Q, B, R, F>): RouteDefinition<P, Q, B, R, F> {
  return route;
}

/** `POST /challenges` — the key API Gateway puts in `event.routeKey`. */
export const routeKey = (route: Pick<AnyRoute, 'method' | 'path'>): string => `${route.method} ${route.path}`;
