import type { XmlBody } from './xml/xml-shape.ts';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS' | 'TRACE';

/** What the client runtime needs to know about one operation, generated from the spec. */
export interface OperationInfo {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template, e.g. `/messages/{id}`. */
  readonly path: string;
  /** Security schemes any one of which authorizes the call; empty when it is public. */
  readonly security: readonly string[];
  /** The spec marks it `x-idempotent: true`: retried like a GET. */
  readonly idempotent?: boolean;
  /** Request body media types, in spec order. */
  readonly requestMediaTypes: readonly string[];
  /** Response media types per status code (`default` included), in spec order. */
  readonly responses: Readonly<Record<string, readonly string[]>>;
  /** The spec's `encoding` of form and multipart request bodies, per media type, then property. */
  readonly requestEncoding?: Readonly<Record<string, Readonly<Record<string, PropertyEncoding>>>>;
  /** XML request bodies per media type. */
  readonly xmlRequest?: Readonly<Record<string, XmlBody>>;
  /** XML response bodies per status, then per media type. */
  readonly xmlResponses?: Readonly<Record<string, Readonly<Record<string, XmlBody>>>>;
}

/** How one property of a form or multipart body is written (OpenAPI's Encoding Object). */
export interface PropertyEncoding {
  /** @default 'form' */
  readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  /** @default true for style form, else false */
  readonly explode?: boolean;
  /** The part's (or the value's) media type, e.g. `application/json`. */
  readonly contentType?: string;
}

/** Every operation of one API, keyed by operationId. */
export type OperationTable = Readonly<Record<string, OperationInfo>>;
