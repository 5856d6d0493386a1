// Deprecation, sunset and stability of operations, as oasdiff reads them: `x-sunset` (a date) says
// when a deprecated operation may go; `x-stability-level` (draft, alpha, beta, stable) says how
// much its clients may rely on it: draft and alpha operations may change at any time.
import type { DiffContext, Located, Where } from './context.ts';

const stabilityOrder = ['draft', 'alpha', 'beta', 'stable'] as const;
type Stability = (typeof stabilityOrder)[number];

export function stabilityOf(operation: Located): Stability | undefined {
  const level = operation.node['x-stability-level'];
  return stabilityOrder.find((known) => known === level);
}

/** Draft and alpha operations promise nothing: oasdiff checks no change in them. */
export function isUnstable(operation: Located): boolean {
  const stability = stabilityOf(operation);
  return stability === 'draft' || stability === 'alpha';
}

/** The `x-sunset` date of a node, when it has a valid one. */
export function sunsetOf(node: Record<string, unknown>): Date | undefined {
  const value = node['x-sunset'];
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Deprecated, with a sunset date still to come: removing it now is early. */
export function isBeforeSunset(node: Record<string, unknown>, now: Date): boolean {
  const sunset = sunsetOf(node);
  return node.deprecated === true && sunset !== undefined && sunset > now;
}

/** Reports a change of `x-stability-level` between two versions of an operation. */
export function diffStability(ctx: DiffContext, name: string, base: Located, head: Located): void {
  const raw = head.node['x-stability-level'];
  if (raw !== undefined && !stabilityOf(head)) {
    ctx.report(
      'api-invalid-stability-level',
      { operation: name },
      `x-stability-level ${JSON.stringify(raw)} is not one of ${stabilityOrder.join(', ')}.`,
      head.pointer,
    );
    return;
  }
  const [from, to] = [stabilityOf(base), stabilityOf(head)];
  if (!from || !to || from === to) return;
  const lower = stabilityOrder.indexOf(to) < stabilityOrder.indexOf(from);
  ctx.report(
    lower ? 'api-stability-decreased' : 'api-stability-increased',
    { operation: name },
    lower
      ? `stability lowered from ${from} to ${to}: clients can rely on it less than before.`
      : `stability raised from ${from} to ${to}.`,
    head.pointer,
  );
}

/** Something deprecated on both sides, whose `x-sunset` may have changed. */
export interface SunsetPair {
  readonly where: Where;
  readonly base: Record<string, unknown>;
  readonly head: Record<string, unknown>;
  readonly pointer: string;
  /** "operation" or "parameter", for the sentence. */
  readonly what: string;
  /** The rule ids for a sunset taken away and one moved earlier. */
  readonly ids: { readonly deleted: string; readonly earlier: string };
}

export const operationSunsetIds = {
  deleted: 'sunset-deleted',
  earlier: 'api-sunset-date-changed-too-small',
} as const;

/** Reports an `x-sunset` taken away from, or moved earlier on, something that stays deprecated. */
export function diffSunset(ctx: DiffContext, pair: SunsetPair): void {
  if (pair.base.deprecated !== true || pair.head.deprecated !== true) return;
  const [from, to] = [sunsetOf(pair.base), sunsetOf(pair.head)];
  if (!from) return;
  if (!to)
    ctx.report(
      pair.ids.deleted,
      pair.where,
      `x-sunset ${day(from)} removed while the ${pair.what} stays deprecated: clients no longer know until when they may use it.`,
      pair.pointer,
    );
  else if (to < from)
    ctx.report(
      pair.ids.earlier,
      pair.where,
      `x-sunset moved earlier, from ${day(from)} to ${day(to)}: clients planned for the later date.`,
      pair.pointer,
    );
}

const dayMs = 24 * 60 * 60 * 1000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/** What a new deprecation says about its sunset, against the notice asked for. */
export type DeprecationVerdict =
  | { readonly kind: 'plain' }
  | { readonly kind: 'with-sunset'; readonly sunset: Date }
  | { readonly kind: 'sunset-missing'; readonly days: number }
  | { readonly kind: 'sunset-parse'; readonly raw: unknown }
  | { readonly kind: 'sunset-too-small'; readonly sunset: Date; readonly days: number };

/**
 * Judges a newly deprecated node (operation, parameter): with the deprecation days oasdiff asks
 * for (per the operation's stability), a missing, unreadable or too close `x-sunset` is an error.
 */
export function judgeDeprecation(
  ctx: DiffContext,
  node: Record<string, unknown>,
  operation: Located,
): DeprecationVerdict {
  const raw = node['x-sunset'];
  const sunset = sunsetOf(node);
  const { beta, stable } = ctx.deprecationDays;
  const days = stabilityOf(operation) === 'beta' ? beta : stable;
  if (raw !== undefined && !sunset) return { kind: 'sunset-parse', raw };
  if (!sunset) return days > 0 ? { kind: 'sunset-missing', days } : { kind: 'plain' };
  if (sunset.getTime() - ctx.now.getTime() < days * dayMs)
    return { kind: 'sunset-too-small', sunset, days };
  return { kind: 'with-sunset', sunset };
}

/** The sentence for a deprecation verdict; `what` is "operation" or "parameter". */
export function describeDeprecation(verdict: DeprecationVerdict, what: string): string {
  switch (verdict.kind) {
    case 'plain':
      return `${what} deprecated: move off it before a later major version removes it.`;
    case 'with-sunset':
      return `${what} deprecated, sunset ${day(verdict.sunset)}: move off it before then.`;
    case 'sunset-missing':
      return `${what} deprecated without an x-sunset date: clients need ${verdict.days} days' notice.`;
    case 'sunset-parse':
      return `x-sunset ${JSON.stringify(verdict.raw)} is not a date (expected YYYY-MM-DD).`;
    case 'sunset-too-small':
      return `x-sunset ${day(verdict.sunset)} is less than ${verdict.days} days away: clients need that much notice.`;
  }
}

const operationIds: Record<DeprecationVerdict['kind'], string> = {
  plain: 'endpoint-deprecated',
  'with-sunset': 'endpoint-deprecated-with-sunset',
  'sunset-missing': 'api-deprecated-sunset-missing',
  'sunset-parse': 'api-deprecated-sunset-parse',
  'sunset-too-small': 'api-sunset-date-too-small',
};

/** Reports an operation that became deprecated. */
export function reportDeprecation(ctx: DiffContext, name: string, head: Located): void {
  const verdict = judgeDeprecation(ctx, head.node, head);
  ctx.report(
    operationIds[verdict.kind],
    { operation: name },
    describeDeprecation(verdict, 'operation'),
    head.pointer,
  );
}
