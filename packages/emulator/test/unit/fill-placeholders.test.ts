import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/text/fill-placeholders.ts';

describe('fillPlaceholders', () => {
  const cases: { template: string; fields: Record<string, string>; want: string }[] = [
    { template: 'Test invio {{name}}', fields: { name: 'simone' }, want: 'Test invio simone' },
    { template: '{{ name }} {{surname}}', fields: { name: 'a', surname: 'b' }, want: 'a b' },
    { template: 'Hi {{name}}', fields: {}, want: 'Hi {{name}}' },
    { template: 'Hi {{name}} {{other}}', fields: { name: 'x' }, want: 'Hi x {{other}}' },
    { template: 'no placeholders', fields: { name: 'x' }, want: 'no placeholders' },
    { template: '{{a}}{{a}}', fields: { a: '1' }, want: '11' },
    { template: 'price {{toString}}', fields: {}, want: 'price {{toString}}' },
  ];
  it.each(cases)('$template with $fields', ({ template, fields, want }) => {
    expect(fillPlaceholders(template, fields)).toBe(want);
  });
});
