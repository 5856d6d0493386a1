import type { BodyFormat } from '../core/body-format.ts';
import type { OperationInfo } from '../operation-table.ts';
import type { XmlShapes } from './codec.ts';
import type { XmlBody } from './xml-shape.ts';

type Codec = typeof import('./codec.ts');

/**
 * Bodies for an API whose spec has XML: with `sendXml` requests go as XML and XML is asked for;
 * either way an XML response is read through the generated shapes. The codec (and its parser)
 * loads on the first XML body, so JSON-only use never loads it.
 */
export function xmlAwareFormat(
  shapes: XmlShapes,
  sendXml: boolean,
  loadCodec: () => Promise<Codec>,
): BodyFormat {
  let codec: Promise<Codec> | undefined;
  const load = () => {
    codec ??= loadCodec();
    return codec;
  };
  return {
    // XML is asked for only where the spec has an XML success body: elsewhere the server would
    // answer XML the shapes cannot read.
    accept: (operation) =>
      sendXml && hasXmlSuccess(operation) ? 'application/xml' : 'application/json',
    encode: sendXml
      ? async (operation, body) => {
          const [mediaType, xml] = preferred(operation.xmlRequest);
          if (!mediaType || !xml) return undefined;
          return { mediaType, text: (await load()).encodeXml(body, xml, shapes) };
        }
      : undefined,
    async encodeXml(operation, body, mediaType) {
      const xml = operation.xmlRequest?.[mediaType];
      return xml && (await load()).encodeXml(body, xml, shapes);
    },
    async decode(operation, status, mediaType, text) {
      const byMediaType = responseBodies(operation, status);
      // Servers answer text/xml or application/xml for the same document.
      const xml = byMediaType?.[mediaType] ?? preferred(byMediaType)[1];
      if (!xml) return undefined;
      return { value: (await load()).decodeXml(text, xml, shapes) };
    },
  };
}

function preferred(
  bodies: Readonly<Record<string, XmlBody>> | undefined,
): [string | undefined, XmlBody | undefined] {
  if (!bodies) return [undefined, undefined];
  const mediaType = 'application/xml' in bodies ? 'application/xml' : Object.keys(bodies)[0];
  return [mediaType, mediaType === undefined ? undefined : bodies[mediaType]];
}

function responseBodies(operation: OperationInfo, status: number) {
  const responses = operation.xmlResponses;
  return responses?.[String(status)] ?? responses?.[`${String(status)[0]}XX`] ?? responses?.default;
}

function hasXmlSuccess(operation: OperationInfo | undefined): boolean {
  return Object.keys(operation?.xmlResponses ?? {}).some((status) => status.startsWith('2'));
}
