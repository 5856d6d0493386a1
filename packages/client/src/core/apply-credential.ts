import type { CredentialPlacement } from '../auth/authenticator.ts';
import type { HeaderRecord } from './header-record.ts';

/** The URL and headers of one attempt, with the credential where its scheme puts it. */
export interface CredentialedRequest {
  readonly url: string;
  readonly headers: HeaderRecord;
}

/**
 * Puts an API key in place for one attempt: in its header, query parameter or cookie, on a copy,
 * so a retry starts from the request as the caller made it. Errors quote the URL without it.
 */
export function applyCredential(
  url: string,
  headers: HeaderRecord,
  placement: CredentialPlacement,
  value: string,
): CredentialedRequest {
  if (placement.in === 'query') {
    const pair = `${encodeURIComponent(placement.name)}=${encodeURIComponent(value)}`;
    return { url: `${url}${url.includes('?') ? '&' : '?'}${pair}`, headers };
  }
  if (placement.in === 'cookie') {
    const pair = `${placement.name}=${value}`;
    return {
      url,
      headers: { ...headers, cookie: headers.cookie ? `${headers.cookie}; ${pair}` : pair },
    };
  }
  return { url, headers: { ...headers, [placement.name]: value } };
}
