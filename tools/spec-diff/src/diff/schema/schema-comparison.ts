import type { SchemaSubject } from '../../rules.ts';
import type { Located, Where } from '../context.ts';
import { compareKeywords } from './compare-keywords.ts';
import type { SchemaScope } from './schema-scope.ts';
import type { SchemaWalk } from './schema-walk.ts';

const maxDepth = 64;

/** One walk over a pair of schemas: remembers what it compared and reports into the scope. */
export class SchemaComparison implements SchemaWalk {
  // Pairs already compared in this body: a shared component reports once, where it is met first
  // (and a recursive schema stops where it meets itself).
  private readonly visited = new Map<object, Set<object>>();
  private depth = 0;
  // The clean-pair cache key of each subject, built once per walk rather than per pair.
  private readonly flavours = new Map<SchemaSubject, string>();

  readonly scope: SchemaScope;

  constructor(scope: SchemaScope) {
    this.scope = scope;
  }

  private subject(path: string): SchemaSubject {
    const { root } = this.scope;
    if (path === '' || root === 'response-header') return root;
    if (root === 'request-parameter') return 'request-parameter-property';
    return root === 'request-body' ? 'request-property' : 'response-property';
  }

  private where(path: string): Where {
    return { operation: this.scope.operation, part: this.scope.part, ...(path ? { path } : {}) };
  }

  report(suffix: string, path: string, message: string, pointer: string): void {
    this.scope.ctx.report(`${this.subject(path)}-${suffix}`, this.where(path), message, pointer);
  }

  fixed(id: string, path: string, message: string, pointer: string): void {
    this.scope.ctx.report(id, this.where(path), message, pointer);
  }

  private flavour(subject: SchemaSubject): string {
    let flavour = this.flavours.get(subject);
    if (flavour === undefined) {
      flavour = `${this.scope.direction}|${this.scope.xml}|${subject}`;
      this.flavours.set(subject, flavour);
    }
    return flavour;
  }

  /** Marks a pair as visited; false when it already was. */
  private visit(base: object, head: object): boolean {
    let heads = this.visited.get(base);
    if (!heads) {
      heads = new Set();
      this.visited.set(base, heads);
    }
    if (heads.has(head)) return false;
    heads.add(head);
    return true;
  }

  compare(baseNode: Located<unknown>, headNode: Located<unknown>, path: string): void {
    const base = this.scope.normalizers.base.normalize(baseNode);
    const head = this.scope.normalizers.head.normalize(headNode);
    const flavour = this.flavour(this.subject(path));
    if (this.scope.clean.has(flavour, base.key, head.key)) return;
    if (this.depth > maxDepth || !this.visit(base.key, head.key)) return;
    const before = this.scope.ctx.changes.length;
    this.depth += 1;
    compareKeywords(this, base, head, path);
    this.depth -= 1;
    if (this.scope.ctx.changes.length === before) this.scope.clean.add(flavour, base.key, head.key);
  }
}
