import { upgrade } from '@scalar/openapi-upgrader';
import type { Node } from '../json-node.ts';
import { fixUpgradedSchema } from './schema-fixups.ts';
import { rewriteDocumentSchemas } from './schema-walk.ts';
import { keepOnlyPathItemWebhooks } from './webhook-fixups.ts';

/** The OpenAPI (or Swagger) version a document declares, e.g. `3.0.3` or `2.0`. */
export function declaredVersion(document: Node): string {
  const version = document.openapi ?? document.swagger;
  return typeof version === 'string' ? version : '';
}

/** True when the document needs the upgrade to 3.1: Swagger 2.0 and OpenAPI 3.0.x. */
export function needsUpgrade(document: Node): boolean {
  return /^(2\.0|3\.0)(\.|$)/.test(declaredVersion(document));
}

/**
 * A Swagger 2.0 or OpenAPI 3.0 document as OpenAPI 3.1: @scalar/openapi-upgrader, then the
 * rewrites it leaves to us (`schema-fixups.ts`, `webhook-fixups.ts`). 3.1 documents come back untouched;
 * anything else is refused with the version it declares.
 */
export function upgradeDocument(document: Node, source: string): Node {
  const version = declaredVersion(document);
  if (/^3\.1(\.|$)/.test(version)) return document;
  if (!needsUpgrade(document)) {
    throw new Error(
      `${source}: expected an OpenAPI 3.0.x or 3.1.x (or Swagger 2.0) document, found ${
        version ? `version ${JSON.stringify(version)}` : 'no "openapi" field'
      }`,
    );
  }
  const upgraded = upgrade(structuredClone(document), '3.1') as unknown as Node;
  keepOnlyPathItemWebhooks(upgraded);
  rewriteDocumentSchemas(upgraded, fixUpgradedSchema);
  return upgraded;
}
