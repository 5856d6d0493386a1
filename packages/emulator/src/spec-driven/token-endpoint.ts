import type { ApiModel } from './api-model.ts';
import type { SecurityChecker } from './security.ts';

/**
 * The paths (relative to the API's mount) of the oauth2 client-credentials token endpoints this
 * emulator can serve: a `tokenUrl` that is relative, or on the host of one of the spec's servers.
 * A token URL elsewhere (an identity provider) is not served; any bearer token is accepted then.
 */
export function tokenPaths(model: ApiModel): Set<string> {
  const paths = new Set<string>();
  const base = new URL(model.servers[0] ?? 'http://localhost/', 'http://localhost/');
  for (const scheme of Object.values(model.securitySchemes)) {
    if (scheme.type !== 'oauth2' || scheme.tokenUrl === undefined) continue;
    let url: URL;
    try {
      url = new URL(scheme.tokenUrl, base);
    } catch {
      continue;
    }
    const server =
      model.servers
        .map((text) => new URL(text, 'http://localhost/'))
        .find((candidate) => candidate.host === url.host) ??
      (url.host === base.host ? base : undefined);
    if (!server) continue;
    const basePath = server.pathname.replace(/\/$/, '');
    paths.add(
      url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname,
    );
  }
  return paths;
}

let tokenCounter = 0;

/**
 * `POST <tokenUrl>` with `grant_type=client_credentials` and the client's id and secret (in the
 * form or as HTTP Basic): an opaque bearer token, as RFC 6749 §4.4 describes. Errors are OAuth 2.0
 * error bodies (§5.2).
 */
export async function serveTokenRequest(
  request: Request,
  security: SecurityChecker,
): Promise<Response> {
  const form = new URLSearchParams(request.method === 'POST' ? await request.text() : '');
  const grant = form.get('grant_type');
  if (grant !== 'client_credentials') {
    return oauthError(
      400,
      grant ? 'unsupported_grant_type' : 'invalid_request',
      `expected grant_type=client_credentials, got ${grant ?? 'none'}`,
    );
  }
  const client = clientFrom(request, form);
  if (!client) {
    return oauthError(
      400,
      'invalid_request',
      'expected client_id and client_secret in the form body or as HTTP Basic credentials',
    );
  }
  if (!security.acceptsClient(client.id, client.secret)) {
    return oauthError(
      401,
      'invalid_client',
      'client_id or client_secret is not the configured one',
    );
  }
  tokenCounter += 1;
  const token = `sms-emulator-token-${tokenCounter}-${Date.now().toString(36)}`;
  security.issuedTokens.add(token);
  return Response.json(
    { access_token: token, token_type: 'Bearer', expires_in: 3600 },
    { headers: { 'cache-control': 'no-store' } },
  );
}

function clientFrom(
  request: Request,
  form: URLSearchParams,
): { id: string; secret: string } | undefined {
  const id = form.get('client_id');
  const secret = form.get('client_secret');
  if (id && secret !== null) return { id, secret };
  const header = request.headers.get('authorization') ?? '';
  const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})$/i.exec(header);
  if (!match) return undefined;
  const text = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  return { id: formDecode(text.slice(0, colon)), secret: formDecode(text.slice(colon + 1)) };
}

/** RFC 6749 §2.3.1 form-encodes id and secret inside Basic; undecodable text stays as is. */
function formDecode(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

function oauthError(status: number, error: string, description: string): Response {
  return Response.json({ error, error_description: description }, { status });
}
