import type { Context, Hono } from 'hono';
import type { ApiDialect, Reply, RouteOperation } from './api-dialect.ts';
import { check } from './standard-schema.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a handler gets: the raw request, its path and query parameters, its validated body. */
export interface RouteInput<Body> {
  readonly request: Request;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The query as validated: one value per name, typed per `operation.queryTypes`. */
  readonly queryValues: Readonly<Record<string, unknown>>;
  readonly body: Body;
}

export interface RouteDefinition<Body = unknown> {
  readonly method: HttpMethod;
  /** Hono path syntax, relative to the API's mount point: `/messages/:id`. */
  readonly path: string;
  readonly operation: RouteOperation;
  handle(input: RouteInput<Body>): Reply | Promise<Reply>;
}

/**
 * Declares a route with the type its validated body has; a route table holds routes of any body
 * (the validators, not the compiler, guarantee the shape at run time).
 */
export function defineRoute<Body>(definition: RouteDefinition<Body>): RouteDefinition<unknown> {
  return definition as RouteDefinition<unknown>;
}

export interface RouteOptions {
  /** Check every reply against the spec before sending it; a mismatch is an emulator bug. */
  readonly validateResponses: boolean;
}

/** Ties a route to its operation: authentication, body, parameters, then the handler. */
export function mountRoute<Body>(
  app: Hono,
  dialect: ApiDialect,
  route: RouteDefinition<Body>,
  options: RouteOptions,
): void {
  const { operation } = route;
  const validators = dialect.validators[operation.operationId];
  if (!validators) {
    throw new Error(
      `${dialect.name}: no validators for operation ${operation.operationId}; regenerate the validation package`,
    );
  }
  app.on(route.method, route.path, async (c: Context) => {
    const request = c.req.raw;
    const reply = await (async (): Promise<Reply> => {
      if (!operation.isPublic) {
        const refused = dialect.authenticate(request);
        if (refused) return refused;
      }
      const params = c.req.param() as Record<string, string>;
      // Most calls carry no query string: skip building a URL for them.
      const url = request.url;
      const mark = url.indexOf('?');
      const query = new URLSearchParams(mark === -1 ? '' : url.slice(mark + 1));
      const queryValues = typedQuery(query, operation.queryTypes);
      const paramsChecked = await checkParameters(
        dialect,
        operation,
        validators.parameters,
        params,
        queryValues,
      );
      if (paramsChecked) return paramsChecked;
      let body: unknown;
      if (operation.hasBody) {
        const outcome = await dialect.readBody(request, operation);
        if (!outcome.ok) return outcome.reply;
        body = outcome.value;
      }
      return route.handle({ request, params, query, queryValues, body: body as Body });
    })();
    return respond(dialect, reply, request, operation, options);
  });
}

function typedQuery(
  query: URLSearchParams,
  types: RouteOperation['queryTypes'],
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, text] of query) {
    const type = types?.[name];
    if (type === 'integer' && /^-?\d+$/.test(text)) values[name] = Number(text);
    else if (type === 'boolean' && /^(true|false)$/i.test(text))
      values[name] = text.toLowerCase() === 'true';
    else values[name] = text;
  }
  return values;
}

async function checkParameters(
  dialect: ApiDialect,
  operation: RouteOperation,
  parameters: NonNullable<ApiDialect['validators'][string]>['parameters'],
  params: Record<string, string>,
  query: Record<string, unknown>,
): Promise<Reply | undefined> {
  if (parameters?.path) {
    const result = await check(parameters.path, params, 'path');
    if (!result.ok)
      return dialect.error(400, `Invalid path parameter: ${result.message}`, operation);
  }
  if (parameters?.query) {
    const result = await check(parameters.query, query, 'query');
    if (!result.ok)
      return dialect.error(400, `Invalid query parameter: ${result.message}`, operation);
  }
  return undefined;
}

/** Renders a reply; with `validateResponses`, first proves it matches the spec. */
export async function respond(
  dialect: ApiDialect,
  reply: Reply,
  request: Request,
  operation: RouteOperation | undefined,
  options: RouteOptions,
): Promise<Response> {
  if (options.validateResponses) await assertReplyMatchesSpec(dialect, reply, request, operation);
  return dialect.render(reply, request, operation);
}

async function assertReplyMatchesSpec(
  dialect: ApiDialect,
  reply: Reply,
  request: Request,
  operation: RouteOperation | undefined,
): Promise<void> {
  const mediaType = dialect.responseMediaType(request, operation, reply.status);
  const documented = operation
    ? dialect.validators[operation.operationId]?.responses[String(reply.status)]
    : undefined;
  const where = `${dialect.name} ${operation?.operationId ?? 'unrouted'} ${reply.status}`;
  const validator = documented
    ? (documented[mediaType] ?? documented['application/json'])
    : reply.status >= 400
      ? dialect.fallbackErrorValidator
      : undefined;
  if (!validator) {
    throw new Error(`emulator bug: ${where} ${mediaType} is not a response the spec documents`);
  }
  const result = await check(validator, reply.body);
  if (!result.ok) {
    throw new Error(`emulator bug: ${where} response does not match the spec: ${result.message}`);
  }
}
