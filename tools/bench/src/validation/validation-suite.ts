// Our compiled validators against the issue's anchors on the issue's payloads: ajv standalone,
// TypeBox's TypeCompiler and zod 4, every contestant taking turns in one process. Two kinds of
// rows, so each compares the same work: a verdict (is the payload valid?) on every payload, and
// a verdict with every issue listed on the invalid one.
import { bundleApi } from '@sms-contracts/specs/load-api';
import { schemas } from '@sms-contracts/validation/gateway-sms';
import type { Row } from '../report/row.ts';
import type { SuiteOptions } from '../suite-options.ts';
import { named } from '../versions.ts';
import { ajvStandalone, typebox, zod } from './anchors.ts';
import type { Check } from './compare.ts';
import { jsonSchemaRows } from './json-schema-rows.ts';
import { payloadRows } from './payload-rows.ts';
import { invalidPutBody, updateResponse, validPutBody } from './payloads.ts';

type Schema = 'PutBodyMessage' | 'MessageUpdateResponse';

interface Case {
  readonly payload: string;
  readonly schema: Schema;
  readonly value: unknown;
  readonly valid: boolean;
}

const envelope = 'PUT /messages/{id} 200 response (DataResponseDetails envelope)';
const cases: readonly Case[] = [
  {
    payload: `${envelope}, 10 invalid recipients`,
    schema: 'MessageUpdateResponse',
    value: updateResponse(10),
    valid: true,
  },
  {
    payload: `${envelope}, 10,000 invalid recipients`,
    schema: 'MessageUpdateResponse',
    value: updateResponse(10_000),
    valid: true,
  },
  {
    payload: 'valid PUT /messages/{id} body',
    schema: 'PutBodyMessage',
    value: validPutBody,
    valid: true,
  },
  {
    payload: 'invalid PUT /messages/{id} body (4 errors)',
    schema: 'PutBodyMessage',
    value: invalidPutBody,
    valid: false,
  },
];

export async function validationSuite(options: SuiteOptions): Promise<Row[]> {
  const document = await bundleApi('gateway-sms');
  const names = ['PutBodyMessage', 'MessageUpdateResponse'];
  const ajvFirst = await ajvStandalone(document, names, { allErrors: false });
  const ajvAll = await ajvStandalone(document, names, { allErrors: true });
  const rows: Row[] = [];
  for (const testCase of cases) {
    const { schema } = testCase;
    const ours = schemas[schema];
    const ajvVerdict = ajvFirst[schema];
    const ajvIssues = ajvAll[schema];
    if (!ajvVerdict || !ajvIssues) throw new Error(`ajv: no standalone validator for ${schema}`);
    const verdicts: [string, Check][] = [
      [`${named('ajv')} standalone (ESM, ajv-formats), verdict`, (input) => ajvVerdict(input)],
      [
        `${named('@sinclair/typebox', 'TypeBox')} TypeCompiler Check()`,
        (input) => typebox[schema].Check(input),
      ],
      [`${named('zod')} safeParse().success`, (input) => zod[schema].safeParse(input).success],
    ];
    rows.push(
      ...(await payloadRows(
        {
          name: schema,
          oursLabel: `schemas.${schema}`,
          ours,
          testCase,
          verdicts,
          issues: {
            ajv: (input) => ajvIssues(input) || ajvIssues.errors,
            typebox: (input) => [...typebox[schema].Errors(input)],
            zod: (input) => zod[schema].safeParse(input).error?.issues,
          },
        },
        options,
      )),
    );
  }
  rows.push(...(await jsonSchemaRows(options)));
  return rows;
}
