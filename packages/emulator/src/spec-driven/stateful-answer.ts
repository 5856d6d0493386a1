import type { Answer } from './answer.ts';
import type { Collection, CollectionOperation, CollectionStore } from './collections.ts';

type JsonRecord = Record<string, unknown>;

export interface StatefulRequest {
  readonly target: CollectionOperation;
  /** Path parameters, decoded. */
  readonly pathValues: Readonly<Record<string, string>>;
  /** The request body as data (JSON or form), if any. */
  readonly body: unknown;
  /** The spec's answer for the operation's success status: the shape records take. */
  readonly base: Answer;
  /** Whether a record is valid as the create answer's body (the spec's response validator). */
  isValid(record: unknown): boolean;
}

/**
 * The answer of a collection operation over the in-memory records: create stores the spec's
 * answer with the request's fields and a new id; read, update and delete find the record by the
 * path's id (undefined: no such record, a 404); list puts the records where the answer lists.
 */
export function statefulAnswer(
  store: CollectionStore,
  request: StatefulRequest,
): Answer | undefined {
  const { target, pathValues, base } = request;
  const { collection, role } = target;
  const scope = collectionScope(collection, pathValues);
  const id = pathValues[collection.idParameter] ?? '';
  switch (role) {
    case 'create': {
      const shape = isRecord(base.body) ? base.body : {};
      const field = idField(shape, collection.idParameter);
      const newId = freshId(shape[field], store.next());
      const plain = { ...shape, [field]: newId };
      const merged = { ...plain, ...fieldsFrom(request.body, shape), [field]: newId };
      const record = request.isValid(merged) ? merged : plain;
      store.set(scope, String(newId), record);
      return withBody(base, record);
    }
    case 'read': {
      const record = store.get(scope, id);
      return record ? withBody(base, record) : undefined;
    }
    case 'update': {
      const record = store.get(scope, id);
      if (!record) return undefined;
      const field = idField(record, collection.idParameter);
      const updated = { ...record, ...fieldsFrom(request.body, record), [field]: record[field] };
      store.set(scope, id, updated);
      return withBody(base, updated);
    }
    case 'delete':
      return store.delete(scope, id) ? base : undefined;
    case 'list':
      return withBody(base, listBody(base.body, store.list(scope), collection.noun));
  }
}

/** The concrete collection a request is about: `/accounts/AC1/Messages.json`. */
export function collectionScope(
  collection: Collection,
  pathValues: Readonly<Record<string, string>>,
): string {
  return collection.collectionPath.replace(/\{([^}]+)\}/g, (_, name: string) =>
    String(pathValues[name] ?? ''),
  );
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withBody(base: Answer, body: unknown): Answer {
  return base.mediaType === undefined ? base : { ...base, body };
}

/** The record's id property: the path parameter's name, else `id`, `sid`, `uuid`, `…id`. */
function idField(record: JsonRecord, idParameter: string): string {
  const keys = Object.keys(record);
  const lower = idParameter.toLowerCase();
  return (
    keys.find((key) => key === idParameter) ??
    keys.find((key) => key.toLowerCase() === lower) ??
    ['id', 'sid', 'uuid'].find((name) => keys.some((key) => key.toLowerCase() === name)) ??
    keys.find((key) => /id$/i.test(key)) ??
    'id'
  );
}

/** A new id shaped like the sample: its trailing digits replaced by the sequence number. */
function freshId(sample: unknown, sequence: number): string | number {
  if (typeof sample === 'number') return sequence;
  if (typeof sample !== 'string' || sample === '') return String(sequence);
  const digits = /\d+$/.exec(sample)?.[0] ?? '';
  const number = String(sequence);
  if (digits.length >= number.length) {
    return sample.slice(0, sample.length - number.length) + number;
  }
  return `${sample}${number}`;
}

/**
 * The request's fields that the record has, matched case-insensitively (form bodies often say
 * `To` where the answer says `to`); all of them when the record declares none.
 */
function fieldsFrom(body: unknown, record: JsonRecord): JsonRecord {
  if (!isRecord(body)) return {};
  const keys = Object.keys(record);
  if (keys.length === 0) return { ...body };
  const byLower = lowerCaseKeys(record, keys);
  const out: JsonRecord = {};
  for (const [name, value] of Object.entries(body)) {
    const key = byLower.get(name.toLowerCase());
    if (key !== undefined) out[key] = value;
  }
  return out;
}

/** Lower-cased key → key of a record shape; the spec's answers are cached, so is this. */
const lowerCaseKeysOf = new WeakMap<JsonRecord, Map<string, string>>();

function lowerCaseKeys(record: JsonRecord, keys: readonly string[]): Map<string, string> {
  let byLower = lowerCaseKeysOf.get(record);
  if (!byLower) {
    byLower = new Map(keys.map((key) => [key.toLowerCase(), key]));
    lowerCaseKeysOf.set(record, byLower);
  }
  return byLower;
}

/** The list answer with its list replaced by the records (the array named like the collection). */
function listBody(shape: unknown, records: JsonRecord[], noun: string): unknown {
  if (Array.isArray(shape)) return records;
  if (!isRecord(shape)) return records;
  const arrays = Object.keys(shape).filter((key) => Array.isArray(shape[key]));
  const key =
    arrays.find((name) => name.toLowerCase() === noun) ??
    arrays.find((name) => ['data', 'items', 'results'].includes(name.toLowerCase())) ??
    arrays[0];
  return key === undefined ? shape : { ...shape, [key]: records };
}
