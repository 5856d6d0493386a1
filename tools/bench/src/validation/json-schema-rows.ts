// The rows on schemas that use `unevaluatedProperties` and `$dynamicRef` (json-schema-cases.ts):
// verdicts against ajv standalone, TypeBox and zod; every issue against ajv with allErrors.
import type { Row } from '../report/row.ts';
import type { SuiteOptions } from '../suite-options.ts';
import { named } from '../versions.ts';
import type { Check } from './compare.ts';
import {
  ajvForJsonSchemas,
  closedMessageInvalid,
  closedMessageValue,
  messageListValue,
  oursForJsonSchemas,
  typeboxJsonSchemas,
  zodJsonSchemas,
} from './json-schema-cases.ts';
import { payloadRows } from './payload-rows.ts';

type Name = 'closedMessage' | 'messageList';

interface JsonSchemaCase {
  readonly name: Name;
  readonly payload: string;
  readonly value: unknown;
  readonly valid: boolean;
  /**
   * ajv's standalone code answers this payload wrongly, so it is left out of the row.
   * @default false
   */
  readonly ajvWrong?: boolean;
}

const cases: readonly JsonSchemaCase[] = [
  {
    name: 'closedMessage',
    payload: 'a message extending a base with allOf, unevaluatedProperties: false',
    value: closedMessageValue,
    valid: true,
  },
  {
    name: 'closedMessage',
    payload: 'the same, invalid (a number id, an unevaluated property)',
    value: closedMessageInvalid,
    valid: false,
  },
  {
    name: 'messageList',
    payload: '1,000 messages, a generic list whose items come through $dynamicRef',
    value: messageListValue,
    valid: true,
    // ajv 8's standalone code rejects every valid list: its $dynamicRef does not reach the
    // extending schema's anchor across the two resources.
    ajvWrong: true,
  },
];

export async function jsonSchemaRows(options: SuiteOptions): Promise<Row[]> {
  const ours = await oursForJsonSchemas();
  const ajvFirst = await ajvForJsonSchemas(false);
  const ajvAll = await ajvForJsonSchemas(true);
  const rows: Row[] = [];
  for (const testCase of cases) {
    const { name } = testCase;
    const validator = ours[name];
    const ajvVerdict = ajvFirst[name];
    const ajvIssues = ajvAll[name];
    if (!ajvVerdict || !ajvIssues) throw new Error(`ajv: no standalone validator for ${name}`);
    const verdicts: [string, Check][] = [
      ...(testCase.ajvWrong
        ? []
        : ([
            [`${named('ajv')} standalone (ESM), verdict`, (input: unknown) => ajvVerdict(input)],
          ] as [string, Check][])),
      [
        `${named('@sinclair/typebox', 'TypeBox')} TypeCompiler Check()`,
        (input) => typeboxJsonSchemas[name].Check(input),
      ],
      [
        `${named('zod')} safeParse().success`,
        (input) => zodJsonSchemas[name].safeParse(input).success,
      ],
    ];
    rows.push(
      ...(await payloadRows(
        {
          name,
          oursLabel: name,
          ours: validator,
          testCase,
          verdicts,
          issues: {
            ajv: (input) => ajvIssues(input) || ajvIssues.errors,
            typebox: (input) => [...typeboxJsonSchemas[name].Errors(input)],
            zod: (input) => zodJsonSchemas[name].safeParse(input).error?.issues,
          },
        },
        options,
      )),
    );
  }
  return rows;
}
