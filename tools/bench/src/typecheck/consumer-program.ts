// A consumer program for one API, written from its spec: it names every component schema and
// every operation's parameters, request body and responses through `paths` and `components`,
// the surface openapi-typescript's output and ours share, so the same program checks both.
type Json = Record<string, unknown>;

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The program's source; it imports the API's types from `specifier`. */
export function consumerProgram(
  document: { paths?: unknown; components?: { schemas?: unknown } },
  specifier: string,
): string {
  const lines = [
    `import type * as Api from ${JSON.stringify(specifier)};`,
    '',
    'type Schemas = Api.components["schemas"];',
    'type Body<Op> = Op extends { requestBody?: { content: infer C } } ? C[keyof C] : never;',
    '',
  ];
  const schemas = isObject(document.components?.schemas)
    ? Object.keys(document.components.schemas)
    : [];
  schemas.forEach((name, index) => {
    const type = `Schemas[${JSON.stringify(name)}]`;
    lines.push(`export function schema${index}(value: ${type}): ${type} { return value; }`);
  });
  const paths = isObject(document.paths) ? document.paths : {};
  let index = 0;
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of methods.filter((candidate) => isObject(item[candidate]))) {
      const operation = `Api.paths[${JSON.stringify(path)}][${JSON.stringify(method)}]`;
      lines.push(
        `type Operation${index} = ${operation};`,
        `export function operation${index}(parameters: Operation${index}["parameters"], body: Body<Operation${index}>, responses: Operation${index}["responses"]): unknown[] { return [parameters, body, responses]; }`,
      );
      index += 1;
    }
  }
  return `${lines.join('\n')}\n`;
}
