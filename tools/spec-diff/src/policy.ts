// A policy: levels of our own choosing on top of the default (oasdiff's) levels, like oasdiff's
// `--severity-levels` file. One line a rule: `<id> <LEVEL> <reason>`; `*` in an id matches any run
// of characters (`request-*-max-set`); `#` starts a comment line. spec-gate reads
// `spec-gate-policy.txt`; the bare CLI reads one only when given `--policy <file>`.
import { readFileSync } from 'node:fs';
import { SpecInputError } from './load/spec-input.ts';
import { type Change, compareChanges, type Level, levels } from './model.ts';
import { catalogue } from './rules.ts';

export interface PolicyRule {
  /** The id, or a pattern with `*`. */
  readonly id: string;
  /** `NONE` leaves the rule's changes out, as oasdiff's `none`. */
  readonly level: Level | 'NONE';
  /** Why we deviate from oasdiff here: said in the README and in reports. */
  readonly reason: string;
  /** 1-based line in the policy file. */
  readonly line: number;
  /** The catalogue ids the line names. */
  readonly ids: readonly string[];
}

export interface Policy {
  readonly file: string;
  readonly rules: readonly PolicyRule[];
}

/** The policy spec-gate applies: our stricter levels, each line with its reason. */
export const gatePolicyFile = new URL('../spec-gate-policy.txt', import.meta.url).pathname;

function idsMatching(pattern: string): string[] {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const regex = new RegExp(`^${escaped}$`);
  return [...catalogue.keys()].filter((id) => regex.test(id)).sort();
}

/** Reads a policy; a bad line is an error naming `file:line` and what was expected. */
export function parsePolicy(text: string, file: string): Policy {
  const rules: PolicyRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = /^(\S+)\s+(\S+)\s*(.*)$/.exec(trimmed);
    const where = `${file}:${line}`;
    const level = match?.[2]?.toUpperCase();
    if (!match || !level || ![...levels, 'NONE'].includes(level))
      throw new SpecInputError(
        `${where}: expected "<rule id> ERR|WARN|INFO|NONE <reason>", got "${trimmed}"`,
      );
    const [, id = '', , reason = ''] = match;
    if (reason === '') throw new SpecInputError(`${where}: ${id}: say why after the level`);
    const ids = idsMatching(id);
    if (ids.length === 0) throw new SpecInputError(`${where}: no rule is called "${id}"`);
    rules.push({ id, level: level as PolicyRule['level'], reason, line, ids });
  });
  return { file, rules };
}

export function readPolicy(file: string): Policy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SpecInputError(`policy ${file}: ${(error as Error).message}`);
  }
  return parsePolicy(text, file);
}

/** The changes at the policy's levels (a later line wins; `NONE` drops), in report order again. */
export function applyPolicy(changes: readonly Change[], policy: Policy): Change[] {
  const byId = new Map<string, PolicyRule>();
  for (const rule of policy.rules) for (const id of rule.ids) byId.set(id, rule);
  const result: Change[] = [];
  for (const change of changes) {
    const rule = byId.get(change.id);
    if (rule?.level === 'NONE') continue;
    if (!rule || rule.level === change.level) result.push(change);
    else
      result.push({
        ...change,
        level: rule.level,
        defaultLevel: change.level,
        policy: rule.reason,
      });
  }
  return result.sort(compareChanges);
}
