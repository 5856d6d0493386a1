/** Thrown when a response body passes the byte limit. */
export class BodyTooLarge extends Error {}
