import type { Reply } from '../http/api-dialect.ts';

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
