// One authenticated operation of a vendor API, called through its generated createClient against
// the emulator over HTTP: the operation is picked from the spec (a GET that needs credentials and
// nothing else), the credentials are made up per security scheme (the spec-driven emulator takes
// any well-formed one), and the same request without them must be refused.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, type Node, operations, resolveLocal } from './spec-walk.ts';

export interface AuthenticatedCall {
  readonly method: string;
  readonly path: string;
  /** `credentials` for createClient, keyed by security scheme name. */
  readonly credentials: Readonly<Record<string, unknown>>;
}

/** A made-up credential of the shape createClient takes for each kind of scheme. */
function credentialFor(scheme: unknown): unknown {
  if (!isNode(scheme)) return undefined;
  if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic')
    return { username: 'test-user', password: 'test-secret' };
  if (scheme.type === 'http' || scheme.type === 'apiKey') return 'test-token-0001';
  return undefined;
}

/** The first GET that needs credentials, no parameters, and answers 2xx; undefined if none. */
export function pickAuthenticatedCall(document: Node): AuthenticatedCall | undefined {
  const schemes = isNode(document.components) ? document.components.securitySchemes : undefined;
  for (const { method, path, operation, pathItem } of operations(document)) {
    if (method !== 'get' || path.includes('{')) continue;
    const parameters = [pathItem.parameters, operation.parameters]
      .flatMap((list) => (Array.isArray(list) ? list : []))
      .map((parameter) => resolveLocal(document, parameter));
    if (parameters.some((parameter) => isNode(parameter) && parameter.required === true)) continue;
    const responses = isNode(operation.responses) ? Object.keys(operation.responses) : [];
    if (!responses.some((status) => /^2/.test(status))) continue;
    const requirements = operation.security ?? document.security;
    for (const requirement of Array.isArray(requirements) ? requirements : []) {
      const names = isNode(requirement) ? Object.keys(requirement) : [];
      const credentials = Object.fromEntries(
        names.map((name) => [name, credentialFor(isNode(schemes) ? schemes[name] : undefined)]),
      );
      if (names.length > 0 && Object.values(credentials).every((value) => value !== undefined))
        return { method, path, credentials };
    }
  }
  return undefined;
}

/**
 * Writes the program that makes the call into the copy's emulator package, where both
 * `@sms-contracts/emulator` (itself) and `@sms-contracts/client` resolve to the copy's builds.
 * It prints one JSON line: the status with credentials, the client's error if any, and the
 * status of the same request sent without credentials.
 */
export function writeCallProgram(copyRoot: string): string {
  const file = join(copyRoot, 'packages/emulator/authenticated-call.mjs');
  writeFileSync(
    file,
    `import { createEmulator } from '@sms-contracts/emulator';
const [slug, method, path, credentials] = process.argv.slice(2);
const { createClient } = await import(\`@sms-contracts/client/\${slug}\`);
const server = await createEmulator().listen(0);
try {
  const client = createClient({ baseUrl: \`\${server.url}/\${slug}\`, credentials: JSON.parse(credentials), validate: true });
  const answer = await client[method.toUpperCase()](path, {});
  const bare = await fetch(\`\${server.url}/\${slug}\${path}\`, { method: method.toUpperCase() });
  console.log(JSON.stringify({ status: answer.response.status, error: answer.error ?? null, withoutCredentials: bare.status }));
} finally {
  await server.close();
}
`,
  );
  return file;
}
