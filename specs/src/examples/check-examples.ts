import type { KnownExampleMismatch } from '../api-settings.ts';
import type { OpenApiDocument } from '../load-api.ts';
import {
  collectExamples,
  type FoundExample,
  isJsonMediaType,
  resolve,
} from './collect-examples.ts';
import { formExampleValue, isFormMediaType } from './form-values.ts';
import { documentValidator } from './schema-validator.ts';

/** An example that contradicts its schema. */
export interface ExampleMismatch {
  /** JSON Pointer of the example in the bundled document. */
  readonly pointer: string;
  /** What the validator said, with the failing instance and schema locations. */
  readonly errors: readonly string[];
}

export interface ExampleCheck {
  /** Examples validated (JSON, form fields after conversion, parameters, schemas). */
  readonly checked: number;
  /** Examples in other media types (XML, text: documents, not checked here) or without a schema. */
  readonly notChecked: number;
  /** Mismatches nobody listed: these fail. */
  readonly unexpected: readonly ExampleMismatch[];
  /** Mismatches listed in the API's `knownExampleMismatches`: shown, counted, allowed. */
  readonly known: readonly (ExampleMismatch & { readonly reason: string })[];
  /** Listed mismatches whose example now validates (or is gone): the list must be trimmed. */
  readonly stale: readonly KnownExampleMismatch[];
}

/** The value a validator sees: form fields go through the schema's string-to-type conversion. */
function valueToValidate(document: OpenApiDocument, example: FoundExample): unknown {
  if (!isFormMediaType(example.mediaType)) return example.value;
  const [schema] = resolve(document, pointerTarget(document, example.schemaPointer), '');
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  const resolved = Object.fromEntries(
    Object.entries(properties ?? {}).map(([key, property]) => [
      key,
      resolve(document, property, '')[0],
    ]),
  );
  return formExampleValue(example.value, { ...(schema as object), properties: resolved });
}

function pointerTarget(document: OpenApiDocument, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      document,
    );
}

/**
 * Validates every example of `document` against its schema with an independent OpenAPI 3.1
 * validator, and sorts the mismatches into unexpected, known (listed with a reason) and stale.
 */
export async function checkExamples(
  name: string,
  document: OpenApiDocument,
  knownMismatches: readonly KnownExampleMismatch[] = [],
): Promise<ExampleCheck> {
  const validateAt = documentValidator(name, document);
  const examples = collectExamples(document);
  // Checked: JSON and form examples that have a schema (vendors leave some media types without).
  const checkable = examples.filter(
    (example) =>
      (isJsonMediaType(example.mediaType) || isFormMediaType(example.mediaType)) &&
      pointerTarget(document, example.schemaPointer) !== undefined,
  );
  const mismatches: ExampleMismatch[] = [];
  for (const example of checkable) {
    const errors = await validateAt(example.schemaPointer, valueToValidate(document, example));
    if (errors.length > 0) mismatches.push({ pointer: example.where, errors });
  }
  const reasons = new Map(knownMismatches.map((known) => [known.pointer, known.reason]));
  const failing = new Set(mismatches.map((mismatch) => mismatch.pointer));
  return {
    checked: checkable.length,
    notChecked: examples.length - checkable.length,
    unexpected: mismatches.filter((mismatch) => !reasons.has(mismatch.pointer)),
    known: mismatches.flatMap((mismatch) => {
      const reason = reasons.get(mismatch.pointer);
      return reason === undefined ? [] : [{ ...mismatch, reason }];
    }),
    stale: knownMismatches.filter((known) => !failing.has(known.pointer)),
  };
}
