import { describe, expect, test } from 'vitest';
import { formatReport } from '../src/format/index.ts';
import type { DiffReport } from '../src/model.ts';

const report: DiffReport = {
  base: 'v1:openapi.yaml',
  head: 'openapi.yaml',
  changes: [
    {
      id: 'new-required-request-property',
      level: 'ERR',
      source: 'oasdiff',
      location: 'POST /messages request body application/json: priority',
      message: 'required property added: requests without it are now rejected.',
      operation: 'POST /messages',
      pointer: '#/paths/~1messages/post',
      file: 'specs/a,b.yaml',
      line: 12,
    },
    {
      id: 'request-property-removed',
      level: 'WARN',
      source: 'oasdiff',
      location: 'POST /messages request body application/json: a|b',
      message: 'removed: 50% of <clients> & "others".',
    },
    {
      id: 'api-server-added',
      level: 'INFO',
      source: 'sms-contracts',
      location: 'server https://x.example.com',
      message: 'server added: clients may use this URL.',
    },
  ],
};
const empty: DiffReport = { base: 'a.yaml', head: 'b.yaml', changes: [] };

describe('text', () => {
  test('a summary line, then each change with its level, id, location and sentence', () => {
    const text = formatReport(report, 'text');
    expect(text.split('\n')[0]).toBe(
      'spec-diff v1:openapi.yaml → openapi.yaml: 3 changes: 1 error, 1 warning, 1 info',
    );
    expect(text).toContain(
      'ERR  new-required-request-property\n     POST /messages request body application/json: priority\n     required property added',
    );
    expect(text).toContain('INFO api-server-added (ours)\n');
    expect(formatReport(empty, 'text')).toContain('no changes');
  });
});

describe('markdown', () => {
  test('grouped by level, worst first, with table cells escaped', () => {
    const markdown = formatReport(report, 'markdown');
    const [errAt, warnAt, infoAt] = [
      '### Breaking changes (ERR)',
      '### Warnings (WARN)',
      '### Other changes (INFO)',
    ].map((heading) => markdown.indexOf(heading));
    expect(errAt).toBeGreaterThan(0);
    expect(warnAt).toBeGreaterThan(errAt as number);
    expect(infoAt).toBeGreaterThan(warnAt as number);
    expect(markdown).toContain(
      '| `POST /messages request body application/json: a\\|b` | `request-property-removed` |',
    );
    expect(markdown).toContain('| `api-server-added (ours)` |');
  });

  test('no empty sections', () => {
    expect(formatReport(empty, 'markdown')).not.toContain('###');
  });
});

describe('json', () => {
  test('a versioned document with a summary and every field of every change', () => {
    const parsed = JSON.parse(formatReport(report, 'json'));
    expect(parsed.version).toBe(1);
    expect(parsed.summary).toEqual({ ERR: 1, WARN: 1, INFO: 1 });
    expect(parsed.changes[0]).toEqual(report.changes[0]);
    expect(parsed.changes.map((change: { source: string }) => change.source)).toEqual([
      'oasdiff',
      'oasdiff',
      'sms-contracts',
    ]);
  });
});

describe('githubactions', () => {
  test('one workflow command per change, escaped as GitHub requires', () => {
    const lines = formatReport(report, 'githubactions').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '::error file=specs/a%2Cb.yaml,line=12,title=new-required-request-property::POST /messages request body application/json: priority: required property added: requests without it are now rejected.',
    );
    expect(lines[1]).toMatch(/^::warning title=request-property-removed::.*50%25 of/);
    expect(lines[2]).toMatch(/^::notice title=api-server-added::/);
  });
});

describe('junit', () => {
  test('changes at the fail level are failures, the others pass', () => {
    const xml = formatReport(report, 'junit', 'ERR');
    expect(xml).toContain('<testsuites name="spec-diff" tests="3" failures="1">');
    expect(xml).toContain(
      '<failure type="ERR" message="required property added: requests without it are now rejected.">',
    );
    expect(xml).toContain('&lt;clients&gt; &amp; &quot;others&quot;');
    expect(formatReport(report, 'junit', 'WARN')).toContain('failures="2"');
  });

  test('a report with no changes is one passing case', () => {
    const xml = formatReport(empty, 'junit');
    expect(xml).toContain('tests="1" failures="0"');
    expect(xml).toContain('<testcase classname="document" name="no changes"/>');
  });
});
