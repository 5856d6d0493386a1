// The 2SMS operation table and XML shapes, generated from the spec into the client package.
import { operations, xmlShapes } from '@sms-contracts/client/twosms';
import type { XmlBody, XmlShapes } from '@sms-contracts/client/xml';

export { xmlShapes };

interface TableEntry {
  readonly requestMediaTypes: readonly string[];
  readonly responses: Readonly<Record<string, readonly string[]>>;
  readonly xmlRequest?: Readonly<Record<string, XmlBody>>;
  readonly xmlResponses?: Readonly<Record<string, Readonly<Record<string, XmlBody>>>>;
}

export const operationTable: Readonly<Record<string, TableEntry>> = operations;
export const shapes: XmlShapes = xmlShapes;

export function isXmlMediaType(mediaType: string): boolean {
  return mediaType === 'application/xml' || mediaType === 'text/xml';
}
