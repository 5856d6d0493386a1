export { decodeXml, type EncodeXmlOptions, encodeXml, type XmlShapes } from './codec.ts';
export { UnsafeXmlError, XmlCodecError } from './xml-codec-error.ts';
export type {
  XmlArrayShape,
  XmlBody,
  XmlMapShape,
  XmlObjectShape,
  XmlProperty,
  XmlRefShape,
  XmlScalarShape,
  XmlShape,
} from './xml-shape.ts';
