const placeholder = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * Replaces each `{{key}}` in `template` with `fields[key]`. A key the recipient has no value for
 * is left as written, so the gap shows in the outbox instead of silently vanishing.
 */
export function fillPlaceholders(template: string, fields: Readonly<Record<string, string>>): string {
  if (!template.includes('{{')) return template;
  return template.replace(placeholder, (whole, key: string) =>
    Object.hasOwn(fields, key) ? (fields[key] as string) : whole,
  );
}
