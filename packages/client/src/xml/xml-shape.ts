/**
 * How a JSON value of the spec's data model is written as XML and read back. The codegen emits
 * one shape per schema reachable from an XML body, from the spec's `xml` objects and types; the
 * XML codec walks them, so no field is ever hand-mapped.
 */
export type XmlShape = XmlObjectShape | XmlArrayShape | XmlMapShape | XmlScalarShape | XmlRefShape;

/** An element with child elements, one per property, in the spec's property order. */
export interface XmlObjectShape {
  readonly kind: 'object';
  readonly properties: readonly XmlProperty[];
}

export interface XmlProperty {
  /** The property name in JSON. */
  readonly key: string;
  /** The element name in XML (`xml.name`, else the key). */
  readonly element: string;
  readonly shape: XmlShape;
}

/** Repeated elements; `wrapped` puts them inside an element named after the property. */
export interface XmlArrayShape {
  readonly kind: 'array';
  readonly wrapped: boolean;
  /** Element name of each item (`items.xml.name`, else the property's element name). */
  readonly itemElement: string | undefined;
  readonly items: XmlShape;
}

/** A JSON object used as a dictionary: one child element per key. */
export interface XmlMapShape {
  readonly kind: 'map';
  readonly values: XmlShape;
}

/** Text content, converted to the JSON type on read. */
export interface XmlScalarShape {
  readonly kind: 'scalar';
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'unknown';
  /** Enum members written by name in XML (ASP.NET style): name → JSON value. */
  readonly names?: Readonly<Record<string, number | string>>;
}

/** A named component shape, looked up in the API's shape table (keeps cycles finite). */
export interface XmlRefShape {
  readonly kind: 'ref';
  readonly name: string;
}

/** The XML side of one body: its root element and its shape. */
export interface XmlBody {
  readonly root: string;
  readonly shape: XmlShape;
}
