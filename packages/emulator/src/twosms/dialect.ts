import { encodeXml } from '@sms-contracts/client/xml';
import { operations, schemas } from '@sms-contracts/validation/twosms';
import type { EmulatorClock } from '../clock.ts';
import type { ApiDialect, Reply, RouteOperation } from '../http/api-dialect.ts';
import { negotiate } from '../http/media-type.ts';
import type { OperationValidators } from '../http/standard-schema.ts';
import { deniedMessage, envelopeError, httpError, oauthError } from './errors.ts';
import { readBody, tokenOperation } from './request-body.ts';
import type { TokenStore } from './tokens.ts';
import { isXmlMediaType, operationTable, shapes } from './xml-tables.ts';

const validators = operations as unknown as Readonly<Record<string, OperationValidators>>;

/** ASP.NET Web API answers errors it raises itself (401, 404, 415) with `HttpError`, negotiated. */
const httpErrorTypes = ['application/json', 'text/json', 'application/xml', 'text/xml'] as const;
const httpErrorXml = { root: 'Error', shape: { kind: 'ref', name: 'HttpError' } } as const;

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
