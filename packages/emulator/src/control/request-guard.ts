import { mediaTypeOf } from '../http/media-type.ts';

/** Why a control request is refused: the status, and what was expected where. */
export interface Refusal {
  readonly status: 403 | 415;
  readonly message: string;
}

const ipv4Loopback = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** localhost, any *.localhost (RFC 6761), 127.0.0.0/8 and [::1]: names that never leave the machine. */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    ipv4Loopback.test(name) ||
    name === '[::1]'
  );
}

function hostnameOf(host: string): string | undefined {
  try {
    const url = new URL(`http://${host}`);
    // A Host header is host[:port] only: anything that parses into more is not one.
    const written = host.toLowerCase();
    return url.host === written || `${url.host}:80` === written ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The checks Vite and webpack-dev-server added against DNS rebinding and cross-site requests,
 * for the control API (which resets state and lists credentials):
 * - a `Host` header must name a loopback host: a page on attacker.example that rebinds its name
 *   to 127.0.0.1 still sends `Host: attacker.example`. Requests made in process (`emulator.fetch`)
 *   carry no `Host` header and no socket, so there is nothing to rebind;
 * - an `Origin` header, when present, must be the emulator's own origin (`http://` + the host
 *   the request was sent to): browsers send it on cross-site requests, and `null` from sandboxes;
 * - a state change must be `Content-Type: application/json`, a type a cross-site page cannot send
 *   without a CORS preflight, which the control API never grants.
 */
export function refuseUnsafeControlRequest(request: Request): Refusal | undefined {
  const host = request.headers.get('host');
  if (host !== null) {
    const hostname = hostnameOf(host);
    if (hostname === undefined || !isLoopbackHostname(hostname)) {
      return {
        status: 403,
        message: `/headers/host: the control API answers loopback hosts only (localhost, 127.0.0.1, [::1]), got ${JSON.stringify(host)}`,
      };
    }
  }
  const origin = request.headers.get('origin');
  if (origin !== null) {
    const own = host === null ? new URL(request.url).origin : `http://${host.toLowerCase()}`;
    if (origin.toLowerCase() !== own) {
      return {
        status: 403,
        message: `/headers/origin: the control API answers its own origin (${own}) only, got ${JSON.stringify(origin)}`,
      };
    }
  }
  if (stateChanging.has(request.method)) {
    const mediaType = mediaTypeOf(request.headers.get('content-type'));
    if (mediaType !== 'application/json') {
      return {
        status: 415,
        message: `/headers/content-type: expected application/json for a ${request.method}, got ${mediaType ?? 'none'}`,
      };
    }
  }
  return undefined;
}
