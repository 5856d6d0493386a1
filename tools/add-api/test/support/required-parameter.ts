// The spec-diff check: a copy of a spec where one optional parameter became required, which
// breaks every caller that leaves it out (oasdiff's new-required-request-parameter, ERR).

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Makes the first optional query parameter (inline, else shared) required, in place; says which. */
export function makeOneParameterRequired(document: Node): string {
  const candidates: { parameter: Node; where: string }[] = [];
  for (const [path, item] of Object.entries(isNode(document.paths) ? document.paths : {})) {
    if (!isNode(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      const parameters = isNode(operation) ? operation.parameters : undefined;
      if (!Array.isArray(parameters)) continue;
      for (const parameter of parameters) {
        if (isNode(parameter) && parameter.in === 'query' && parameter.required !== true) {
          candidates.push({
            parameter,
            where: `${method.toUpperCase()} ${path} ?${String(parameter.name)}`,
          });
        }
      }
    }
  }
  const shared =
    isNode(document.components) && isNode(document.components.parameters)
      ? document.components.parameters
      : {};
  for (const [name, parameter] of Object.entries(shared)) {
    if (isNode(parameter) && parameter.in === 'query' && parameter.required !== true) {
      candidates.push({ parameter, where: `components.parameters.${name}` });
    }
  }
  const [chosen] = candidates;
  if (!chosen) throw new Error('no optional inline query parameter to make required');
  chosen.parameter.required = true;
  return chosen.where;
}
