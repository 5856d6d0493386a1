// The emulator's model of one API (packages/emulator/src/apis/<slug>.gen.ts): operations with
// their parameters, security, request media types and responses with examples and schemas, as the
// spec-driven emulator reads them at run time. Request validation itself comes from the validation
// package; this module only carries what validators cannot answer (routes, auth, answers).
import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { deref, isObject, type JsonObject, listOperations } from '../openapi-walk.ts';
import { SchemaPruner } from './schema-pruning.ts';
import { serverUrls } from './server-urls.ts';

export interface EmitEmulatorModelInput {
  readonly name: string;
  readonly document: OpenApiDocument;
}

export function emitEmulatorModel({ name, document }: EmitEmulatorModelInput): string {
  const pruner = new SchemaPruner(document);
  const globalSecurity = securityOf(document.security) ?? [];
  const operations = listOperations(document).map(({ path, method, operation, key }) => {
    const pathItem = document.paths?.[path] ?? {};
    const body = deref(document, operation.requestBody);
    return {
      id: key,
      method: method.toUpperCase(),
      path,
      parameters: parametersOf(document, pruner, pathItem.parameters, operation.parameters),
      security: securityOf(operation.security) ?? globalSecurity,
      ...(isObject(body)
        ? {
            requestBody: {
              required: body.required === true,
              content: contentOf(document, pruner, body.content, false),
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(isObject(operation.responses) ? operation.responses : {}).map(
          ([status, raw]) => {
            const response = deref(document, raw);
            const content = isObject(response) ? response.content : undefined;
            return [
              status,
              isObject(content) ? { content: contentOf(document, pruner, content, true) } : {},
            ];
          },
        ),
      ),
    };
  });
  const info = isObject(document.info) ? document.info : {};
  const model = {
    slug: name,
    title: typeof info.title === 'string' ? info.title : name,
    servers: serverUrls(document.servers),
    securitySchemes: securitySchemesOf(document),
    operations,
    schemas: pruner.sorted(),
  };
  return [
    "import type { ApiModel } from '../spec-driven/api-model.ts';",
    '',
    `/** ${model.title}: what the spec-driven emulator serves under \`/${name}\`. */`,
    `export const model: ApiModel = ${JSON.stringify(model)};`,
    '',
  ].join('\n');
}

function securityOf(value: unknown): string[][] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isObject).map((requirement) => Object.keys(requirement));
}

function securitySchemesOf(document: OpenApiDocument): Record<string, unknown> {
  const schemes = isObject(document.components?.securitySchemes)
    ? document.components.securitySchemes
    : {};
  return Object.fromEntries(
    Object.entries(schemes).map(([name, raw]) => [name, securitySchemeOf(deref(document, raw))]),
  );
}

function securitySchemeOf(raw: unknown): JsonObject {
  const scheme = isObject(raw) ? raw : {};
  switch (scheme.type) {
    case 'http': {
      const kind = String(scheme.scheme ?? '').toLowerCase();
      return kind === 'basic' || kind === 'bearer'
        ? { type: kind }
        : { type: 'http', scheme: kind };
    }
    case 'apiKey':
      return { type: 'apiKey', in: scheme.in, name: scheme.name };
    case 'oauth2': {
      const flows = isObject(scheme.flows) ? scheme.flows : {};
      const clientCredentials = isObject(flows.clientCredentials) ? flows.clientCredentials : {};
      return typeof clientCredentials.tokenUrl === 'string'
        ? { type: 'oauth2', tokenUrl: clientCredentials.tokenUrl }
        : { type: 'oauth2' };
    }
    case 'mutualTLS':
      return { type: 'mutualTLS' };
    default:
      return { type: 'openIdConnect' };
  }
}

/** Path-level parameters, overridden by the operation's own of the same name and location. */
function parametersOf(
  document: OpenApiDocument,
  pruner: SchemaPruner,
  ...lists: unknown[]
): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = deref(document, raw);
      if (!isObject(parameter) || typeof parameter.name !== 'string') continue;
      const content = isObject(parameter.content) ? parameter.content : undefined;
      const firstMedia = content ? Object.values(content)[0] : undefined;
      const schema =
        parameter.schema ?? (isObject(firstMedia) ? firstMedia.schema : undefined) ?? undefined;
      byKey.set(`${parameter.in}:${parameter.name}`, {
        name: parameter.name,
        in: parameter.in,
        required: parameter.required === true || parameter.in === 'path',
        ...(schema === undefined ? {} : { schema: pruner.prune(deref(document, schema)) }),
        ...(typeof parameter.style === 'string' ? { style: parameter.style } : {}),
        ...(typeof parameter.explode === 'boolean' ? { explode: parameter.explode } : {}),
      });
    }
  }
  return [...byKey.values()];
}

function contentOf(
  document: OpenApiDocument,
  pruner: SchemaPruner,
  content: unknown,
  withExamples: boolean,
): Record<string, JsonObject> {
  if (!isObject(content)) return {};
  return Object.fromEntries(
    Object.entries(content).map(([mediaType, raw]) => {
      const media = isObject(raw) ? raw : {};
      const examples = withExamples ? examplesOf(document, media) : {};
      return [
        mediaType,
        {
          ...(media.schema === undefined ? {} : { schema: pruner.prune(media.schema) }),
          ...(Object.keys(examples).length > 0 ? { examples } : {}),
        },
      ];
    }),
  );
}

/** `example` is named `default`, as Prism names it; `examples` keep their names. */
function examplesOf(document: OpenApiDocument, media: JsonObject): Record<string, unknown> {
  const examples: Record<string, unknown> = {};
  if (media.example !== undefined) examples.default = media.example;
  if (isObject(media.examples)) {
    for (const [name, raw] of Object.entries(media.examples)) {
      const example = deref(document, raw);
      if (isObject(example) && 'value' in example) examples[name] = example.value;
    }
  }
  return examples;
}
