// The anchors of issue 3, each given the same contract: ajv standalone code (from the bundled
// spec itself, turned into real ESM), TypeBox's TypeCompiler and zod 4 (both written by hand
// after the spec).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { cacheDir } from '../paths.ts';

export type Verdict = (value: unknown) => boolean;

/** An ajv validate function: the verdict, and on failure its issues in `errors`. */
export type AjvValidate = Verdict & { errors?: unknown[] | null };

/**
 * ajv's standalone output for some component schemas, loaded as an ES module. Its "ESM" output
 * still calls `require()` for the format checks and runtime helpers; {@link realEsm} turns those
 * into imports, as a consumer shipping it to a browser or an ESM-only runtime must.
 */
export async function ajvStandalone(
  document: { components?: { schemas?: Record<string, unknown> } },
  names: readonly string[],
  options: { allErrors: boolean },
): Promise<Record<string, AjvValidate>> {
  const schemas = JSON.stringify(document.components?.schemas ?? {});
  const defs = JSON.parse(schemas.replaceAll('#/components/schemas/', '#/$defs/'));
  const ajv = new Ajv2020({
    code: { source: true, esm: true },
    strict: false,
    allErrors: options.allErrors,
  });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'api', $defs: defs });
  const refs = Object.fromEntries(names.map((name) => [name, `api#/$defs/${name}`]));
  const dir = join(cacheDir, 'validation');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `ajv-standalone${options.allErrors ? '-all-errors' : ''}.mjs`);
  writeFileSync(file, realEsm(standaloneCode.default(ajv, refs)));
  const loaded = (await import(pathToFileURL(file).href)) as Record<string, AjvValidate>;
  return Object.fromEntries(names.map((name) => [name, loaded[name] as AjvValidate]));
}

/** ajv standalone code with every `require("x")` replaced by a default import of `x.js`. */
export function realEsm(code: string): string {
  const modules = new Map<string, string>();
  const body = code.replace(/require\("([^"]+)"\)/g, (_, specifier: string) => {
    const name = modules.get(specifier) ?? `required${modules.size}`;
    modules.set(specifier, name);
    return name;
  });
  const imports = [...modules].map(([specifier, name]) => {
    const file = /\.[cm]?js$/.test(specifier) ? specifier : `${specifier}.js`;
    return `import ${name} from ${JSON.stringify(file)};`;
  });
  return `${imports.join('\n')}\n${body.replace(/^"use strict";/, '')}`;
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
          Type.Object({
            total: Type.Optional(Type.Integer()),
            list: Type.Optional(Type.Array(Type.String())),
          }),
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

const zodRecipientObject = z.looseObject({
  number: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});
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
          invalid: z
            .looseObject({ total: z.int().optional(), list: z.array(z.string()).optional() })
            .optional(),
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
