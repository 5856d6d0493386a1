import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { CodegenError } from '../errors.ts';
import { isObject, type JsonObject, pointerSegment } from '../openapi-walk.ts';

// Mirrors packages/client/src/xml/xml-shape.ts, which the generated module type-checks against.
type Shape =
  | { kind: 'object'; properties: { key: string; element: string; shape: Shape }[] }
  | { kind: 'array'; wrapped: boolean; itemElement: string | undefined; items: Shape }
  | { kind: 'map'; values: Shape }
  | { kind: 'scalar'; type: string; names?: Record<string, unknown> }
  | { kind: 'ref'; name: string };

const scalarTypes = new Set(['string', 'integer', 'number', 'boolean']);
const componentRef = /^#\/components\/schemas\/([^/]+)$/;

export function isXmlMediaType(mediaType: string): boolean {
  return /^(application|text)\/(.+\+)?xml$/.test(mediaType);
}

/**
 * Builds XML shapes from schemas. Named components go into `table` once (refs keep recursive
 * schemas finite); inline schemas are shaped in place.
 */
export class XmlShapeBuilder {
  readonly table = new Map<string, Shape>();
  private readonly specFile: string;
  private readonly document: OpenApiDocument;

  constructor(specFile: string, document: OpenApiDocument) {
    this.specFile = specFile;
    this.document = document;
  }

  /** The root element and shape of an XML body whose schema sits at `pointer`. */
  body(schema: unknown, pointer: string): { root: string; shape: Shape } {
    const named = this.componentName(schema);
    const target = named ? this.document.components?.schemas?.[named] : schema;
    const xmlName = isObject(target) && isObject(target.xml) ? target.xml.name : undefined;
    const root = typeof xmlName === 'string' ? xmlName : named;
    if (!root) {
      this.fail(
        pointer,
        'an `xml.name` or a $ref to a named schema',
        'an XML body has no root element name',
      );
    }
    return { root, shape: this.shape(schema, pointer) };
  }

  private componentName(schema: unknown): string | undefined {
    if (!isObject(schema) || typeof schema.$ref !== 'string') return undefined;
    const match = componentRef.exec(schema.$ref);
    return match?.[1]?.replaceAll('~1', '/').replaceAll('~0', '~');
  }

  shape(schema: unknown, pointer: string): Shape {
    if (!isObject(schema)) return { kind: 'scalar', type: 'unknown' };
    if (typeof schema.$ref === 'string') return this.ref(schema.$ref, pointer);
    if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf))
      return this.choice(schema, pointer);
    const declared = Array.isArray(schema.type)
      ? schema.type
      : schema.type === undefined
        ? []
        : [schema.type];
    const types = declared.filter((t) => t !== 'null');
    const type = types.length === 1 ? types[0] : undefined;
    if (type === 'array') return this.array(schema, pointer);
    if (type === 'object' || (type === undefined && isObject(schema.properties))) {
      return this.object(schema, pointer);
    }
    if (typeof type === 'string' && scalarTypes.has(type)) return { kind: 'scalar', type };
    if (types.length === 0) return { kind: 'scalar', type: 'unknown' };
    return this.fail(
      pointer,
      'one type per XML value (besides null)',
      `types ${JSON.stringify(types)} cannot be told apart in XML text`,
    );
  }

  private ref(ref: string, pointer: string): Shape {
    const match = componentRef.exec(ref);
    const name = match?.[1]?.replaceAll('~1', '/').replaceAll('~0', '~');
    const target = name ? this.document.components?.schemas?.[name] : undefined;
    if (!name || !target) {
      return this.fail(
        pointer,
        'a $ref to #/components/schemas/<Name>',
        `unresolvable $ref "${ref}"`,
      );
    }
    if (!this.table.has(name)) {
      this.table.set(name, { kind: 'scalar', type: 'unknown' }); // placeholder while recursing
      this.table.set(name, this.shape(target, `/components/schemas/${pointerSegment(name)}`));
    }
    return { kind: 'ref', name };
  }

  /** Open or closed enums written as `anyOf: [{const, title}, …, {type}]`: names in XML. */
  private choice(schema: JsonObject, pointer: string): Shape {
    const branches = (schema.anyOf ?? schema.oneOf) as unknown[];
    const names: Record<string, unknown> = {};
    let type: string | undefined;
    for (const branch of branches) {
      if (isObject(branch) && 'const' in branch && typeof branch.title === 'string') {
        names[branch.title] = branch.const;
        type ??= typeof branch.const === 'number' ? 'integer' : 'string';
      } else if (
        isObject(branch) &&
        typeof branch.type === 'string' &&
        scalarTypes.has(branch.type)
      ) {
        type = branch.type;
      } else {
        return this.fail(
          pointer,
          'anyOf/oneOf of titled consts and at most one scalar type (an enum) in an XML body',
          'XML cannot tell these alternatives apart',
        );
      }
    }
    return { kind: 'scalar', type: type ?? 'unknown', names };
  }

  private array(schema: JsonObject, pointer: string): Shape {
    const xml = isObject(schema.xml) ? schema.xml : {};
    const items = schema.items;
    const itemTarget = this.componentName(items);
    const itemsSchema = itemTarget ? this.document.components?.schemas?.[itemTarget] : items;
    const itemXmlName =
      isObject(itemsSchema) && isObject(itemsSchema.xml) ? itemsSchema.xml.name : undefined;
    return {
      kind: 'array',
      wrapped: xml.wrapped === true,
      itemElement: typeof itemXmlName === 'string' ? itemXmlName : itemTarget,
      items: this.shape(items, `${pointer}/items`),
    };
  }

  private object(schema: JsonObject, pointer: string): Shape {
    const properties = isObject(schema.properties) ? schema.properties : {};
    if (Object.keys(properties).length === 0 && isObject(schema.additionalProperties)) {
      return {
        kind: 'map',
        values: this.shape(schema.additionalProperties, `${pointer}/additionalProperties`),
      };
    }
    return {
      kind: 'object',
      properties: Object.entries(properties).map(([key, property]) => {
        const xml = isObject(property) && isObject(property.xml) ? property.xml : {};
        if (xml.attribute === true) {
          this.fail(
            `${pointer}/properties/${pointerSegment(key)}`,
            'elements (XML attributes are not used by these APIs)',
            'xml.attribute is not supported',
          );
        }
        return {
          key,
          element: typeof xml.name === 'string' ? xml.name : key,
          shape: this.shape(property, `${pointer}/properties/${pointerSegment(key)}`),
        };
      }),
    };
  }

  private fail(pointer: string, expected: string, message: string): never {
    throw new CodegenError({ file: this.specFile, pointer, expected, message });
  }
}
