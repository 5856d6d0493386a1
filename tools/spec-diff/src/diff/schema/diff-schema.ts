// Compares two schemas recursively. Direction matters: in a request, narrowing what the API
// accepts breaks callers; in a response, widening what it returns breaks readers.
import type { Direction, SchemaSubject } from '../../rules.ts';
import type { DiffContext, Located, Where } from '../context.ts';
import { isObject } from '../pointer.ts';
import { consequence, describeBound, describeTypes, formatValue } from './describe.ts';
import {
  type Bound,
  type NormalSchema,
  type SchemaNormalizer,
  type SizeKeyword,
  sameValue,
  typeCovers,
} from './normalize.ts';

/** What a schema belongs to: fixed for one comparison of a body, parameter or header. */
export interface SchemaScope {
  readonly ctx: DiffContext;
  readonly direction: Direction;
  readonly operation: string;
  /** `request body application/json`, `query parameter limit`, `response 200 header X-Id`. */
  readonly part: string;
  /** Subject of the top schema; nested properties of bodies use `*-property`. */
  readonly root: 'request-body' | 'request-parameter' | 'response-body' | 'response-header';
  /** Compare `xml` naming (XML media types only). */
  readonly xml: boolean;
  readonly normalizers: { readonly base: SchemaNormalizer; readonly head: SchemaNormalizer };
  /** Pairs (base key, head key) known to differ in nothing, per scope flavour. */
  readonly clean: CleanPairs;
}

/** Remembers schema pairs that produced no change, so shared components are compared once. */
export class CleanPairs {
  private readonly pairs = new Map<string, WeakMap<object, WeakSet<object>>>();
  has(flavour: string, a: object, b: object): boolean {
    return this.pairs.get(flavour)?.get(a)?.has(b) ?? false;
  }
  add(flavour: string, a: object, b: object): void {
    let byBase = this.pairs.get(flavour);
    if (!byBase) {
      byBase = new WeakMap();
      this.pairs.set(flavour, byBase);
    }
    let heads = byBase.get(a);
    if (!heads) {
      heads = new WeakSet();
      byBase.set(a, heads);
    }
    heads.add(b);
  }
}

const sizeNames: Record<SizeKeyword, string> = {
  maxLength: 'max-length',
  minLength: 'min-length',
  maxItems: 'max-items',
  minItems: 'min-items',
};

const maxDepth = 64;

class SchemaComparison {
  // Pairs already compared in this body: a shared component reports once, where it is met first
  // (and a recursive schema stops where it meets itself).
  private readonly visited = new Set<string>();
  private depth = 0;
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;

  private readonly scope: SchemaScope;

  constructor(scope: SchemaScope) {
    this.scope = scope;
  }

  private subject(path: string): SchemaSubject {
    const { root } = this.scope;
    if (path === '' || root === 'request-parameter' || root === 'response-header') return root;
    return root === 'request-body' ? 'request-property' : 'response-property';
  }

  private where(path: string): Where {
    return { operation: this.scope.operation, part: this.scope.part, ...(path ? { path } : {}) };
  }

  private report(suffix: string, path: string, message: string, pointer: string): void {
    this.scope.ctx.report(`${this.subject(path)}-${suffix}`, this.where(path), message, pointer);
  }

  private fixed(id: string, path: string, message: string, pointer: string): void {
    this.scope.ctx.report(id, this.where(path), message, pointer);
  }

