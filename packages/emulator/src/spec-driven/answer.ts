import { negotiate } from '../http/media-type.ts';
import type { OperationModel, ResponseModel, SchemaNode } from './api-model.ts';
import type { Preferences } from './prefer.ts';
import { synthesize } from './synthesize.ts';

/** A response the spec documents, chosen for a request, with its body as data. */
export interface Answer {
  readonly status: number;
  /** The documented status key it came from: `200`, `2XX`, `default`. */
  readonly statusKey: string;
  /** Undefined when the response has no content. */
  readonly mediaType?: string;
  readonly body?: unknown;
  readonly schema?: SchemaNode;
}

/** Why no documented answer fits what the caller preferred (Prism answers these with 404). */
export interface AnswerRefusal {
  readonly refused: string;
}

/**
 * The documented response for a request, as Prism picks it: `Prefer: code` names the status
 * (else the lowest 2xx, else `default`, else the first); `Accept` picks the media type; the body
 * is the named example (`Prefer: example`), else the first example, else one built from the
 * schema (always with `Prefer: dynamic=true`).
 */
export function chooseAnswer(
  operation: OperationModel,
  preferences: Preferences,
  accept: string | null,
  schemas: Readonly<Record<string, SchemaNode>>,
): Answer | AnswerRefusal {
  const picked = pickStatus(operation, preferences.code);
  if ('refused' in picked) return picked;
  const { status, statusKey, response } = picked;
  const content = response.content ?? {};
  const offered = Object.keys(content);
  if (offered.length === 0 || status === 204 || operation.method === 'HEAD') {
    if (preferences.example !== undefined) {
      return { refused: `the ${statusKey} response of ${operation.id} has no examples` };
    }
    return { status, statusKey };
  }
  const mediaType = negotiate(accept, offered);
  const media = content[mediaType] ?? {};
  const examples = media.examples ?? {};
  if (preferences.example !== undefined) {
    if (!(preferences.example in examples)) {
      const known = Object.keys(examples);
      return {
        refused: `no example "${preferences.example}" in the ${statusKey} ${mediaType} response of ${operation.id} (${known.length > 0 ? `known: ${known.join(', ')}` : 'it has none'})`,
      };
    }
    return {
      status,
      statusKey,
      mediaType,
      body: examples[preferences.example],
      schema: media.schema,
    };
  }
  const first = Object.values(examples)[0];
  const body =
    first !== undefined && !preferences.dynamic ? first : synthesize(media.schema, schemas);
  return { status, statusKey, mediaType, body, schema: media.schema };
}

/** The lowest documented 2xx status of an operation (what a successful call answers). */
export function successStatus(operation: OperationModel): string | undefined {
  return Object.keys(operation.responses)
    .filter((key) => /^2(\d\d|XX)$/i.test(key))
    .sort()[0];
}

function pickStatus(
  operation: OperationModel,
  code: string | undefined,
): { status: number; statusKey: string; response: ResponseModel } | AnswerRefusal {
  const { responses } = operation;
  if (code !== undefined) {
    const range = `${code.charAt(0)}XX`;
    const key = code in responses ? code : range in responses ? range : 'default';
    const response = responses[key];
    if (!/^[1-5]\d\d$/.test(code) || !response) {
      return {
        refused: `Prefer: code=${code}: ${operation.id} documents no such response (it has ${Object.keys(responses).join(', ')})`,
      };
    }
    return { status: Number(code), statusKey: key, response };
  }
  const key =
    successStatus(operation) ?? ('default' in responses ? 'default' : Object.keys(responses)[0]);
  if (key === undefined) return { status: 204, statusKey: '204', response: {} };
  const status = /^\d{3}$/.test(key) ? Number(key) : key === 'default' ? 200 : Number(key[0]) * 100;
  return { status, statusKey: key, response: responses[key] as ResponseModel };
}
