// Two schemas that use what the OpenAPI 3.1 dialect adds over older validators: a message that
// extends a base with allOf and closes it with `unevaluatedProperties: false`, and a list whose
// item schema an extending schema overrides through `$dynamicRef`. Ours is compiled at bench time
// by the real compiler (emitSchemaModule) against the published runtime; the anchors get the
// same JSON Schemas (ajv standalone) or hand-written equivalents (TypeBox, zod).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { emitSchemaModule } from '@sms-contracts/codegen';
import type { Validator } from '@sms-contracts/validation/runtime';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { transformSync } from 'esbuild';
import { z } from 'zod';
import { cacheDir } from '../paths.ts';
import { type AjvValidate, realEsm } from './anchors.ts';

const base = 'https://bench.sms-contracts.invalid';

/** A message: a base (id, to) extended in place; no other property allowed. */
export const closedMessage = {
  $id: `${base}/closed-message`,
  $defs: {
    base: {
      type: 'object',
      properties: { id: { type: 'string' }, to: { type: 'string' } },
      required: ['id', 'to'],
    },
  },
  allOf: [{ $ref: '#/$defs/base' }],
  properties: { body: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
  required: ['body'],
  unevaluatedProperties: false,
};

/** A generic list whose items an extending schema chooses through `$dynamicAnchor: item`. */
const genericList = {
  $id: `${base}/list`,
  type: 'array',
  items: { $dynamicRef: '#item' },
  $defs: { item: { $dynamicAnchor: 'item' } },
};

/** The list of SMS messages: the generic list, its items made messages. */
export const messageList = {
  $id: `${base}/message-list`,
  $ref: 'list',
  $defs: {
    item: {
      $dynamicAnchor: 'item',
      type: 'object',
      properties: { to: { type: 'string' }, body: { type: 'string' } },
      required: ['to', 'body'],
    },
  },
};

export const closedMessageValue = {
  id: 'm-1',
  to: '+39-3478569987',
  body: 'hello',
  tags: ['a', 'b'],
};
export const closedMessageInvalid = { id: 1, to: '+39-3478569987', body: 'hi', extra: true };
export const messageListValue = Array.from({ length: 1_000 }, (_, index) => ({
  to: `+39-34${String(index).padStart(8, '0')}`,
  body: `message ${index}`,
}));

/** Our validators of both schemas, generated and loaded as a consumer's bundler would. */
export async function oursForJsonSchemas(): Promise<{
  closedMessage: Validator<unknown>;
  messageList: Validator<unknown>;
}> {
  const source = emitSchemaModule({
    schemas: [
      { name: 'closedMessage', document: { uri: closedMessage.$id, content: closedMessage } },
      { name: 'messageList', document: { uri: messageList.$id, content: messageList } },
    ],
    documents: [{ uri: genericList.$id, content: genericList }],
    runtimeImport: '@sms-contracts/validation/runtime',
  });
  const module = await load('ours-json-schemas.mjs', source);
  return module.schemas as { closedMessage: Validator<unknown>; messageList: Validator<unknown> };
}

/** ajv standalone code for both schemas (ESM), with or without allErrors. */
export async function ajvForJsonSchemas(allErrors: boolean): Promise<Record<string, AjvValidate>> {
  const ajv = new Ajv2020({ code: { source: true, esm: true }, strict: false, allErrors });
  ajv.addSchema([closedMessage, genericList, messageList]);
  const code = standaloneCode.default(ajv, {
    closedMessage: closedMessage.$id,
    messageList: messageList.$id,
  });
  return (await load(
    `ajv-json-schemas${allErrors ? '-all-errors' : ''}.mjs`,
    realEsm(code),
    'js',
  )) as Record<string, AjvValidate>;
}

const typeboxItem = Type.Object({ to: Type.String(), body: Type.String() });
export const typeboxJsonSchemas = {
  closedMessage: TypeCompiler.Compile(
    Type.Intersect(
      [
        Type.Object({ id: Type.String(), to: Type.String() }),
        Type.Object({ body: Type.String(), tags: Type.Optional(Type.Array(Type.String())) }),
      ],
      { unevaluatedProperties: false },
    ),
  ),
  messageList: TypeCompiler.Compile(Type.Array(typeboxItem)),
};

export const zodJsonSchemas = {
  closedMessage: z.strictObject({
    id: z.string(),
    to: z.string(),
    body: z.string(),
    tags: z.array(z.string()).optional(),
  }),
  messageList: z.array(z.looseObject({ to: z.string(), body: z.string() })),
};

async function load(
  name: string,
  source: string,
  loader: 'ts' | 'js' = 'ts',
): Promise<Record<string, unknown>> {
  const dir = join(cacheDir, 'validation');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  const code =
    loader === 'ts' ? transformSync(source, { loader: 'ts', format: 'esm' }).code : source;
  writeFileSync(file, code);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}
