/**
 * Domain errors. Use cases throw these; one place (shared/http/problem.ts) maps them to
 * RFC 9457 problem documents. Anything else that escapes becomes an opaque 500.
 */
import type { FieldRule, ProblemType } from './problem-types.ts';

export type ErrorKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'unprocessable'
  | 'unavailable';

export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  unprocessable: 422,
  unavailable: 503,
};

export interface FieldError {
  /** JSON pointer-ish path of the failing field, e.g. `body.phases.0.budgetCents`. */
  field: string;
  message: string;
  /**
   * Which rule failed, when the field can fail in more than one way (a deadline before the phase
   * before it, or inside the partnership's 30 days): clients say that rule in their own words.
   */
  rule?: FieldRule;
  /** What the rule's words need (an amount, a day), as plain values. */
  values?: Record<string, string | number>;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Stable problem type slug, e.g. `envelope-exhausted`; becomes part of the problem `type` URI. */
    readonly type: ProblemType,
    /** Human explanation of this occurrence. */
    readonly detail: string,
    /** Extra members for the problem document (e.g. the failing fields, the shortfall). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export const badRequest = (type: ProblemType, detail: string, ext?: Record<string, unknown>) =>
  new DomainError('bad-request', type, detail, ext);
export const forbidden = (type: ProblemType, detail: string, ext?: Record<string, unknown>) =>
  new DomainError('forbidden', type, detail, ext);
export const notFound = (what: string, id: string) =>
  new DomainError('not-found', 'not-found', `${what} ${id} does not exist or is not visible to you.`);
export const conflict = (type: ProblemType, detail: string, ext?: Record<string, unknown>) =>
  new DomainError('conflict', type, detail, ext);
export const unprocessable = (type: ProblemType, detail: string, ext?: Record<string, unknown>) =>
  new DomainError('unprocessable', type, detail, ext);
export const validationFailed = (errors: FieldError[], detail = 'The request is not valid.') =>
  new DomainError('bad-request', 'validation-failed', detail, { errors });
