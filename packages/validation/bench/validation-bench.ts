// pnpm --filter @sms-contracts/validation bench
// Our compiled validators against the anchors on the payloads; prints operations
// per second side by side and the ratio of ours to the fastest anchor (> 1 means faster).
import { bundleApi } from '@sms-contracts/specs/load-api';
import { schemas } from '../src/gateway-sms.gen.ts';
import { ajvStandalone, typebox, type Verdict, zod } from './anchors.ts';
import { type Contestant, measure } from './measure.ts';
import { invalidPutBody, updateResponse, validPutBody } from './payloads.ts';

const document = await bundleApi('gateway-sms');
const ajv = ajvStandalone(document, ['PutBodyMessage', 'MessageUpdateResponse']);

type Schema = 'PutBodyMessage' | 'MessageUpdateResponse';
const cases: { name: string; schema: Schema; payload: unknown; valid: boolean }[] = [
  { name: 'PUT response, 10 invalid recipients', schema: 'MessageUpdateResponse', payload: updateResponse(10), valid: true },
  { name: 'PUT response, 10,000 invalid recipients', schema: 'MessageUpdateResponse', payload: updateResponse(10_000), valid: true },
  { name: 'valid PUT body', schema: 'PutBodyMessage', payload: validPutBody, valid: true },
  { name: 'invalid PUT body', schema: 'PutBodyMessage', payload: invalidPutBody, valid: false },
];

const format = (ops: number) => (ops >= 1e6 ? `${(ops / 1e6).toFixed(2)} M/s` : ops >= 1e3 ? `${(ops / 1e3).toFixed(1)} k/s` : `${ops.toFixed(0)} /s`);

console.log(`node ${process.version}; medians of 15 alternating rounds after warm-up\n`);
for (const { name, schema, payload, valid } of cases) {
  const ours = schemas[schema];
  const anchors: [string, Verdict][] = [
    ['ajv standalone', ajv[schema] as Verdict],
    ['typebox TypeCompiler', (value) => typebox[schema].Check(value)],
    ['zod 4 safeParse', (value) => zod[schema].safeParse(value).success],
  ];
  // Same payload, same verdict: otherwise the timings compare different work.
  const verdicts = [ours.is(payload), ...anchors.map(([, verdict]) => verdict(payload))];
  if (verdicts.some((verdict) => verdict !== valid)) throw new Error(`${name}: verdicts differ: ${verdicts.join(', ')}`);

  const contestants: Contestant[] = [
    { name: 'ours validate()', run: () => ours['~standard'].validate(payload) },
    { name: 'ours is()', run: () => ours.is(payload) },
    ...anchors.map(([anchor, verdict]) => ({ name: anchor, run: () => verdict(payload) })),
  ];
  const results = measure(contestants);
  const fastestAnchor = Math.max(...results.slice(2).map((result) => result.opsPerSecond));
  console.log(`${name}`);
  for (const result of results) {
    const ratio = result.opsPerSecond / fastestAnchor;
    console.log(`  ${result.name.padEnd(22)} ${format(result.opsPerSecond).padStart(11)}   ×${ratio.toFixed(2)} of the fastest anchor`);
  }
  console.log('');
}
