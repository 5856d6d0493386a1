import { jsonSchemaRows } from './validation/json-schema-rows.ts';
const rows = await jsonSchemaRows({ quick: false } as never);
for (const row of rows as any[]) console.log(row.name, row.payload.slice(0, 30), JSON.stringify(row.ratio ?? row).slice(0, 200));
