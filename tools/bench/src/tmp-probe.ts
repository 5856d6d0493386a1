import { ajvForJsonSchemas, closedMessageInvalid, oursForJsonSchemas } from './validation/json-schema-cases.ts';
const ours = await oursForJsonSchemas();
const ajv = await ajvForJsonSchemas(true);
if (process.argv[2] === 'warm') {
  const g = await import('@sms-contracts/validation/gateway-sms');
  const t = await import('@sms-contracts/validation/twosms');
  const all = [...Object.values(g.schemas), ...Object.values(t.schemas), ours.messageList] as any[];
  for (let r = 0; r < 3000; r++) for (const s of all) { s['~standard'].validate({ x: r, id: 's', to: 1 }); s.is([r]); }
}
const fs: [string, () => unknown][] = [
  ['ours', () => ours.closedMessage['~standard'].validate(closedMessageInvalid)],
  ['ajv', () => ajv.closedMessage!(closedMessageInvalid) || ajv.closedMessage!.errors],
];
for (let r = 0; r < 5; r++) for (const [name, f] of fs) {
  const N = 2e6; const t = process.hrtime.bigint(); for (let i = 0; i < N; i++) f();
  console.log(name, (Number(process.hrtime.bigint() - t) / N).toFixed(1));
}
