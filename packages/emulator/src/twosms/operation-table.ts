// Lets client-tables.gen.ts (emitted for packages/client) type-check here: the same contract, the
// client's own type being internal to it.
import type { XmlBody } from './xml/xml-shape.ts';

export interface OperationInfo {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly security: readonly string[];
  readonly requestMediaTypes: readonly string[];
  readonly responses: Readonly<Record<string, readonly string[]>>;
  readonly xmlRequest?: Readonly<Record<string, XmlBody>>;
  readonly xmlResponses?: Readonly<Record<string, Readonly<Record<string, XmlBody>>>>;
}

export type OperationTable = Readonly<Record<string, OperationInfo>>;
