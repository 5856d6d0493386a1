import type { LoadedSpec } from '../load/load-spec.ts';
import { type Change, compareChanges, type DiffReport } from '../model.ts';
import { DiffContext, type DiffOptions, type Located, SpecSide } from './context.ts';
import {
  diffStability,
  diffSunset,
  isBeforeSunset,
  isUnstable,
  operationSunsetIds,
  reportDeprecation,
} from './lifecycle.ts';
import type { OperationPair } from './operation-scope.ts';
import { diffParameters } from './parameters.ts';
import { childPointer, isObject } from './pointer.ts';
import { diffRequestBody } from './request-body.ts';
import { diffResponses } from './responses.ts';
import { CleanPairs } from './schema/diff-schema.ts';
import { SchemaNormalizer } from './schema/normalize.ts';
import { diffSecurityRequirements, diffSecuritySchemes } from './security.ts';
import { diffServers } from './servers.ts';

const methods = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
  'query',
] as const;

interface PathEntry {
  readonly template: string;
  readonly item: Located;
}

// `/messages/{id}` and `/messages/{messageId}` are the same URL: match with names blanked.
function pathsOf(side: SpecSide): Map<string, PathEntry> {
  const result = new Map<string, PathEntry>();
  const paths = side.document.paths;
  if (!isObject(paths)) return result;
  for (const [template, item] of Object.entries(paths)) {
    const located = side.resolve({ node: item, pointer: childPointer('#/paths', template) });
    result.set(template.replace(/\{[^}]*\}/g, '{}'), { template, item: located });
  }
  return result;
}

function operationsOf(item: Located): Map<string, Located> {
  const result = new Map<string, Located>();
  for (const method of methods) {
    if (isObject(item.node[method]))
      result.set(method, {
        node: item.node[method] as Record<string, unknown>,
        pointer: childPointer(item.pointer, method),
      });
  }
  return result;
}

function pathParameters(item: Located): Located<unknown>[] {
  const list = Array.isArray(item.node.parameters) ? item.node.parameters : [];
  return list.map((node, index) => ({
    node,
    pointer: childPointer(childPointer(item.pointer, 'parameters'), index),
  }));
}

const deprecated = (operation: Located) => operation.node.deprecated === true;
const label = (method: string, template: string) => `${method.toUpperCase()} ${template}`;

function reportPathRemoved(ctx: DiffContext, before: PathEntry): void {
  const all = [...operationsOf(before.item).values()].filter((operation) => !isUnstable(operation));
  if (all.length === 0) return;
  const early = all.some((operation) => isBeforeSunset(operation.node, ctx.now));
  const wasDeprecated = all.every(deprecated);
  const [id, message] = early
    ? [
        'api-path-removed-before-sunset',
        'path removed before the sunset date of its deprecated operations: clients were promised it until then.',
      ]
    : wasDeprecated
      ? [
          'api-path-removed-with-deprecation',
          'deprecated path removed: clients that still call it get 404.',
        ]
      : [
          'api-path-removed-without-deprecation',
          'path removed without deprecation: every client that calls it breaks.',
        ];
  ctx.report(id, { operation: before.template }, message, '#/paths');
}

function reportOperationRemoved(
  ctx: DiffContext,
  name: string,
  operation: Located,
  pointer: string,
): void {
  const [id, message] = isBeforeSunset(operation.node, ctx.now)
    ? [
        'api-removed-before-sunset',
        `deprecated operation removed before its sunset date ${String(operation.node['x-sunset'])}: clients were promised it until then.`,
      ]
    : deprecated(operation)
      ? [
          'api-removed-with-deprecation',
          'deprecated operation removed: clients that still call it break.',
        ]
      : [
          'api-removed-without-deprecation',
          'operation removed without deprecation: every client that calls it breaks.',
        ];
  ctx.report(id, { operation: name }, message, pointer);
}

