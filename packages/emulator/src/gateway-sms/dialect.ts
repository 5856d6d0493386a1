import { operations, schemas } from '@sms-contracts/validation/gateway-sms';
import type { ApiDialect, BodyOutcome, Reply, RouteOperation } from '../http/api-dialect.ts';
import { mediaTypeOf } from '../http/media-type.ts';
import { readBodyText } from '../http/read-body.ts';
import { check, type OperationValidators } from '../http/standard-schema.ts';
import { bodyValueError } from './body-rules.ts';

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' } as const;

/**
 * Gateway SMS errors: the vendor's envelope `{success: false, message, error, data: null}`. Where
 * the vendor publishes a code the handlers pass it; for the statuses it documents no code for
 * (400, 401, 404 route, 413, 415) the code is the HTTP status, as in the spec's examples.
 */
export function gatewayError(status: number, message: string, code: number = status): Reply {
  return { status, body: { success: false, message, error: code, data: null } };
}

/**
 * Status and code of a request body that is well-formed JSON but not a valid message (the schema
 * refuses it, or a value the emulator cannot honour), per operation, as the spec documents them:
 * POST 422 with the vendor's code 302 (its example: "missing 'body' parameter"); PUT 400, the
 * only status its spec leaves open for it (its 422 is code 212, "Transaction already closed").
 */
const invalidBody: Readonly<Record<string, { status: number; code: number }>> = {
  sendMessage: { status: 422, code: 302 },
};

/** The error for an invalid request body of `operationId`; `message` starts with its pointer. */
export function invalidBodyError(operationId: string, message: string): Reply {
  const failure = invalidBody[operationId] ?? { status: 400, code: 400 };
  return gatewayError(failure.status, `Invalid request body: ${message}`, failure.code);
}

/** The code of a 400 for a missing or invalid parameter, where the vendor publishes one. */
const invalidParameterCodes: Readonly<Record<string, number>> = {
  // DELETE /messages/ without an id: "Message Id required".
  deleteMessage: 217,
};

export interface GatewayDialectOptions {
  readonly tokens: ReadonlySet<string>;
  readonly bodyLimitBytes: number;
}

export function gatewayDialect(options: GatewayDialectOptions): ApiDialect {
  return {
    name: 'gateway-sms',
    validators: operations as unknown as Readonly<Record<string, OperationValidators>>,
    fallbackErrorValidator: schemas.ErrorResponse,
    error: (status, message, operation) =>
      gatewayError(
        status,
        message,
        (operation && status === 400 && invalidParameterCodes[operation.operationId]) || status,
      ),
    authenticate(request) {
      const header = request.headers.get('authorization');
      const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
      if (!match) {
        return gatewayError(401, 'Unauthorized: /headers/authorization: expected "Bearer <token>"');
      }
      if (!options.tokens.has(match[1] as string)) {
        return gatewayError(
          401,
          'Unauthorized: /headers/authorization: the bearer token is not one the emulator accepts',
        );
      }
      return undefined;
    },
    async readBody(request, operation) {
      return readJsonBody(request, operation, options.bodyLimitBytes);
    },
    render(reply) {
      return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
        status: reply.status,
        headers: { ...jsonHeaders, ...reply.headers },
      });
    },
    responseMediaType: () => 'application/json',
  };
}

async function readJsonBody(
  request: Request,
  operation: RouteOperation,
  limitBytes: number,
): Promise<BodyOutcome> {
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  if (mediaType !== 'application/json') {
    return refuse(
      415,
      `Unsupported Media Type: /headers/content-type: expected Content-Type application/json, got ${mediaType ?? 'none'}`,
    );
  }
  const read = await readBodyText(request, limitBytes);
  if (read.kind === 'too-large') {
    return refuse(413, `Payload Too Large: /body: the limit is ${read.limitBytes} bytes`);
  }
  if (read.kind === 'not-utf8') return refuse(400, 'Bad Request: /body: not valid UTF-8');
  if (read.text.trim() === '')
    return refuse(400, 'Bad Request: /body: a JSON request body is required');
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (error) {
    return refuse(400, `Bad Request: /body: malformed JSON: ${(error as Error).message}`);
  }
  const validator = (operations as unknown as Record<string, OperationValidators>)[
    operation.operationId
  ]?.requestBody?.['application/json'];
  if (!validator) return { ok: true, value };
  const result = await check<Parameters<typeof bodyValueError>[0]>(validator, value);
  const refused = result.ok ? bodyValueError(result.value) : result.message;
  if (refused !== undefined) {
    return { ok: false, reply: invalidBodyError(operation.operationId, refused) };
  }
  return { ok: true, value: (result as { value: unknown }).value };
}

function refuse(status: number, message: string): BodyOutcome {
  return { ok: false, reply: gatewayError(status, message) };
}
