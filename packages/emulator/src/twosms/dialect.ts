import { decodeXml, encodeXml, XmlCodecError } from '@sms-contracts/client/xml';
import { operations, schemas } from '@sms-contracts/validation/twosms';
import type { EmulatorClock } from '../clock.ts';
import type { ApiDialect, BodyOutcome, Reply, RouteOperation } from '../http/api-dialect.ts';
import { mediaTypeOf, negotiate } from '../http/media-type.ts';
import { readBodyText } from '../http/read-body.ts';
import {
  check,
  jsonPointer,
  type OperationValidators,
  type PointerOf,
} from '../http/standard-schema.ts';
import { decodeForm } from './form-body.ts';
import type { BodyPath } from './recipient-keys.ts';
import type { TokenStore } from './tokens.ts';
import { xmlPointer } from './xml-pointer.ts';
import { reservedElementPath } from './xml-reserved-names.ts';
import { isXmlMediaType, operationTable, shapes } from './xml-tables.ts';

const validators = operations as unknown as Readonly<Record<string, OperationValidators>>;

/** ASP.NET Web API answers errors it raises itself (401, 404, 415) with `HttpError`, negotiated. */
const httpErrorTypes = ['application/json', 'text/json', 'application/xml', 'text/xml'] as const;
const httpErrorXml = { root: 'Error', shape: { kind: 'ref', name: 'HttpError' } } as const;

export const deniedMessage = 'Authorization has been denied for this request.';

/** `HttpError`: `{"Message": …}`, ASP.NET's own error body. */
export function httpError(status: number, message: string): Reply {
  return { status, body: { Message: message } };
}

/** The `ResponseOf…` envelope with `Error` filled in, as every 2SMS operation's 400. */
export function envelopeError(code: string, reason: string, status = 400): Reply {
  return { status, body: { Error: { ErrorCode: code, ErrorReason: reason } } };
}

/** `/Token` errors follow OAuth 2.0 (RFC 6749 §5.2), as the OWIN token endpoint writes them. */
export function oauthError(error: string, description: string): Reply {
  return { status: 400, body: { error, error_description: description } };
}

const tokenOperation = 'requestAccessToken';

/**
 * Renders a path into the request body as the body was sent: a JSON Pointer for JSON and form
 * bodies (`/body/Contacts/QuickRecipients/+1234`), the element path for XML
 * (`/body/MessageDetails/ID`).
 */
export function bodyPointerOf(request: Request, operationId: string): PointerOf {
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  const xmlBody =
    mediaType && isXmlMediaType(mediaType)
      ? operationTable[operationId]?.xmlRequest?.[mediaType]
      : undefined;
  if (!xmlBody) return (path) => jsonPointer(path);
  return (path) =>
    xmlPointer(
      (path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment)),
      xmlBody,
      shapes,
    );
}

/** `reason`, led by where in the body it applies when `path` is known. */
export function placedReason(
  request: Request,
  operationId: string,
  reason: string,
  path: BodyPath | undefined,
): string {
  return path ? `${bodyPointerOf(request, operationId)(path)}: ${reason}` : reason;
}

export interface TwoSmsDialectOptions {
  readonly tokens: TokenStore;
  readonly clock: EmulatorClock;
  readonly bodyLimitBytes: number;
}

export function twoSmsDialect(options: TwoSmsDialectOptions): ApiDialect {
  const responseMediaType = (
    request: Request,
    operation: RouteOperation | undefined,
    status: number,
  ) => {
    const documented = operation
      ? operationTable[operation.operationId]?.responses[String(status)]
      : undefined;
    return negotiate(
      request.headers.get('accept'),
      documented?.length ? documented : httpErrorTypes,
    );
  };

  const error = (status: number, message: string, operation?: RouteOperation): Reply => {
    if (status !== 400 || !operation) return httpError(status, message);
    return operation.operationId === tokenOperation
      ? oauthError('invalid_request', message)
      : envelopeError('InvalidRequest', message);
  };

  return {
    name: 'twosms',
    validators,
    fallbackErrorValidator: schemas.HttpError,
    error,
    authenticate(request) {
      const header = request.headers.get('authorization');
      const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
      if (!match) return httpError(401, deniedMessage);
      const result = options.tokens.check(match[1] as string, options.clock.now());
      return result.ok ? undefined : httpError(401, deniedMessage);
    },
    readBody: (request, operation) => readBody(request, operation, options.bodyLimitBytes, error),
    render(reply, request, operation) {
      const mediaType = responseMediaType(request, operation, reply.status);
      let text: string | null = null;
      if (reply.body !== undefined) {
        if (isXmlMediaType(mediaType)) {
          const documented = operation
            ? operationTable[operation.operationId]?.xmlResponses?.[String(reply.status)]?.[
                mediaType
              ]
            : undefined;
          text = encodeXml(reply.body, documented ?? httpErrorXml, shapes);
        } else {
          text = JSON.stringify(reply.body);
        }
      }
      return new Response(text, {
        status: reply.status,
        headers: { 'content-type': `${mediaType}; charset=utf-8`, ...reply.headers },
      });
    },
    responseMediaType,
  };
}

