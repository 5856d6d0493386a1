const placeholder = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * Replaces each `{{key}}` in `template` with `fields[key]`. A key the recipient has no value for
 * is left as written, so the gap shows in the outbox instead of silently vanishing.
 */
export function fillPlaceholders(
  template: string,
  fields: Readonly<Record<string, string>>,
): string {
  // No placeholder, or no values to put in: the template itself, not a copy (one string per
  // recipient adds up on large transactions).
  if (!template.includes('{{')) return template;
  let hasFields = false;
  for (const _ in fields) {
    hasFields = true;
    break;
  }
  if (!hasFields) return template;
  return template.replace(placeholder, (whole, key: string) =>
    Object.hasOwn(fields, key) ? (fields[key] as string) : whole,
  );
}
