// The rule catalogue. Default mode is oasdiff's: an id oasdiff has keeps oasdiff's meaning and level
// (from its catalogue, `rules/oasdiff-rules.tsv`); changes oasdiff does not detect get ids of our own,
// marked `source: 'sms-contracts'`. Our stricter levels are a policy on top (`policy.ts`).
import type { Level } from './model.ts';
import { fixedRules } from './rules/fixed-rules.ts';
import { lifecycleRules } from './rules/lifecycle-rules.ts';
import { oasdiffLevels } from './rules/oasdiff-levels.ts';
import type { Rule, RuleDefinition } from './rules/rule.ts';
import {
  type Direction,
  levelOf,
  schemaFamilies,
  schemaSubjects,
} from './rules/schema-families.ts';

export type { Rule, RuleSource } from './rules/rule.ts';
export {
  type Direction,
  type SchemaSubject,
  schemaFamilies,
  schemaSubjects,
} from './rules/schema-families.ts';
export { fixedRules, lifecycleRules };

function fromDefinition(definition: RuleDefinition): Rule {
  const { id, description, level } = definition;
  const oasdiff = oasdiffLevels.get(id);
  if (oasdiff && level)
    throw new Error(`spec-diff internal error: ${id} is oasdiff's; its level is oasdiff's`);
  if (oasdiff) return { id, description, level: oasdiff, source: 'oasdiff' };
  if (!level) throw new Error(`spec-diff internal error: ${id} is ours and needs a level`);
  return { id, description, level, source: 'sms-contracts' };
}

function schemaRule(
  direction: Direction,
  subject: string,
  family: (typeof schemaFamilies)[number],
): Rule {
  const id = `${subject}-${family.suffix}`;
  const oasdiff = oasdiffLevels.get(id);
  if (oasdiff) return { id, level: oasdiff, description: family.description, source: 'oasdiff' };
  const sibling = schemaSubjects[direction]
    .map((other) => oasdiffLevels.get(`${other}-${family.suffix}`))
    .find((level): level is Level => level !== undefined);
  return {
    id,
    level: sibling ?? levelOf(family, direction),
    description: family.description,
    source: 'sms-contracts',
  };
}

function buildCatalogue(): Map<string, Rule> {
  const rules = new Map<string, Rule>();
  for (const definition of [...fixedRules, ...lifecycleRules])
    rules.set(definition.id, fromDefinition(definition));
  for (const direction of ['request', 'response'] as const) {
    for (const subject of schemaSubjects[direction]) {
      for (const family of schemaFamilies) {
        if (family.subjects && !family.subjects.includes(subject)) continue;
        const rule = schemaRule(direction, subject, family);
        rules.set(rule.id, rule);
      }
    }
  }
  return rules;
}

/** Every rule the engine can report, by id, at its default (oasdiff) level. */
export const catalogue: ReadonlyMap<string, Rule> = buildCatalogue();

/** The rule `id`; an unknown id is a bug in the engine, not bad input. */
export function ruleFor(id: string): Rule {
  const rule = catalogue.get(id);
  if (!rule) throw new Error(`spec-diff internal error: no rule "${id}" in the catalogue`);
  return rule;
}
