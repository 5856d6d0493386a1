// The README sections written from code: the rule catalogue (whose id each rule is, at which level)
// and the policy deviations (from spec-gate-policy.txt). `write-readme.ts` writes them; a test
// fails when the README and these disagree.
import type { Level } from '../src/model.ts';
import { gatePolicyFile, readPolicy } from '../src/policy.ts';
import {
  catalogue,
  type Direction,
  fixedRules,
  lifecycleRules,
  type Rule,
  schemaFamilies,
  schemaSubjects,
} from '../src/rules.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const source = (rule: Rule) => (rule.source === 'oasdiff' ? 'oasdiff' : '**ours**');

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function ruleRows(definitions: readonly { id: string }[]): string[][] {
  return definitions.map(({ id }) => {
    const rule = catalogue.get(id) as Rule;
    return [`\`${id}\``, rule.level, cell(rule.description), source(rule)];
  });
}

// `WARN`, or `WARN (body: ERR)` when a subject's id has another level.
function familyLevel(suffix: string, direction: Direction): string {
  const [main, ...others] = schemaSubjects[direction];
  const level = catalogue.get(`${main}-${suffix}`)?.level as Level;
  const odd = others
    .map((subject) => [subject, catalogue.get(`${subject}-${suffix}`)?.level] as const)
    .filter(([, other]) => other !== undefined && other !== level)
    .map(([subject, other]) => `${subject.replace(/^(request|response)-/, '')}: ${other}`);
  return odd.length > 0 ? `${level} (${odd.join(', ')})` : level;
}

function oasdiffSubjects(suffix: string): string {
  const subjects = [...schemaSubjects.request, ...schemaSubjects.response].filter(
    (subject) => catalogue.get(`${subject}-${suffix}`)?.source === 'oasdiff',
  );
  return subjects.length === 0
    ? '**ours**'
    : subjects.map((subject) => `\`${subject}\``).join(', ');
}

/** The catalogue: the fixed rules, the lifecycle rules and the schema rule families. */
export function catalogueSection(): string {
  const header = ['Rule id', 'Level', 'What', 'Id'];
  const families = schemaFamilies.map((family) => [
    `\`${family.suffix}\``,
    familyLevel(family.suffix, 'request'),
    familyLevel(family.suffix, 'response'),
    cell(family.description),
    oasdiffSubjects(family.suffix),
  ]);
  return [
    '### Operations, parameters, bodies, responses, security, servers',
    '',
    table(header, ruleRows(fixedRules)),
    '',
    '### Deprecation, sunset and stability',
    '',
    table(header, ruleRows(lifecycleRules)),
    '',
    '### Schema rules',
    '',
    "Each family is `<subject>-<suffix>`, the subject saying where the schema is: `request-body`, `request-property`, `request-parameter`, `request-parameter-property` (a property inside a parameter), `response-body`, `response-property`, `response-header`. Levels are those of the property subject, with any other subject whose level differs in brackets. The last column names the subjects whose id is oasdiff's; the other subjects' ids are ours.",
    '',
    table(['Suffix', 'Request', 'Response', 'What', "oasdiff's ids"], families),
  ].join('\n');
}

/** Every line of the gate policy: rule, default level, the gate's level, and why. */
export function policySection(): string {
  const policy = readPolicy(gatePolicyFile);
  const rows = policy.rules.map((rule) => {
    const defaults = [...new Set(rule.ids.map((id) => catalogue.get(id)?.level))].join(' / ');
    const whose = rule.ids.every((id) => catalogue.get(id)?.source === 'oasdiff')
      ? "oasdiff's"
      : rule.ids.some((id) => catalogue.get(id)?.source === 'oasdiff')
        ? "oasdiff's and ours"
        : 'ours';
    return [`\`${rule.id}\``, whose, defaults, rule.level, cell(rule.reason)];
  });
  return table(['Rule', 'Id', 'Default level', 'spec-gate', 'Why'], rows);
}

const marker = (name: string) =>
  [`<!-- generated: ${name} (pnpm readme) -->`, `<!-- end generated: ${name} -->`] as const;

/** `readme` with the generated sections replaced by fresh ones. */
export function withGeneratedSections(readme: string): string {
  let result = readme;
  for (const [name, body] of [
    ['catalogue', catalogueSection()],
    ['policy', policySection()],
  ] as const) {
    const [start, end] = marker(name);
    const from = result.indexOf(start);
    const to = result.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README: no "${start}" … "${end}" section`);
    result = `${result.slice(0, from + start.length)}\n\n${body}\n\n${result.slice(to)}`;
  }
  return result;
}
