import type { Client } from 'openapi-fetch';
import { bySecurityScheme, schemeAuthenticators } from '../auth/scheme-authenticators.ts';
import type { OperationInfo, OperationTable } from '../operation-table.ts';
import type { CredentialsOf, SecuritySchemeTable } from '../security-scheme.ts';
import type { XmlShapes } from '../xml/codec.ts';
import { xmlAwareFormat } from '../xml/xml-format.ts';
import type { BodyFormat } from './body-format.ts';
import { positiveNumber, type SharedClientOptions } from './client-options.ts';
import { createApiClient } from './create-api-client.ts';
import { isJsonMediaType } from './media-type.ts';
import { chooseBaseUrl, type ServerEntry, tokenUrlFor } from './server-url.ts';
import type { ValidatorModule } from './validation.ts';

/** Any media type: a generated client's data and errors are typed for every one the spec uses. */
export type AnyMediaType = `${string}/${string}`;

/** One API as its generated module describes it to the client runtime. */
export interface ApiDefinition<
  Schemes extends SecuritySchemeTable = SecuritySchemeTable,
  Servers extends readonly ServerEntry[] = readonly ServerEntry[],
> {
  readonly operations: OperationTable;
  readonly xmlShapes: XmlShapes;
  readonly servers: Servers;
  readonly securitySchemes: Schemes;
  readonly loadValidators: () => Promise<ValidatorModule>;
}

/** The spec's absolute server URLs, as a union of literals. */
export type ServerUrl<Servers extends readonly ServerEntry[]> = Extract<
  Servers[number]['url'],
  `http://${string}` | `https://${string}`
>;

/**
 * Where requests go: a base URL (the emulator's, a proxy), or one of the spec's servers by URL.
 * With a single server in the spec, neither is needed.
 */
export type ClientTarget<Servers extends readonly ServerEntry[]> =
  | {
      /** Any http(s) base URL, e.g. `http://127.0.0.1:4010/<api>` for the emulator. */
      readonly baseUrl: string;
      readonly environment?: undefined;
    }
  | {
      /** One of the spec's server URLs. */
      readonly environment: ServerUrl<Servers>;
      readonly baseUrl?: undefined;
    }
  | (Servers extends readonly [ServerEntry]
      ? { readonly baseUrl?: undefined; readonly environment?: undefined }
      : never);

/** Options of a generated `createClient`. */
export type SpecClientOptions<
  Schemes extends SecuritySchemeTable,
  Servers extends readonly ServerEntry[],
> = SharedClientOptions &
  ClientTarget<Servers> & {
    /**
     * Credentials keyed by the spec's security scheme names: `{ username, password }` for HTTP
     * Basic, a token (or a function returning one) for bearer and API keys, `{ clientId,
     * clientSecret }` (or an access token) for OAuth2. Each operation uses the first of its
     * schemes given here; with none, it is sent without credentials.
     * @default {}
     */
    readonly credentials?: CredentialsOf<Schemes>;
    /**
     * `'xml'` sends request bodies as XML and asks for XML wherever the spec offers both.
     * Operations that take only XML (or only JSON) are sent that way whatever this says.
     * @default 'json'
     */
    readonly format?: 'json' | 'xml';
    /**
     * With OAuth2 client credentials, a token is renewed this long before it expires.
     * @default 60_000
     */
    readonly tokenRefreshMarginMs?: number;
  };

/**
 * The client of one API from its generated definition: the base URL from `baseUrl` or the
 * spec's servers, one authenticator per credential keyed by security scheme, and bodies in
 * every media type the spec uses. What each generated `createClient` calls.
 */
export function createSpecClient<
  Paths extends {},
  Schemes extends SecuritySchemeTable,
  Servers extends readonly ServerEntry[],
>(
  api: ApiDefinition<Schemes, Servers>,
  options: SpecClientOptions<Schemes, Servers>,
): Client<Paths, AnyMediaType> {
  const baseUrl = chooseBaseUrl(api.servers, options).replace(/\/+$/, '');
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'xml') {
    throw new TypeError(`format: expected 'json' or 'xml', got ${String(format)}`);
  }
  const schemes = schemeAuthenticators(api.securitySchemes, options.credentials, {
    fetch: options.fetch,
    timeoutMs: positiveNumber('timeoutMs', options.timeoutMs ?? 30_000),
    refreshMarginMs: options.tokenRefreshMarginMs,
    resolveTokenUrl: (tokenUrl) => tokenUrlFor(tokenUrl, baseUrl, api.servers),
  });
  return createApiClient<Paths, AnyMediaType>({
    operations: api.operations,
    baseUrl,
    auth: bySecurityScheme(schemes),
    format: specFormat(api.xmlShapes, format === 'xml'),
    loadValidators: api.loadValidators,
    options,
  });
}

/** JSON by default, XML through the spec's shapes where it has them; Accept from the spec. */
function specFormat(shapes: XmlShapes, sendXml: boolean): BodyFormat {
  const xml =
    Object.keys(shapes).length > 0
      ? xmlAwareFormat(shapes, sendXml, () => import('../xml/codec.ts'))
      : undefined;
  return {
    ...xml,
    accept: (operation) => {
      const preferred = xml?.accept(operation);
      return preferred && preferred !== 'application/json' ? preferred : declaredAccept(operation);
    },
  };
}

/** JSON when the operation's success responses offer it (or say nothing), else what they offer. */
function declaredAccept(operation: OperationInfo | undefined): string {
  const offered = new Set(
    Object.entries(operation?.responses ?? {})
      .filter(([status]) => status.startsWith('2'))
      .flatMap(([, mediaTypes]) => mediaTypes),
  );
  if (offered.size === 0 || [...offered].some(isJsonMediaType)) return 'application/json';
  return [...offered].join(', ');
}
