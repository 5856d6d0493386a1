// A changed copy of any OpenAPI document, for diffing against the original: a deterministic
// spread of the changes spec-diff looks for, in both directions, so every rule family works.
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/**
 * A deep copy of `document` with, among its component schemas, a required property added to
 * every 5th, the last property removed from every 3rd and a value added to every enum of every
 * 7th; among its operations, one removed from every 10th path and a required query parameter
 * added to every 4th.
 */
export function changedCopy<T extends object>(document: T): T {
  const copy = structuredClone(document) as Json;
  const components = isObject(copy.components) ? copy.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  Object.values(schemas).forEach((schema, index) => {
    if (!isObject(schema) || !isObject(schema.properties)) return;
    const properties = schema.properties;
    if (index % 5 === 0) {
      properties.benchAdded = { type: 'string', description: 'Added by the changed copy.' };
      schema.required = [...(Array.isArray(schema.required) ? schema.required : []), 'benchAdded'];
    }
    if (index % 3 === 0) {
      const last = Object.keys(properties).at(-1);
      if (last !== undefined && last !== 'benchAdded') delete properties[last];
    }
    if (index % 7 === 0) {
      for (const property of Object.values(properties)) {
        if (isObject(property) && Array.isArray(property.enum)) {
          property.enum = [...property.enum, 'bench-added'];
        }
      }
    }
  });
  const paths = isObject(copy.paths) ? copy.paths : {};
  let operationIndex = 0;
  Object.values(paths).forEach((item, pathIndex) => {
    if (!isObject(item)) return;
    const present = methods.filter((method) => isObject(item[method]));
    if (pathIndex % 10 === 0 && present.length > 1) delete item[present.at(-1) as string];
    for (const method of methods) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      if (operationIndex % 4 === 0) {
        const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
        operation.parameters = [
          ...parameters,
          { name: 'benchCursor', in: 'query', required: true, schema: { type: 'string' } },
        ];
      }
      operationIndex += 1;
    }
  });
  return copy as T;
}
