import { parseTimestampSend } from './timestamp-send.ts';

/**
 * The highest `priority` the emulator takes. The vendor publishes a minimum (1) and no maximum;
 * past some value a price stops being a finite amount (1e308 × 0.0315 is Infinity), so the
 * emulator refuses priorities above this generous cap rather than answer a price of `null`.
 */
export const maxPriority = 1000;

export function badTimestampMessage(value: string): string {
  return `/body/options/timestamp_send: expected YYYY-MM-DD or DD-MM-YYYY (or epoch milliseconds), a date up to 9999-12-31, got ${JSON.stringify(value)}`;
}

/**
 * What the schema cannot say about a POST or PUT body that is otherwise valid: a send date that
 * exists and a priority under the cap. Checked with the schema, before any message is looked
 * up, so POST and PUT refuse the same body the same way. Undefined when the body is fine.
 */
export function bodyValueError(body: {
  readonly priority?: number;
  readonly options?: { readonly timestamp_send?: string };
}): string | undefined {
  const timestamp = body.options?.timestamp_send;
  if (timestamp !== undefined && parseTimestampSend(timestamp) === undefined) {
    return badTimestampMessage(timestamp);
  }
  if (body.priority !== undefined && body.priority > maxPriority) {
    return `/body/priority: expected a number from 1 to ${maxPriority} (the emulator's cap; the vendor publishes none), got ${body.priority}`;
  }
  return undefined;
}