  private id(key: object): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(key, id);
    }
    return id;
  }

  compare(baseNode: Located<unknown>, headNode: Located<unknown>, path: string): void {
    const base = this.scope.normalizers.base.normalize(baseNode);
    const head = this.scope.normalizers.head.normalize(headNode);
    const flavour = `${this.scope.direction}|${this.scope.xml}|${this.subject(path)}`;
    if (this.scope.clean.has(flavour, base.key, head.key)) return;
    const pair = `${this.id(base.key)}:${this.id(head.key)}`;
    if (this.visited.has(pair) || this.depth > maxDepth) return;
    this.visited.add(pair);
    const before = this.scope.ctx.changes.length;
    this.depth += 1;
    this.compareNormal(base, head, path);
    this.depth -= 1;
    if (this.scope.ctx.changes.length === before) this.scope.clean.add(flavour, base.key, head.key);
  }

  private compareNormal(base: NormalSchema, head: NormalSchema, path: string): void {
    const [baseUnion, headUnion] = [unionOf(base), unionOf(head)];
    if ((baseUnion === undefined) !== (headUnion === undefined)) {
      // One side became a union (or stopped being one): the lone schema is compared as one branch.
      this.compareBranches((baseUnion ?? headUnion) as 'oneOf' | 'anyOf', base, head, path);
      return;
    }
    if (!this.compareTypes(base, head, path)) return;
    this.compareNullable(base, head, path);
    this.compareEnums(base, head, path);
    this.compareBound('max', base.maximum, head.maximum, path, head.pointer);
    this.compareBound('min', base.minimum, head.minimum, path, head.pointer);
    for (const keyword of Object.keys(sizeNames) as SizeKeyword[]) {
      this.compareBound(
        sizeNames[keyword],
        base.sizes[keyword],
        head.sizes[keyword],
        path,
        head.pointer,
      );
    }
    this.comparePattern(base, head, path);
    if (this.scope.xml) this.compareXml(base, head, path);
    this.compareDefault(base, head, path);
    this.compareAdditionalProperties(base, head, path);
    this.compareProperties(base, head, path);
    if (base.items || head.items) {
      this.compare(
        base.items ?? { node: {}, pointer: base.pointer },
        head.items ?? { node: {}, pointer: head.pointer },
        `${path}[]`,
      );
    }
    this.compareBranches('oneOf', base, head, path);
    this.compareBranches('anyOf', base, head, path);
  }

  /** Returns false when the types are unrelated: nothing below is worth comparing then. */
  private compareTypes(base: NormalSchema, head: NormalSchema, path: string): boolean {
    const { direction } = this.scope;
    const from = describeTypes(base);
    const to = describeTypes(head);
    let effect: 'narrows' | 'widens' | 'incomparable' | undefined;
    if (base.types === undefined && head.types !== undefined) effect = 'narrows';
    else if (base.types !== undefined && head.types === undefined) effect = 'widens';
    else if (base.types && head.types) {
      const headCovers = [...base.types].every((type) =>
        typeCovers(head.types as Set<string>, type),
      );
      const baseCovers = [...head.types].every((type) =>
        typeCovers(base.types as Set<string>, type),
      );
      if (headCovers && !baseCovers) effect = 'widens';
      else if (baseCovers && !headCovers) effect = 'narrows';
      else if (!headCovers && !baseCovers) effect = 'incomparable';
    }
    if (effect === undefined && base.format !== head.format) {
      if (base.format === undefined) effect = 'narrows';
      else if (head.format === undefined) effect = 'widens';
      else effect = 'incomparable';
    }
    if (effect === undefined) return true;
    const suffix =
      effect === 'incomparable'
        ? 'type-changed'
        : effect === 'widens'
          ? 'type-generalized'
          : 'type-specialized';
    this.report(
      suffix,
      path,
      `type changed from ${from} to ${to}: ${consequence(direction, effect)}.`,
      head.pointer,
    );
    return effect !== 'incomparable';
  }

  private compareNullable(base: NormalSchema, head: NormalSchema, path: string): void {
    if (base.nullable === head.nullable || head.types === undefined) return;
    const { direction } = this.scope;
    if (head.nullable) {
      const who =
        direction === 'response'
          ? 'clients that do not expect null will break on it'
          : 'clients may now send null';
      this.report('became-nullable', path, `became nullable: ${who}.`, head.pointer);
    } else {
      const who =
        direction === 'request'
          ? 'requests that send null are now rejected'
          : 'clients no longer receive null';
      this.report('became-not-nullable', path, `no longer nullable: ${who}.`, head.pointer);
    }
  }

  private compareEnums(base: NormalSchema, head: NormalSchema, path: string): void {
    const { direction } = this.scope;
    const [from, to] = [base.enumValues, head.enumValues];
    if (!from && !to) return;
    if (!from && to) {
      this.report(
        'became-enum',
        path,
        `restricted to the values ${to.map(formatValue).join(', ')}: ${consequence(direction, 'narrows')}.`,
        head.pointer,
      );
      return;
    }
    if (from && !to) {
      this.report(
        'became-not-enum',
        path,
        `no longer limited to a list of values: ${consequence(direction, 'widens')}.`,
        head.pointer,
      );
      return;
    }
    if (!from || !to) return;
    if (!base.extensible && head.extensible) {
      this.report(
        'became-not-enum',
        path,
        `the enum became extensible: ${consequence(direction, 'widens')}.`,
        head.pointer,
      );
    }
    for (const value of from) {
      if (to.some((other) => sameValue(value, other))) continue;
      if (base.extensible) {
        const who =
          direction === 'request'
            ? 'requests that send it may be rejected'
            : 'clients no longer receive it';
        this.report(
          'x-extensible-enum-value-removed',
          path,
          `value ${formatValue(value)} removed from the extensible enum: ${who}.`,
          head.pointer,
        );
      } else {
        const who =
          direction === 'request'
            ? 'requests that send it are now rejected'
            : 'clients no longer receive it';
        this.report(
          'enum-value-removed',
          path,
          `enum value ${formatValue(value)} removed: ${who}.`,
          head.pointer,
        );
      }
    }
    for (const value of to) {
      if (from.some((other) => sameValue(value, other))) continue;
      if (head.extensible && base.extensible) {
        this.report(
          'extensible-enum-value-added',
          path,
          `value ${formatValue(value)} added to an extensible enum: clients already handle unknown values.`,
          head.pointer,
        );
      } else {
        const who =
          direction === 'response'
            ? 'clients that switch over the values meet one they do not know'
            : 'clients may now send it';
        this.report(
          'enum-value-added',
          path,
          `enum value ${formatValue(value)} added: ${who}.`,
          head.pointer,
        );
      }
    }
  }

  private compareBound(
    name: string,
    from: Bound | number | undefined,
    to: Bound | number | undefined,
    path: string,
    pointer: string,
  ): void {
    if (from === undefined && to === undefined) return;
    const value = (bound: Bound | number) =>
      typeof bound === 'number' ? { value: bound, exclusive: false } : bound;
    const isMax = name.startsWith('max');
    const keyword =
      {
        max: 'maximum',
        min: 'minimum',
        'max-length': 'maxLength',
        'min-length': 'minLength',
        'max-items': 'maxItems',
        'min-items': 'minItems',
      }[name] ?? name;
    let suffix: string;
    let effect: 'narrows' | 'widens';
    if (from === undefined) [suffix, effect] = [`${name}-set`, 'narrows'];
    else if (to === undefined) [suffix, effect] = [`${name}-unset`, 'widens'];
    else {
      const [a, b] = [value(from), value(to)];
      if (a.value === b.value && a.exclusive === b.exclusive) return;
      const stricter = isMax
        ? b.value < a.value || (b.value === a.value && b.exclusive)
        : b.value > a.value || (b.value === a.value && b.exclusive);
      effect = stricter ? 'narrows' : 'widens';
      suffix = `${name}-${stricter === isMax ? 'decreased' : 'increased'}`;
    }
    const message = `${keyword} changed from ${describeBound(from)} to ${describeBound(to)}: ${consequence(this.scope.direction, effect)}.`;
    this.report(suffix, path, message, pointer);
  }

  private comparePattern(base: NormalSchema, head: NormalSchema, path: string): void {
    if (base.pattern === head.pattern) return;
    const { direction } = this.scope;
    if (base.pattern === undefined) {
      this.report(
        'pattern-added',
        path,
        `pattern ${head.pattern} added: ${consequence(direction, 'narrows')}.`,
        head.pointer,
      );
    } else if (head.pattern === undefined) {
      this.report(
        'pattern-removed',
        path,
        `pattern ${base.pattern} removed: ${consequence(direction, 'widens')}.`,
        head.pointer,
      );
    } else {
      this.report(
        'pattern-changed',
        path,
        `pattern changed from ${base.pattern} to ${head.pattern}: values valid before may not match any more, check by hand.`,
        head.pointer,
      );
    }
  }

  private compareXml(base: NormalSchema, head: NormalSchema, path: string): void {
    const keys = ['name', 'namespace', 'prefix', 'attribute', 'wrapped'] as const;
    const changed = keys.filter(
      (key) => (base.xml?.[key] ?? undefined) !== (head.xml?.[key] ?? undefined),
    );
    if (changed.length === 0) return;
    const parts = changed.map(
      (key) =>
        `${key} ${formatValue(base.xml?.[key] ?? null)} → ${formatValue(head.xml?.[key] ?? null)}`,
    );
    const who =
      this.scope.direction === 'request'
        ? 'XML that clients send no longer matches'
        : 'clients parsing the XML no longer find it';
    this.report('xml-changed', path, `XML ${parts.join(', ')}: ${who}.`, head.pointer);
  }

  private compareDefault(base: NormalSchema, head: NormalSchema, path: string): void {
    if (this.scope.direction !== 'request' || !this.isPropertyOrParameter(path)) return;
    if (base.hasDefault === head.hasDefault && sameValue(base.defaultValue, head.defaultValue))
      return;
    const id =
      this.scope.root === 'request-parameter'
        ? 'request-parameter-default-value-changed'
        : 'request-property-default-value-changed';
    const from = base.hasDefault ? formatValue(base.defaultValue) : 'none';
    const to = head.hasDefault ? formatValue(head.defaultValue) : 'none';
    this.fixed(
      id,
      path,
      `default changed from ${from} to ${to}: requests that leave it out now get different behaviour.`,
      head.pointer,
    );
  }

  private isPropertyOrParameter(path: string): boolean {
    return this.scope.root === 'request-parameter' ? path === '' : path !== '';
  }

  private compareAdditionalProperties(base: NormalSchema, head: NormalSchema, path: string): void {
    const [from, to] = [base.additionalProperties, head.additionalProperties];
    const allowedBefore = from !== false;
    const allowedNow = to !== false;
    if (allowedBefore && !allowedNow) {
      const who =
        this.scope.direction === 'request'
          ? 'requests with undocumented properties are now rejected'
          : 'clients receive only documented properties';
      this.report(
        'additional-properties-disallowed',
        path,
        `additionalProperties set to false: ${who}.`,
        head.pointer,
      );
    } else if (!allowedBefore && allowedNow) {
      const who =
        this.scope.direction === 'response'
          ? 'clients that validate strictly may meet properties they do not know'
          : 'the API accepts undocumented properties';
      this.report(
        'additional-properties-allowed',
        path,
        `additionalProperties no longer false: ${who}.`,
        head.pointer,
      );
    }
    if (typeof from === 'object' && typeof to === 'object')
      this.compare(from, to, path ? `${path}.*` : '*');
  }

  private visible(schema: NormalSchema): boolean {
    return this.scope.direction === 'request' ? !schema.readOnly : !schema.writeOnly;
  }

  private compareProperties(base: NormalSchema, head: NormalSchema, path: string): void {
    const names = new Set([
      ...base.properties.keys(),
      ...head.properties.keys(),
      ...base.required,
      ...head.required,
    ]);
    for (const name of names) {
      const childPath = path ? `${path}.${name}` : name;
      const baseProperty =
        base.properties.get(name) ??
        (base.required.has(name) ? { node: {}, pointer: base.pointer } : undefined);
      const headProperty =
        head.properties.get(name) ??
        (head.required.has(name) ? { node: {}, pointer: head.pointer } : undefined);
      const baseForm = baseProperty && this.scope.normalizers.base.normalize(baseProperty);
      const headForm = headProperty && this.scope.normalizers.head.normalize(headProperty);
      const wasVisible = baseForm !== undefined && this.visible(baseForm);
      const isVisible = headForm !== undefined && this.visible(headForm);
      const [wasRequired, isRequired] = [base.required.has(name), head.required.has(name)];
      if (wasVisible && isVisible && baseProperty && headProperty && headForm) {
        this.compareRequired(wasRequired, isRequired, childPath, headForm.pointer);
        if (!baseForm.deprecated && headForm.deprecated) {
          const id =
            this.scope.direction === 'request'
              ? 'request-property-deprecated'
              : 'response-property-deprecated';
          this.fixed(
            id,
            childPath,
            'deprecated: plan to stop using it; it may be removed in a later major version.',
            headForm.pointer,
          );
        }
        this.compare(baseProperty, headProperty, childPath);
      } else if (wasVisible && !isVisible) {
        this.propertyGone(
          childPath,
          wasRequired,
          headForm !== undefined,
          headForm?.pointer ?? head.pointer,
        );
      } else if (!wasVisible && isVisible && headForm) {
        this.propertyNew(childPath, isRequired, baseForm !== undefined, headForm.pointer);
      }
    }
  }

  private compareRequired(
    wasRequired: boolean,
    isRequired: boolean,
    path: string,
    pointer: string,
  ): void {
    if (wasRequired === isRequired) return;
    if (this.scope.direction === 'request') {
      if (isRequired)
        this.fixed(
          'request-property-became-required',
          path,
          'became required: requests that leave it out are now rejected.',
          pointer,
        );
      else
        this.fixed(
          'request-property-became-optional',
          path,
          'became optional: clients may leave it out.',
          pointer,
        );
    } else if (isRequired) {
      this.fixed(
        'response-property-became-required',
        path,
        'became required: clients can rely on it being present.',
        pointer,
      );
    } else {
      this.fixed(
        'response-property-became-optional',
        path,
        'became optional: clients that expect it to be present may break when it is missing.',
        pointer,
      );
    }
  }

  private propertyGone(
    path: string,
    wasRequired: boolean,
    stillDeclared: boolean,
    pointer: string,
  ): void {
    if (this.scope.direction === 'request') {
      if (stillDeclared)
        this.fixed(
          'request-property-became-read-only',
          path,
          'became readOnly: the server ignores what clients send for it.',
          pointer,
        );
      else
        this.fixed(
          'request-property-removed',
          path,
          'removed: requests that still send it may be rejected or have it ignored.',
          pointer,
        );
      return;
    }
    const how = stillDeclared ? 'became writeOnly (no longer returned)' : 'removed';
    if (wasRequired)
      this.fixed(
        'response-required-property-removed',
        path,
        `${how}: clients that read this required property break.`,
        pointer,
      );
    else
      this.fixed(
        'response-optional-property-removed',
        path,
        `${how}: clients that read it lose it, and code using the generated types no longer compiles.`,
        pointer,
      );
  }

  private propertyNew(
    path: string,
    isRequired: boolean,
    wasDeclared: boolean,
    pointer: string,
  ): void {
    const how = wasDeclared
      ? this.scope.direction === 'request'
        ? 'no longer readOnly'
        : 'no longer writeOnly'
      : 'added';
    if (this.scope.direction === 'request') {
      if (isRequired)
        this.fixed(
          'new-required-request-property',
          path,
          `required property ${how}: requests without it are now rejected.`,
          pointer,
        );
      else
        this.fixed(
          'new-optional-request-property',
          path,
          `optional property ${how}: clients may send it.`,
          pointer,
        );
    } else if (isRequired) {
      this.fixed(
        'response-required-property-added',
        path,
        `required property ${how}: clients receive it from now on.`,
        pointer,
      );
    } else {
      this.fixed(
        'response-optional-property-added',
        path,
        `optional property ${how}: clients may receive it.`,
        pointer,
      );
    }
  }

  // Branches are matched by the component they name, then by equal content, then in order (or,
  // when only one side is a union, the lone schema pairs with the first branch of a shared type).
  private compareBranches(
    keyword: 'oneOf' | 'anyOf',
    base: NormalSchema,
    head: NormalSchema,
    path: string,
  ): void {
    const from = base[keyword];
    const to = head[keyword];
    if (!from && !to) return;
    const baseBranches = from ?? [{ node: base.key, pointer: base.pointer }];
    const headBranches = to ?? [{ node: head.key, pointer: head.pointer }];
    const unmatchedHead = [...headBranches.keys()];
    const pairs: [number, number][] = [];
    const unmatchedBase: number[] = [];
    baseBranches.forEach((branch, index) => {
      const key = branchKey(branch);
      const match = unmatchedHead.findIndex(
        (headIndex) => branchKey(headBranches[headIndex] as Located<unknown>) === key,
      );
      if (match >= 0) pairs.push([index, unmatchedHead.splice(match, 1)[0] as number]);
      else unmatchedBase.push(index);
    });
    if (from && to) {
      while (unmatchedBase.length > 0 && unmatchedBase.length === unmatchedHead.length) {
        pairs.push([unmatchedBase.shift() as number, unmatchedHead.shift() as number]);
      }
    } else if (unmatchedBase.length > 0 && unmatchedHead.length > 0) {
      const lone = from ? head : base;
      const others = from ? unmatchedBase : unmatchedHead;
      const branches = from ? baseBranches : headBranches;
      const normalizer = from ? this.scope.normalizers.base : this.scope.normalizers.head;
      const shares = (index: number) => {
        const types = normalizer.normalize(branches[index] as Located<unknown>).types;
        return !types || !lone.types || [...types].some((type) => lone.types?.has(type));
      };
      const found = others.findIndex(shares);
      if (found >= 0) {
        const other = others.splice(found, 1)[0] as number;
        const loneIndex = (from ? unmatchedHead : unmatchedBase).shift() as number;
        pairs.push(from ? [other, loneIndex] : [loneIndex, other]);
      }
    }
    const name = keyword === 'oneOf' ? 'one-of' : 'any-of';
    for (const index of unmatchedBase) {
      const branch = baseBranches[index] as Located<unknown>;
      this.report(
        `${name}-removed`,
        path,
        `${keyword} branch ${branchLabel(branch, index)} removed: ${consequence(this.scope.direction, 'narrows')}.`,
        head.pointer,
      );
    }
    for (const index of unmatchedHead) {
      const branch = headBranches[index] as Located<unknown>;
      this.report(
        `${name}-added`,
        path,
        `${keyword} branch ${branchLabel(branch, index)} added: ${consequence(this.scope.direction, 'widens')}.`,
        branch.pointer,
      );
    }
    for (const [baseIndex, headIndex] of pairs)
      this.compare(
        baseBranches[baseIndex] as Located<unknown>,
        headBranches[headIndex] as Located<unknown>,
        path,
      );
  }
}

function branchKey(branch: Located<unknown>): string {
  return isObject(branch.node) && typeof branch.node.$ref === 'string'
    ? `ref:${branch.node.$ref}`
    : `json:${JSON.stringify(branch.node)}`;
}

function branchLabel(branch: Located<unknown>, index: number): string {
  return isObject(branch.node) && typeof branch.node.$ref === 'string'
    ? String(branch.node.$ref.split('/').pop())
    : `#${index + 1}`;
}

function unionOf(schema: NormalSchema): 'oneOf' | 'anyOf' | undefined {
  return schema.oneOf ? 'oneOf' : schema.anyOf ? 'anyOf' : undefined;
}

/** Compares two schemas of one body, parameter or header, reporting into `scope.ctx`. */
export function diffSchema(
  scope: SchemaScope,
  base: Located<unknown>,
  head: Located<unknown>,
): void {
  new SchemaComparison(scope).compare(base, head, '');
}
