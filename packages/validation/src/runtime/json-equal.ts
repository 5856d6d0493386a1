/**
 * JSON equality as `const` and `enum` define it: same type and value, objects compared by their
 * own keys whatever the order, numbers by value (so `1` equals `1.0`).
 *
 * `expected` is a constant from the spec (finite JSON); the recursion follows it, so a cyclic or
 * very deep `actual` cannot make this loop or overflow the stack.
 */
export function jsonEqual(actual: unknown, expected: unknown): boolean {
  if (actual === expected) return true;
  if (typeof expected !== 'object' || expected === null) return false;
  if (typeof actual !== 'object' || actual === null) return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    for (let index = 0; index < expected.length; index++) {
      if (!jsonEqual(actual[index], expected[index])) return false;
    }
    return true;
  }
  if (Array.isArray(actual)) return false;
  const expectedKeys = Object.keys(expected);
  const actualKeys = Object.keys(actual);
  if (actualKeys.length !== expectedKeys.length) return false;
  for (const key of expectedKeys) {
    if (!Object.hasOwn(actual, key)) return false;
    const actualValue = (actual as Record<string, unknown>)[key];
    if (!jsonEqual(actualValue, (expected as Record<string, unknown>)[key])) return false;
  }
  return true;
}
