import { randomBytes, randomUUID } from 'node:crypto';

// As in a MongoDB ObjectId, the random part is drawn once per process, not per id: ids are
// minted for every recipient, and a random draw each time was the emulator's hottest path.
const processPart = randomBytes(5).toString('hex');
let counter = randomBytes(3).readUIntBE(0, 3);

/**
 * A 24-hex-digit id shaped like the vendor's (a MongoDB ObjectId): 4 bytes of seconds, 5 bytes
 * random per process, a 3-byte counter, so ids made in the same second still sort by creation.
 */
export function objectId(nowMs: number): string {
  counter = (counter + 1) % 0x1000000;
  const seconds = Math.floor(nowMs / 1000) >>> 0;
  return (
    seconds.toString(16).padStart(8, '0') + processPart + counter.toString(16).padStart(6, '0')
  );
}

/**
 * The id of the `index`-th recipient of a message: the message id with `index + 1` added to its
 * counter part, as in the vendor's example (message …adcc0, its first recipient …adcc1).
 */
export function recipientObjectId(messageId: string, index: number): string {
  const counterPart = (Number.parseInt(messageId.slice(18), 16) + index + 1) % 0x1000000;
  return messageId.slice(0, 18) + counterPart.toString(16).padStart(6, '0');
}

export const objectIdPattern = /^[0-9a-f]{24}$/i;

/** A random GUID, the id form of 2SMS messages and tokens. */
export function guid(): string {
  return randomUUID();
}

export const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
