// The anchors of issue 3, each given the same contract: ajv standalone code (from the bundled
// spec itself), TypeBox's TypeCompiler and zod 4 (both written by hand after the spec).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { z } from 'zod';

export type Verdict = (value: unknown) => boolean;

/** ajv's standalone output for two component schemas, loaded as the CommonJS it really is. */
export function ajvStandalone(document: { components?: { schemas?: Record<string, unknown> } }, names: readonly string[]): Record<string, Verdict> {
  const defs = JSON.parse(JSON.stringify(document.components?.schemas ?? {}).replaceAll('#/components/schemas/', '#/$defs/'));
  const ajv = new Ajv2020({ code: { source: true }, strict: false });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'api', $defs: defs });
  const refs = Object.fromEntries(names.map((name) => [name, `api#/$defs/${name}`]));
  const code = standaloneCode.default(ajv, refs);
  const dir = join(import.meta.dirname, '../node_modules/.cache/validation-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'ajv-standalone.cjs');
  writeFileSync(file, code);
  const loaded = createRequire(import.meta.url)(file) as Record<string, Verdict>;
  return Object.fromEntries(names.map((name) => [name, loaded[name] as Verdict]));
}

const typeboxRecipientObject = Type.Object({
  number: Type.String(),
  fields: Type.Optional(Type.Record(Type.String(), Type.String())),
});
const typeboxRecipient = Type.Union([Type.String(), typeboxRecipientObject]);
const typeboxPutBody = Type.Object({
  recipients: Type.Union([Type.String(), typeboxRecipientObject, Type.Array(typeboxRecipient)]),
  transaction: Type.Optional(Type.Boolean()),
  options: Type.Optional(Type.Object({ timestamp_send: Type.Optional(Type.String()) })),
});
const typeboxUpdateResponse = Type.Object({
  message: Type.Optional(Type.String()),
  credit: Type.Optional(Type.Union([Type.String(), Type.Number()])),
  success: Type.Boolean(),
  error: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
  data: Type.Object({
    test: Type.Optional(Type.Boolean()),
    sender: Type.Optional(Type.String()),
    body: Type.Optional(Type.String()),
    recipients: Type.Optional(
      Type.Object({
        valid: Type.Optional(Type.Object({ count: Type.Optional(Type.Integer()) })),
        invalid: Type.Optional(
          Type.Object({ total: Type.Optional(Type.Integer()), list: Type.Optional(Type.Array(Type.String())) }),
        ),
      }),
    ),
    transaction: Type.Optional(Type.Boolean()),
    options: Type.Optional(
      Type.Object({
        flash: Type.Optional(Type.Boolean()),
        timestamp_send: Type.Optional(Type.String()),
        custom: Type.Optional(Type.Union([Type.String(), Type.Object({})])),
        callback_url: Type.Optional(Type.String()),
        callback_field: Type.Optional(Type.String()),
        realtime: Type.Optional(Type.Boolean()),
      }),
    ),
    statistics: Type.Optional(
      Type.Object({
        error: Type.Optional(Type.Integer()),
        sent: Type.Optional(Type.Integer()),
        delivered: Type.Optional(Type.Integer()),
        total: Type.Optional(Type.Integer()),
        sms_total: Type.Optional(Type.Integer()),
      }),
    ),
    base_price: Type.Optional(Type.Number()),
    timestamp: Type.Optional(Type.String()),
    last_update: Type.Optional(Type.String()),
    priority: Type.Optional(Type.Number()),
    price: Type.Optional(Type.Number()),
    state: Type.Optional(Type.Integer()),
    id: Type.Optional(Type.String()),
  }),
});

export const typebox = {
  PutBodyMessage: TypeCompiler.Compile(typeboxPutBody),
  MessageUpdateResponse: TypeCompiler.Compile(typeboxUpdateResponse),
};

const zodRecipientObject = z.looseObject({ number: z.string(), fields: z.record(z.string(), z.string()).optional() });
const zodRecipient = z.union([z.string(), zodRecipientObject]);
export const zod = {
  PutBodyMessage: z.looseObject({
    recipients: z.union([z.string(), zodRecipientObject, z.array(zodRecipient)]),
    transaction: z.boolean().optional(),
    options: z.looseObject({ timestamp_send: z.string().optional() }).optional(),
  }),
  MessageUpdateResponse: z.looseObject({
    message: z.string().optional(),
    credit: z.union([z.string(), z.number()]).optional(),
    success: z.boolean(),
    error: z.int().nullable().optional(),
    data: z.looseObject({
      test: z.boolean().optional(),
      sender: z.string().optional(),
      body: z.string().optional(),
      recipients: z
        .looseObject({
          valid: z.looseObject({ count: z.int().optional() }).optional(),
          invalid: z.looseObject({ total: z.int().optional(), list: z.array(z.string()).optional() }).optional(),
        })
        .optional(),
      transaction: z.boolean().optional(),
      options: z
        .looseObject({
          flash: z.boolean().optional(),
          timestamp_send: z.string().optional(),
          custom: z.union([z.string(), z.looseObject({})]).optional(),
          callback_url: z.string().optional(),
          callback_field: z.string().optional(),
          realtime: z.boolean().optional(),
        })
        .optional(),
      statistics: z
        .looseObject({
          error: z.int().optional(),
          sent: z.int().optional(),
          delivered: z.int().optional(),
          total: z.int().optional(),
          sms_total: z.int().optional(),
        })
        .optional(),
      base_price: z.number().optional(),
      timestamp: z.string().optional(),
      last_update: z.string().optional(),
      priority: z.number().optional(),
      price: z.number().optional(),
      state: z.int().optional(),
      id: z.string().optional(),
    }),
  }),
};
