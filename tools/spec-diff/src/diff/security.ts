import type { DiffContext, Where } from './context.ts';
import { isObject } from './pointer.ts';

/** One way to authenticate: every named scheme at once, with the scopes it must carry. */
type Requirement = Map<string, Set<string>>;

function requirements(value: unknown): Requirement[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter(isObject)
    .map(
      (entry) =>
        new Map(
          Object.entries(entry).map(([scheme, scopes]) => [
            scheme,
            new Set(Array.isArray(scopes) ? scopes.map(String) : []),
          ]),
        ),
    );
}

const keyOf = (requirement: Requirement) => [...requirement.keys()].sort().join(' + ');
// An empty list, or an empty `{}` alternative, lets clients in without credentials.
const anonymous = (list: Requirement[]) =>
  list.length === 0 || list.some((requirement) => requirement.size === 0);

/**
 * Compares two security requirement lists (alternatives, any one of which lets a client in).
 * `scope` picks the id family: per operation (`api-security-*`) or document-wide (`api-global-security-*`).
 */
export function diffSecurityRequirements(
  ctx: DiffContext,
  scope: 'api' | 'api-global',
  where: Where,
  base: unknown,
  head: unknown,
  pointer: string,
): void {
  const before = requirements(base) ?? [];
  const after = requirements(head) ?? [];
  const prefix = `${scope}-security`;
  const [wasOpen, isOpen] = [anonymous(before), anonymous(after)];
  if (wasOpen && !isOpen)
    ctx.report(
      `${prefix}-anonymous-access-removed`,
      where,
      'credentials are now required: clients that called without them are refused.',
      pointer,
    );
  if (!wasOpen && isOpen)
    ctx.report(
      `${prefix}-anonymous-access-added`,
      where,
      'credentials are no longer required.',
      pointer,
    );
  const afterByKey = new Map(
    after
      .filter((requirement) => requirement.size > 0)
      .map((requirement) => [keyOf(requirement), requirement]),
  );
  const beforeByKey = new Map(
    before
      .filter((requirement) => requirement.size > 0)
      .map((requirement) => [keyOf(requirement), requirement]),
  );
  for (const [key, requirement] of beforeByKey) {
    const next = afterByKey.get(key);
    if (!next) {
      if (after.length > 0)
        ctx.report(
          `${prefix}-removed`,
          where,
          `authentication with ${key} removed: clients that authenticate that way are refused.`,
          pointer,
        );
      continue;
    }
    for (const [scheme, scopes] of next) {
      const had = requirement.get(scheme) ?? new Set();
      for (const scopeName of scopes) {
        if (!had.has(scopeName))
          ctx.report(
            `${prefix}-scope-added`,
            where,
            `scope ${scopeName} of ${scheme} now required: tokens without it are refused.`,
            pointer,
          );
      }
      for (const scopeName of had) {
        if (!scopes.has(scopeName))
          ctx.report(
            `${prefix}-scope-removed`,
            where,
            `scope ${scopeName} of ${scheme} no longer required.`,
            pointer,
          );
      }
    }
  }
  for (const key of afterByKey.keys()) {
    if (!beforeByKey.has(key) && before.length > 0)
      ctx.report(
        `${prefix}-added`,
        where,
        `authentication with ${key} added as an alternative.`,
        pointer,
      );
  }
}

// What a client must do to authenticate with a scheme; descriptions do not count.
function schemeShape(scheme: Record<string, unknown>): string {
  const flows = isObject(scheme.flows)
    ? Object.fromEntries(
        Object.entries(scheme.flows).map(([flow, value]) => [
          flow,
          isObject(value)
            ? {
                tokenUrl: value.tokenUrl,
                authorizationUrl: value.authorizationUrl,
                refreshUrl: value.refreshUrl,
              }
            : value,
        ]),
      )
    : undefined;
  return JSON.stringify({
    type: scheme.type,
    scheme: typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : undefined,
    in: scheme.in,
    name: scheme.name,
    openIdConnectUrl: scheme.openIdConnectUrl,
    flows,
  });
}

/** Compares security schemes defined on both sides: how clients obtain and present credentials. */
export function diffSecuritySchemes(ctx: DiffContext): void {
  const schemes = (document: Record<string, unknown>) =>
    isObject(document.components) && isObject(document.components.securitySchemes)
      ? document.components.securitySchemes
      : {};
  const base = schemes(ctx.base.document);
  const head = schemes(ctx.head.document);
  for (const [name, value] of Object.entries(base)) {
    if (!(name in head)) continue;
    const before = ctx.base.resolve({
      node: value,
      pointer: `#/components/securitySchemes/${name}`,
    });
    const after = ctx.head.resolve({
      node: head[name],
      pointer: `#/components/securitySchemes/${name}`,
    });
    if (schemeShape(before.node) === schemeShape(after.node)) continue;
    ctx.report(
      'api-security-component-changed',
      { part: `security scheme ${name}` },
      `how clients authenticate changed (${schemeShape(before.node)} → ${schemeShape(after.node)}): clients built for the old scheme are refused.`,
      after.pointer,
    );
  }
}
