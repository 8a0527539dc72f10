import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { HttpFunctionId } from '#functions/catalogue.ts';
import { scopeFor, scopesOf } from '#shared/auth/caller.ts';
import { bearerToken, verifyToken } from '#shared/auth/tokens.ts';
import type { HttpEvent } from '#shared/http/handler.ts';
import { problemResponse, RETRY_AFTER_SECONDS, toProblem } from '#shared/http/problem.ts';
import { type AnyRoute, routeKey } from '#shared/http/route.ts';
import { config } from '#shared/platform/config.ts';
import { DomainError } from '#shared/platform/errors.ts';

export type HttpLambda = (event: HttpEvent, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

interface CompiledRoute {
  route: AnyRoute & { function: HttpFunctionId };
  regex: RegExp;
  names: string[];
}

function compile(route: AnyRoute & { function: HttpFunctionId }): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/\{([A-Za-z0-9_]+)\}|[^{}]+/g, (part, name?: string) => {
    if (name) {
      names.push(name);
      return '([^/]+)';
    }
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return { route, regex: new RegExp(`^${source}$`), names };
}

/**
 * A handler's time budget: 10 s as its Lambda has in AWS. The test runtime gives more
 * (`LOCAL_HANDLER_TIMEOUT_MS`): there every request shares one process and parallel test files
 * share one DynamoDB Local, so bursts of 50 take longer than on Lambda and DynamoDB.
 */
const timeoutMs = () => Number(process.env.LOCAL_HANDLER_TIMEOUT_MS) || 10_000;

/** As Lambda's: the time left runs down from the budget. */
const lambdaContext = (functionName: string): Context => {
  const deadline = Date.now() + timeoutMs();
  return {
    functionName,
    awsRequestId: randomUUID(),
    getRemainingTimeInMillis: () => Math.max(deadline - Date.now(), 0),
    callbackWaitsForEmptyEventLoop: false,
  } as unknown as Context;
};

/**
 * The local API Gateway: serves the route table over HTTP, verifies bearer tokens on protected
 * routes as the JWT authorizer does, and invokes the same Lambda handlers with a payload 2.0
 * event.
 */
export function createGateway(
  routes: readonly (AnyRoute & { function: HttpFunctionId })[],
  handlers: ReadonlyMap<HttpFunctionId, HttpLambda>,
  options: { ready?: () => boolean } = {},
): Server {
  const compiled = routes.map(compile);

  const send = (res: ServerResponse, result: APIGatewayProxyStructuredResultV2) => {
    res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
    res.end(result.body ?? '');
  };

  return createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = (req.method ?? 'GET').toUpperCase();
      const candidates = compiled
        .map((c) => ({ c, match: c.regex.exec(url.pathname) }))
        .filter((x): x is { c: CompiledRoute; match: RegExpExecArray } => x.match !== null);
      if (candidates.length === 0)
        throw new DomainError('not-found', 'route-not-found', `No route for ${url.pathname}.`);
      const hit = candidates.find((x) => x.c.route.method === method);
      if (!hit) {
        const allow = candidates.map((x) => x.c.route.method).join(', ');
        throw new DomainError(
          'method-not-allowed',
          'method-not-allowed',
          `${url.pathname} allows ${allow}.`,
          { allow },
        );
      }
      const { route } = hit.c;
      // Honest health: `npm start` says it is starting until its demo data is in, so a script
      // that waits for /health never reads an empty marketplace.
      if (route.operationId === 'health' && options.ready && !options.ready())
        throw new DomainError(
          'unavailable',
          'starting',
          'The marketplace is starting: its demo data is being loaded.',
          {
            state: 'starting',
          },
        );

      // Read the body with a cap, so an oversized upload is refused without buffering it all.
      const limit = config.maxBodyBytes();
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > limit)
          throw new DomainError('payload-too-large', 'payload-too-large', `The body exceeds ${limit} bytes.`);
        chunks.push(chunk as Buffer);
      }

      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
      }

      // Protected routes: verify like the API Gateway JWT authorizer before the function runs.
      let claims: Record<string, unknown> | undefined;
      if (route.access !== 'public') {
        const token = bearerToken(headers.authorization);
        const payload = token ? await verifyToken(token) : undefined;
        if (!payload)
          throw new DomainError(
            'unauthorized',
            token ? 'invalid-token' : 'unauthenticated',
            token ? 'The bearer token is not valid.' : 'This route needs a bearer token.',
          );
        claims = payload as Record<string, unknown>;
        // Scopes, as the authorizer checks them: the token needs one of the route's.
        const wanted = route.access.map(scopeFor);
        if (!scopesOf(claims).some((scope) => wanted.includes(scope)))
          throw new DomainError(
            'forbidden',
            'insufficient-scope',
            'The token’s scope does not allow this route.',
            {
              requiredScopes: wanted,
            },
          );
      }

      const query: Record<string, string> = {};
      for (const [key, value] of url.searchParams)
        query[key] = key in query ? `${query[key]},${value}` : value;
      const pathParameters: Record<string, string> = {};
      hit.c.names.forEach((name, i) => {
        // A malformed escape (`%ZZ`) is the client's mistake: 400, as API Gateway answers it.
        try {
          pathParameters[name] = decodeURIComponent(hit.match[i + 1]!);
        } catch {
          throw new DomainError('bad-request', 'validation-failed', 'The request path is not valid.', {
            errors: [{ field: `path.${name}`, message: 'malformed percent-encoding' }],
          });
        }
      });
      const now = new Date();
      const event: HttpEvent = {
        version: '2.0',
        routeKey: routeKey(route),
        rawPath: url.pathname,
        rawQueryString: url.search.slice(1),
        headers,
        ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
        ...(hit.c.names.length ? { pathParameters } : {}),
        body: Buffer.concat(chunks).toString('utf8'),
        isBase64Encoded: false,
        requestContext: {
          accountId: '000000000000',
          apiId: 'local',
          domainName: req.headers.host ?? 'localhost',
          domainPrefix: 'localhost',
          requestId,
          routeKey: routeKey(route),
          stage: '$default',
          time: now.toUTCString(),
          timeEpoch: now.getTime(),
          http: {
            method,
            path: url.pathname,
            protocol: `HTTP/${req.httpVersion}`,
            sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
            userAgent: headers['user-agent'] ?? '',
          },
          ...(claims ? { authorizer: { jwt: { claims, scopes: scopesOf(claims) } } } : {}),
        },
      };
      const handler = handlers.get(route.function);
      if (!handler) throw new Error(`no handler loaded for ${route.function}`);
      send(res, await handler(event, lambdaContext(route.function)));
    } catch (error) {
      const problem = toProblem(error, requestId);
      // Faults are logged; a 503 while starting is the answer, not a fault.
      if (problem.status >= 500 && !(error instanceof DomainError))
        console.error(`[gateway] ${requestId}`, error);
      const extra: Record<string, string> =
        error instanceof DomainError && error.kind === 'method-not-allowed'
          ? { allow: String(error.extensions.allow) }
          : error instanceof DomainError && error.kind === 'unavailable'
            ? { 'retry-after': '1' }
            : problem.status === 503
              ? { 'retry-after': String(RETRY_AFTER_SECONDS) }
              : {};
      // A body refused half-read leaves the rest of it on the connection: close it, so the next
      // request (a kept-alive client's) goes over a fresh one instead of reading that rest.
      const tooLarge = error instanceof DomainError && error.kind === 'payload-too-large';
      if (tooLarge) extra.connection = 'close';
      send(res, problemResponse(problem, extra));
      if (tooLarge) res.on('finish', () => req.destroy());
    }
  });
}
