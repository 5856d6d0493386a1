import type { Located } from './context.ts';
import {
  type DeprecationVerdict,
  describeDeprecation,
  diffSunset,
  isBeforeSunset,
  judgeDeprecation,
} from './lifecycle.ts';
import type { OperationPair } from './operation-scope.ts';
import { childPointer, isObject } from './pointer.ts';
import { diffSchema } from './schema/diff-schema.ts';

interface Parameter {
  readonly key: string;
  readonly in: string;
  readonly name: string;
  readonly located: Located;
}

// Operation parameters override path-level ones with the same name and location.
function collect(pair: OperationPair, side: 'base' | 'head'): Map<string, Parameter> {
  const specSide = pair.ctx[side];
  const operation = pair[side];
  const own = Array.isArray(operation.node.parameters) ? operation.node.parameters : [];
  const ownLocated = own.map((node, index) => ({
    node,
    pointer: childPointer(childPointer(operation.pointer, 'parameters'), index),
  }));
  const result = new Map<string, Parameter>();
  for (const entry of [
    ...(side === 'base' ? pair.baseInherited : pair.headInherited),
    ...ownLocated,
  ]) {
    const located = specSide.resolve(entry);
    const where = String(located.node.in ?? 'query');
    const name = String(located.node.name ?? '');
    // Header names are case-insensitive; path parameters match by position in the template instead.
    const key = where === 'header' ? `header:${name.toLowerCase()}` : `${where}:${name}`;
    result.set(key, { key, in: where, name, located });
  }
  return result;
}

function schemaOf(parameter: Parameter): Located<unknown> {
  const { node, pointer } = parameter.located;
  if (node.schema !== undefined)
    return { node: node.schema, pointer: childPointer(pointer, 'schema') };
  // `content` parameters: the schema of their single media type.
  if (isObject(node.content)) {
    const [mediaType, media] = Object.entries(node.content)[0] ?? [];
    if (mediaType && isObject(media))
      return {
        node: media.schema ?? {},
        pointer: childPointer(childPointer(childPointer(pointer, 'content'), mediaType), 'schema'),
      };
  }
  return { node: {}, pointer };
}

const isRequired = (parameter: Parameter) =>
  parameter.in === 'path' || parameter.located.node.required === true;
const isDeprecated = (parameter: Parameter) => parameter.located.node.deprecated === true;

// oasdiff has no parameter id for a deprecation with a sunset, nor for an unreadable one on deprecation.
const parameterIds: Record<DeprecationVerdict['kind'], string> = {
  plain: 'request-parameter-deprecated',
  'with-sunset': 'request-parameter-deprecated',
  'sunset-missing': 'request-parameter-deprecated-sunset-missing',
  'sunset-parse': 'request-parameter-sunset-parse',
  'sunset-too-small': 'request-parameter-sunset-date-too-small',
};

function reportRemoved(pair: OperationPair, before: Parameter, part: string): void {
  const { node } = before.located;
  const early = isBeforeSunset(node, pair.ctx.now);
  const deprecated = isDeprecated(before);
  const id = early
    ? 'request-parameter-removed-before-sunset'
    : deprecated
      ? 'request-parameter-removed-with-deprecation'
      : 'request-parameter-removed';
  const message = early
    ? `deprecated parameter removed before its sunset date ${String(node['x-sunset'])}: clients were promised it until then.`
    : deprecated
      ? 'deprecated parameter removed: requests that still send it may be rejected or have it ignored.'
      : 'parameter removed: requests that still send it may be rejected or have it ignored.';
  pair.ctx.report(id, { operation: pair.name, part }, message, pair.head.pointer);
}

/** Compares the parameters of one operation (its own and the ones it inherits from its path). */
export function diffParameters(pair: OperationPair): void {
  const { ctx } = pair;
  const base = collect(pair, 'base');
  const head = collect(pair, 'head');
  const renamedPath = pathParameterRenames(base, head, pair);
  for (const [key, before] of base) {
    const part = `${before.in} parameter ${before.name}`;
    const after = head.get(key) ?? renamedPath.get(key);
    if (!after) {
      reportRemoved(pair, before, part);
      continue;
    }
    if (after.name !== before.name) {
      ctx.report(
        'request-path-parameter-renamed',
        { operation: pair.name, part },
        `path parameter renamed to ${after.name}: the URL is the same, but typed clients pass it as params.path.${after.name} now.`,
        after.located.pointer,
      );
    }
    const headPart = `${after.in} parameter ${after.name}`;
    const where = { operation: pair.name, part: headPart };
    if (!isRequired(before) && isRequired(after)) {
      ctx.report(
        'request-parameter-became-required',
        where,
        'became required: requests without it are now rejected.',
        after.located.pointer,
      );
    } else if (isRequired(before) && !isRequired(after)) {
      ctx.report(
        'request-parameter-became-optional',
        where,
        'became optional: clients may leave it out.',
        after.located.pointer,
      );
    }
    diffSunset(ctx, {
      where,
      base: before.located.node,
      head: after.located.node,
      pointer: after.located.pointer,
      what: 'parameter',
      ids: {
        deleted: 'request-parameter-sunset-deleted',
        earlier: 'request-parameter-sunset-date-changed-too-small',
      },
    });
    if (!isDeprecated(before) && isDeprecated(after)) {
      const verdict = judgeDeprecation(ctx, after.located.node, pair.head);
      ctx.report(
        parameterIds[verdict.kind],
        where,
        describeDeprecation(verdict, 'parameter'),
        after.located.pointer,
      );
    } else if (isDeprecated(before) && !isDeprecated(after)) {
      ctx.report(
        'request-parameter-reactivated',
        where,
        'no longer deprecated.',
        after.located.pointer,
      );
    }
    diffSchema(
      {
        ctx,
        direction: 'request',
        operation: pair.name,
        part: headPart,
        root: 'request-parameter',
        xml: false,
        normalizers: pair.normalizers,
        clean: pair.clean,
      },
      schemaOf(before),
      schemaOf(after),
    );
  }
  const matchedRenames = new Set([...renamedPath.values()].map((parameter) => parameter.key));
  for (const [key, after] of head) {
    if (base.has(key) || matchedRenames.has(key)) continue;
    const where = { operation: pair.name, part: `${after.in} parameter ${after.name}` };
    if (isRequired(after)) {
      ctx.report(
        'new-required-request-parameter',
        where,
        'required parameter added: requests without it are now rejected.',
        after.located.pointer,
      );
    } else {
      ctx.report(
        'new-optional-request-parameter',
        where,
        'optional parameter added: clients may send it.',
        after.located.pointer,
      );
    }
  }
}

// Paths are matched with their parameter names blanked, so `{id}` → `{messageId}` pairs up here.
function pathParameterRenames(
  base: Map<string, Parameter>,
  head: Map<string, Parameter>,
  pair: OperationPair,
): Map<string, Parameter> {
  const byPosition = (template: string) => (a: Parameter, b: Parameter) =>
    template.indexOf(`{${a.name}}`) - template.indexOf(`{${b.name}}`);
  const gone = [...base.values()]
    .filter((parameter) => parameter.in === 'path' && !head.has(parameter.key))
    .sort(byPosition(pair.basePath));
  const added = [...head.values()]
    .filter((parameter) => parameter.in === 'path' && !base.has(parameter.key))
    .sort(byPosition(pair.headPath));
  const renames = new Map<string, Parameter>();
  if (gone.length === added.length) {
    gone.forEach((parameter, index) => {
      renames.set(parameter.key, added[index] as Parameter);
    });
  }
  return renames;
}