async function readBody(
  request: Request,
  operation: RouteOperation,
  limitBytes: number,
  error: (status: number, message: string, operation?: RouteOperation) => Reply,
): Promise<BodyOutcome> {
  const refuse = (status: number, message: string): BodyOutcome => ({
    ok: false,
    reply: error(status, message, operation),
  });
  const entry = operationTable[operation.operationId];
  const accepted = entry?.requestMediaTypes ?? [];
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  if (mediaType === undefined || !accepted.includes(mediaType)) {
    // ASP.NET's wording for a body no formatter can read.
    return refuse(
      415,
      `/headers/content-type: The request entity's media type '${mediaType ?? '(none)'}' is not supported for this resource; expected one of ${accepted.join(', ')}.`,
    );
  }
  const read = await readBodyText(request, limitBytes);
  if (read.kind === 'too-large')
    return refuse(
      413,
      `/body: The request body is larger than the limit of ${read.limitBytes} bytes.`,
    );
  if (read.kind === 'not-utf8') return refuse(400, '/body: The request body is not valid UTF-8.');
  if (read.text.trim() === '' && mediaType !== 'application/x-www-form-urlencoded') {
    return refuse(400, `/body: A request body is required (${mediaType}).`);
  }

  let value: unknown;
  try {
    if (mediaType === 'application/x-www-form-urlencoded') {
      const shape = entry?.xmlRequest?.['application/xml']?.shape;
      value = shape
        ? decodeForm(read.text, shape, shapes)
        : Object.fromEntries(new URLSearchParams(read.text));
    } else if (isXmlMediaType(mediaType)) {
      const body = entry?.xmlRequest?.[mediaType];
      if (!body) return refuse(415, `No XML body is documented for ${operation.operationId}.`);
      const reserved = reservedElementPath(read.text);
      if (reserved) {
        return refuse(
          400,
          `/body${reserved}: the element name is refused: read as a key it is a reserved JavaScript name, and no 2SMS field or recipient has it.`,
        );
      }
      value = decodeXml(read.text, body, shapes);
    } else {
      value = JSON.parse(read.text);
    }
  } catch (cause) {
    return refuse(400, malformedBody(mediaType, cause as Error));
  }

  if (operation.operationId === tokenOperation) {
    const grant = (value as Record<string, unknown>).grant_type;
    if (grant !== undefined && grant !== 'client_credentials') {
      return {
        ok: false,
        reply: oauthError(
          'unsupported_grant_type',
          `/body/grant_type: "${String(grant)}" is not supported; expected client_credentials`,
        ),
      };
    }
  }
  const validator = validators[operation.operationId]?.requestBody?.[mediaType];
  if (!validator) return { ok: true, value };
  const result = await check(validator, value, bodyPointerOf(request, operation.operationId));
  if (result.ok) return result;
  const message = isXmlMediaType(mediaType)
    ? result.message.replace(
        /\/([^/:]+): required property is missing/g,
        (_, element: string) => `/${element}: required element <${element}> is missing`,
      )
    : result.message;
  return refuse(400, `Invalid request body: ${message}`);
}

/** A body that did not parse: where (a JSON Pointer, or the XML element path) and why. */
function malformedBody(mediaType: string, error: Error): string {
  if (error instanceof XmlCodecError) {
    // The codec writes "<element path>: <what>"; the pointer adds the request part in front.
    const what = error.message
      .slice(`${error.path || '/'}: `.length)
      .replace(/, column undefined/, '');
    return `Malformed XML request body: /body${error.path}: ${what}`;
  }
  const format = isXmlMediaType(mediaType) ? 'XML' : 'JSON';
  return `Malformed ${format} request body: /body: ${error.message}`;
}
