import { operations, schemas } from '@sms-contracts/validation/gateway-sms';
import type { ApiDialect, BodyOutcome, Reply, RouteOperation } from '../http/api-dialect.ts';
import { mediaTypeOf } from '../http/media-type.ts';
import { readBodyText } from '../http/read-body.ts';
import { check, type OperationValidators } from '../http/standard-schema.ts';

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' } as const;

/**
 * Gateway SMS errors: the vendor's envelope `{success: false, message, error, data: null}`. Where
 * the vendor publishes a code the handlers pass it; for the statuses it documents no code for
 * (400, 401, 404 route, 413, 415) the code is the HTTP status, as in the spec's examples.
 */
export function gatewayError(status: number, message: string, code: number = status): Reply {
  return { status, body: { success: false, message, error: code, data: null } };
}

/** Status and code of a request body the validators refuse, per operation. */
const invalidBody: Readonly<Record<string, { status: number; code: number }>> = {
  // The only code the vendor publishes for POST 422 (its example: "missing 'body' parameter").
  sendMessage: { status: 422, code: 302 },
};

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
        return gatewayError(
          401,
          'Unauthorized: expected an "Authorization: Bearer <token>" header',
        );
      }
      if (!options.tokens.has(match[1] as string)) {
        return gatewayError(401, 'Unauthorized: the bearer token is not one the emulator issued');
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
      `Unsupported Media Type: expected Content-Type application/json, got ${mediaType ?? 'none'}`,
    );
  }
  const read = await readBodyText(request, limitBytes);
  if (read.kind === 'too-large') {
    return refuse(413, `Payload Too Large: the body limit is ${read.limitBytes} bytes`);
  }
  if (read.kind === 'not-utf8') return refuse(400, 'Bad Request: the body is not valid UTF-8');
  if (read.text.trim() === '') return refuse(400, 'Bad Request: a JSON request body is required');
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (error) {
    return refuse(400, `Bad Request: malformed JSON: ${(error as Error).message}`);
  }
  const validator = (operations as unknown as Record<string, OperationValidators>)[
    operation.operationId
  ]?.requestBody?.['application/json'];
  if (!validator) return { ok: true, value };
  const result = await check(validator, value);
  if (result.ok) return result;
  const failure = invalidBody[operation.operationId] ?? { status: 400, code: 400 };
  return {
    ok: false,
    reply: gatewayError(failure.status, `Invalid request body: ${result.message}`, failure.code),
  };
}

function refuse(status: number, message: string): BodyOutcome {
  return { ok: false, reply: gatewayError(status, message) };
}
