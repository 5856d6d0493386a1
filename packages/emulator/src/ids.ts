import { randomBytes, randomUUID } from 'node:crypto';

let counter = randomBytes(3).readUIntBE(0, 3);

/**
 * A 24-hex-digit id shaped like the vendor's (a MongoDB ObjectId): 4 bytes of seconds, 5 random
 * bytes, a 3-byte counter, so ids made in the same second still sort by creation.
 */
export function objectId(nowMs: number): string {
  counter = (counter + 1) % 0x1000000;
  const seconds = Math.floor(nowMs / 1000) >>> 0;
  return (
    seconds.toString(16).padStart(8, '0') +
    randomBytes(5).toString('hex') +
    counter.toString(16).padStart(6, '0')
  );
}

export const objectIdPattern = /^[0-9a-f]{24}$/i;

/** A random GUID, the id form of 2SMS messages and tokens. */
export function guid(): string {
  return randomUUID();
}

export const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
