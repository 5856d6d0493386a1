import { SpecInputError } from '../load/spec-input.ts';
import type { Change } from '../model.ts';
import { ruleFor } from '../rules.ts';
import { isObject, valueAt } from './pointer.ts';

/** A node of one spec together with where it sits (for annotations and cycle detection). */
export interface Located<T = Record<string, unknown>> {
  readonly node: T;
  readonly pointer: string;
}

/** One side of the comparison: a bundled document whose local `$ref`s the engine follows itself. */
export class SpecSide {
  readonly name: 'base' | 'head';
  readonly document: Record<string, unknown>;

  constructor(name: 'base' | 'head', document: Record<string, unknown>) {
    this.name = name;
    this.document = document;
  }

  // A big spec names the same components thousands of times: look each `$ref` up once.
  private readonly targets = new Map<string, unknown>();

  private targetOf(ref: string): unknown {
    if (!this.targets.has(ref)) this.targets.set(ref, valueAt(this.document, ref));
    return this.targets.get(ref);
  }

  /** Follows `$ref` chains (local only: the spec is bundled) to the node they name. */
  resolve(located: Located<unknown>): Located {
    let { node, pointer } = located;
    for (let hops = 0; isObject(node) && typeof node.$ref === 'string'; hops += 1) {
      const ref = node.$ref;
      if (hops > 32 || !ref.startsWith('#')) {
        throw new SpecInputError(`${this.name} spec: ${pointer}: cannot follow $ref "${ref}"`);
      }
      const target = this.targetOf(ref);
      if (target === undefined)
        throw new SpecInputError(`${this.name} spec: ${pointer}: $ref "${ref}" points at nothing`);
      node = target;
      pointer = ref;
    }
    return { node: isObject(node) ? node : {}, pointer };
  }
}

/** Where a change is, in the words a user looks for: operation, part of it, property path. */
export interface Where {
  /** `POST /messages`; absent for document-wide things (global security, servers). */
  readonly operation?: string;
  /** `request body application/json`, `query parameter limit`, `response 200 header X-Rate`. */
  readonly part?: string;
  /** Property path inside a schema: `recipients[].number`. */
  readonly path?: string;
}

export function formatWhere(where: Where): string {
  const head = [where.operation, where.part].filter(Boolean).join(' ') || 'document';
  return where.path ? `${head}: ${where.path}` : head;
}

/** Days of notice a deprecation must give (an `x-sunset` at least this far ahead), per stability. */
export interface DeprecationDays {
  /** For `x-stability-level: beta`. @default 0 (no sunset needed) */
  readonly beta: number;
  /** For `stable` operations and those that do not say. @default 0 (no sunset needed) */
  readonly stable: number;
}

/** How to compare, beyond the two specs. */
export interface DiffOptions {
  /** @default the current time */
  readonly now?: Date;
  /** As oasdiff's `--deprecation-days-beta` / `--deprecation-days-stable`. @default { beta: 0, stable: 0 } */
  readonly deprecationDays?: DeprecationDays;
}

/** Collects changes while the comparison walks both specs. */
export class DiffContext {
  readonly changes: Change[] = [];

  readonly base: SpecSide;
  readonly head: SpecSide;
  /** What "before its sunset date" is measured against. */
  readonly now: Date;
  readonly deprecationDays: DeprecationDays;

  constructor(base: SpecSide, head: SpecSide, options: DiffOptions = {}) {
    this.base = base;
    this.head = head;
    this.now = options.now ?? new Date();
    this.deprecationDays = options.deprecationDays ?? { beta: 0, stable: 0 };
  }

  /** Records a change under rule `id`; `pointer` is where it is in the head spec (or base, if gone). */
  report(id: string, where: Where, message: string, pointer?: string): void {
    const rule = ruleFor(id);
    this.changes.push({
      id,
      level: rule.level,
      source: rule.source,
      location: formatWhere(where),
      message,
      ...(where.operation ? { operation: where.operation } : {}),
      ...(pointer ? { pointer } : {}),
    });
  }
}
