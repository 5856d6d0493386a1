// What the landing page says about an API, read from its bundled (dereferenced) spec: nothing
// about an API is written by hand in the docs tool.
import type { OpenApiDocument } from './api-source.ts';

/** One server of the spec, with its variables' allowed values when it is templated. */
export interface ApiHost {
  readonly url: string;
  readonly description: string | undefined;
  /** `{region}` → `['eu', 'us']` (or the default alone when the spec lists no enum). */
  readonly variables: Readonly<Record<string, readonly string[]>>;
}

/** One operation, as a reader and the browser test look it up. */
export interface ApiOperation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string | undefined;
  readonly summary: string | undefined;
}

/** The facts the landing page shows side by side for every API. */
export interface ApiSummary {
  readonly name: string;
  readonly title: string;
  readonly version: string;
  /**
   * The vendor: `info.x-vendor`, else the host of `info.contact.url` or of the terms of service,
   * else the contact's name, else the host of the first server.
   */
  readonly vendor: string;
  /** First paragraph of `info.summary` or `info.description` (Markdown). */
  readonly blurb: string;
  readonly hosts: readonly ApiHost[];
  /** One sentence per security scheme, e.g. `HTTP bearer token`. */
  readonly auth: readonly string[];
  readonly requestFormats: readonly string[];
  readonly responseFormats: readonly string[];
  readonly operations: readonly ApiOperation[];
}

type JsonObject = Record<string, unknown>;

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function asObject(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : {};
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function hostOf(url: unknown): string | undefined {
  const text = asString(url);
  if (!text) return undefined;
  try {
    return new URL(text).host;
  } catch {
    return undefined;
  }
}

function vendorOf(document: OpenApiDocument): string {
  const info = asObject(document.info);
  const extension = info['x-vendor'];
  const contact = asObject(info.contact);
  const firstServer = Array.isArray(document.servers)
    ? asObject(document.servers[0]).url
    : undefined;
  return (
    asString(extension) ??
    asString(asObject(extension).name) ??
    hostOf(contact.url) ??
    hostOf(info.termsOfService) ??
    asString(contact.name) ??
    hostOf(firstServer) ??
    'not stated in the spec'
  );
}

function firstParagraph(text: string | undefined): string {
  return (
    (text ?? '')
      .trim()
      .split(/\n\s*\n/)[0]
      ?.trim() ?? ''
  );
}

function hostsOf(document: OpenApiDocument): ApiHost[] {
  const servers = Array.isArray(document.servers) ? document.servers : [];
  return servers.map((server) => {
    const entry = asObject(server);
    const variables: Record<string, string[]> = {};
    for (const [name, variable] of Object.entries(asObject(entry.variables))) {
      const { enum: members, default: fallback } = asObject(variable);
      variables[name] = Array.isArray(members) ? members.map(String) : [String(fallback ?? '')];
    }
    return { url: String(entry.url ?? '/'), description: asString(entry.description), variables };
  });
}

/** A sentence for one security scheme object. */
export function describeSecurityScheme(name: string, scheme: JsonObject): string {
  const type = asString(scheme.type);
  if (type === 'http') {
    const httpScheme = (asString(scheme.scheme) ?? '').toLowerCase();
    if (httpScheme === 'bearer') {
      const format = asString(scheme.bearerFormat);
      return `HTTP bearer token${format ? ` (${format})` : ''}`;
    }
    return `HTTP ${httpScheme || 'authentication'}`;
  }
  if (type === 'apiKey') return `API key in ${String(scheme.in)} "${String(scheme.name)}"`;
  if (type === 'oauth2') {
    const flows = Object.entries(asObject(scheme.flows)).map(([flow, settings]) => {
      const words = flow.replace(/([A-Z])/g, ' $1').toLowerCase();
      const tokenUrl = asString(asObject(settings).tokenUrl);
      return `OAuth 2 ${words}${tokenUrl ? ` (token URL ${tokenUrl})` : ''}`;
    });
    return flows.length > 0 ? flows.join('; ') : 'OAuth 2';
  }
  if (type === 'openIdConnect') {
    return `OpenID Connect (${String(scheme.openIdConnectUrl)})`;
  }
  if (type === 'mutualTLS') return 'Mutual TLS';
  return `${name}: ${type ?? 'unknown scheme type'}`;
}

function mediaTypesOf(contentHolders: unknown[]): string[] {
  const found = new Set<string>();
  for (const holder of contentHolders) {
    for (const mediaType of Object.keys(asObject(asObject(holder).content))) found.add(mediaType);
  }
  return [...found].sort();
}

function operationsOf(document: OpenApiDocument): Array<ApiOperation & { raw: JsonObject }> {
  const operations: Array<ApiOperation & { raw: JsonObject }> = [];
  for (const [path, pathItem] of Object.entries(asObject(document.paths))) {
    for (const method of httpMethods) {
      const raw = asObject(asObject(pathItem)[method]);
      if (Object.keys(raw).length === 0) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: asString(raw.operationId),
        summary: asString(raw.summary),
        raw,
      });
    }
  }
  return operations;
}

/** Summarise a dereferenced spec (local `$ref`s already inlined) for the landing page. */
export function summarizeApi(name: string, document: OpenApiDocument): ApiSummary {
  const info = asObject(document.info);
  const operations = operationsOf(document);
  const schemes = asObject(asObject(document.components).securitySchemes);
  return {
    name,
    title: asString(info.title) ?? name,
    version: asString(info.version) ?? 'unversioned',
    vendor: vendorOf(document),
    blurb: firstParagraph(asString(info.summary) ?? asString(info.description)),
    hosts: hostsOf(document),
    auth: Object.entries(schemes).map(([schemeName, scheme]) =>
      describeSecurityScheme(schemeName, asObject(scheme)),
    ),
    requestFormats: mediaTypesOf(operations.map((operation) => operation.raw.requestBody)),
    responseFormats: mediaTypesOf(
      operations.flatMap((operation) => Object.values(asObject(operation.raw.responses))),
    ),
    operations: operations.map(({ raw: _raw, ...operation }) => operation),
  };
}
