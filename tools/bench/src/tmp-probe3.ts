import { schemas } from '@sms-contracts/validation/gateway-sms';
import { invalidPutBody, updateResponse, validPutBody } from './validation/payloads.ts';
import { jsonSchemaRows } from './validation/json-schema-rows.ts';
const mode = process.argv[2];
const big = updateResponse(10_000), small = updateResponse(10);
for (let i = 0; i < 200000; i++) {
  if (mode.includes('v')) schemas.PutBodyMessage['~standard'].validate(invalidPutBody);
  if (mode.includes('i')) { schemas.PutBodyMessage.is(validPutBody); schemas.MessageUpdateResponse.is(small); }
  if (mode.includes('b') && i % 1000 === 0) schemas.MessageUpdateResponse.is(big);
}
const rows = await jsonSchemaRows({ quick: false } as never);
for (const row of rows as any[]) console.log(mode, row.name, row.ratio.toFixed(3));
