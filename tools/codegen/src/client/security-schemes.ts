import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { CodegenError } from '../errors.ts';
import { deref, isObject, pointerSegment } from '../openapi-walk.ts';

// Mirrors packages/client/src/security-scheme.ts, which the generated module type-checks against.
type Scheme =
  | { type: 'http'; scheme: string }
  | { type: 'apiKey'; in: string; name: string }
  | { type: 'oauth2'; tokenUrl?: string }
  | { type: 'openIdConnect' }
  | { type: 'mutualTLS' };

const keyPlaces = new Set(['header', 'query', 'cookie']);

/**
 * What the client needs of each `components.securitySchemes` entry to send a credential: the
 * HTTP scheme (lower-cased, as RFC 9110 compares them), an API key's place and name, the
 * client-credentials token URL of an OAuth2 scheme.
 */
export function securitySchemeTable(
  specFile: string,
  document: OpenApiDocument,
): Record<string, Scheme> {
  const raw = document.components?.securitySchemes;
  const table: Record<string, Scheme> = {};
  if (!isObject(raw)) return table;
  for (const [name, entry] of Object.entries(raw)) {
    const pointer = `/components/securitySchemes/${pointerSegment(name)}`;
    const scheme = deref(document, entry);
    const fail = (where: string, expected: string, message: string) =>
      new CodegenError({ file: specFile, pointer: pointer + where, expected, message });
    if (!isObject(scheme)) throw fail('', 'a Security Scheme Object', 'not an object');
    switch (scheme.type) {
      case 'http':
        if (typeof scheme.scheme !== 'string' || scheme.scheme === '') {
          throw fail('/scheme', 'an HTTP authentication scheme such as bearer or basic', 'missing');
        }
        table[name] = { type: 'http', scheme: scheme.scheme.toLowerCase() };
        break;
      case 'apiKey':
        if (typeof scheme.in !== 'string' || !keyPlaces.has(scheme.in)) {
          throw fail('/in', 'header, query or cookie', `in is ${JSON.stringify(scheme.in)}`);
        }
        if (typeof scheme.name !== 'string' || scheme.name === '') {
          throw fail('/name', 'the header, query parameter or cookie name', 'missing');
        }
        table[name] = { type: 'apiKey', in: scheme.in, name: scheme.name };
        break;
      case 'oauth2': {
        const flows = isObject(scheme.flows) ? scheme.flows : {};
        const flow = flows.clientCredentials;
        const tokenUrl = isObject(flow) ? flow.tokenUrl : undefined;
        if (isObject(flow) && (typeof tokenUrl !== 'string' || tokenUrl === '')) {
          throw fail('/flows/clientCredentials/tokenUrl', 'the token URL', 'missing');
        }
        table[name] =
          typeof tokenUrl === 'string' ? { type: 'oauth2', tokenUrl } : { type: 'oauth2' };
        break;
      }
      case 'openIdConnect':
      case 'mutualTLS':
        table[name] = { type: scheme.type };
        break;
      default:
        throw fail(
          '/type',
          'http, apiKey, oauth2, openIdConnect or mutualTLS',
          `type is ${JSON.stringify(scheme.type)}`,
        );
    }
  }
  return table;
}