/** Compares two bundled specs and returns every change, in report order. */
export function diffDocuments(
  baseDocument: Record<string, unknown>,
  headDocument: Record<string, unknown>,
  options: DiffOptions = {},
): Change[] {
  const ctx = new DiffContext(
    new SpecSide('base', baseDocument),
    new SpecSide('head', headDocument),
    options,
  );
  const normalizers = {
    base: new SchemaNormalizer(ctx.base),
    head: new SchemaNormalizer(ctx.head),
  };
  const clean = new CleanPairs();
  const basePaths = pathsOf(ctx.base);
  const headPaths = pathsOf(ctx.head);

  for (const [key, before] of basePaths) {
    const after = headPaths.get(key);
    const baseOperations = operationsOf(before.item);
    if (!after) {
      reportPathRemoved(ctx, before);
      continue;
    }
    const headOperations = operationsOf(after.item);
    for (const [method, baseOperation] of baseOperations) {
      const headOperation = headOperations.get(method);
      const name = label(method, after.template);
      if (!headOperation) {
        if (!isUnstable(baseOperation))
          reportOperationRemoved(ctx, name, baseOperation, after.item.pointer);
        continue;
      }
      if (isUnstable(baseOperation)) {
        diffStability(ctx, name, baseOperation, headOperation);
        continue;
      }
      const pair: OperationPair = {
        ctx,
        name,
        basePath: before.template,
        headPath: after.template,
        base: baseOperation,
        head: headOperation,
        baseInherited: pathParameters(before.item),
        headInherited: pathParameters(after.item),
        normalizers,
        clean,
      };
      diffOperation(pair, before.item, after.item);
    }
    for (const [method, headOperation] of headOperations) {
      if (!baseOperations.has(method))
        ctx.report(
          'endpoint-added',
          { operation: label(method, after.template) },
          'operation added.',
          headOperation.pointer,
        );
    }
  }
  for (const [key, after] of headPaths) {
    if (basePaths.has(key)) continue;
    for (const [method, operation] of operationsOf(after.item)) {
      ctx.report(
        'endpoint-added',
        { operation: label(method, after.template) },
        'operation added.',
        operation.pointer,
      );
    }
  }

  diffSecurityRequirements(
    ctx,
    'api-global',
    { part: 'security' },
    baseDocument.security,
    headDocument.security,
    '#/security',
  );
  diffSecuritySchemes(ctx);
  diffServers(ctx, {}, baseDocument.servers, headDocument.servers, '#/servers');
  return ctx.changes.sort(compareChanges);
}

function diffOperation(pair: OperationPair, baseItem: Located, headItem: Located): void {
  const { ctx, name, base, head } = pair;
  diffStability(ctx, name, base, head);
  diffSunset(ctx, {
    where: { operation: name },
    base: base.node,
    head: head.node,
    pointer: head.pointer,
    what: 'operation',
    ids: operationSunsetIds,
  });
  if (!deprecated(base) && deprecated(head)) {
    reportDeprecation(ctx, name, head);
  } else if (deprecated(base) && !deprecated(head)) {
    ctx.report(
      'endpoint-reactivated',
      { operation: name },
      'operation no longer deprecated.',
      head.pointer,
    );
  }
  const [fromId, toId] = [base.node.operationId, head.node.operationId];
  if (typeof fromId === 'string' && fromId !== toId) {
    const what = typeof toId === 'string' ? `changed to ${toId}` : 'removed';
    ctx.report(
      'api-operation-id-removed',
      { operation: name },
      `operationId ${fromId} ${what}: code that names operations["${fromId}"] in the generated types no longer compiles.`,
      head.pointer,
    );
  } else if (fromId === undefined && typeof toId === 'string') {
    ctx.report(
      'api-operation-id-added',
      { operation: name },
      `operationId ${toId} added.`,
      head.pointer,
    );
  }
  diffParameters(pair);
  diffRequestBody(pair);
  diffResponses(pair);
  // Operation security overrides the document's; when neither side overrides, the global diff covers it.
  if (base.node.security !== undefined || head.node.security !== undefined) {
    diffSecurityRequirements(
      ctx,
      'api',
      { operation: name, part: 'security' },
      base.node.security ?? ctx.base.document.security,
      head.node.security ?? ctx.head.document.security,
      head.pointer,
    );
  }
  const servers = (item: Located, operation: Located) =>
    operation.node.servers ?? item.node.servers;
  if (servers(baseItem, base) !== undefined || servers(headItem, head) !== undefined) {
    diffServers(
      ctx,
      { operation: name },
      servers(baseItem, base) ?? ctx.base.document.servers,
      servers(headItem, head) ?? ctx.head.document.servers,
      head.pointer,
    );
  }
}

/** Compares two loaded specs: every change, sorted, each with the file and line it points at. */
export function diffSpecs(
  base: LoadedSpec,
  head: LoadedSpec,
  options: DiffOptions = {},
): DiffReport {
  const changes = diffDocuments(base.document, head.document, options).map((change) => {
    if (!change.pointer) return change;
    const line = head.lineOf(change.pointer);
    return { ...change, file: head.file, ...(line ? { line } : {}) };
  });
  return { base: base.label, head: head.label, changes };
}
