/** An XML body that cannot be written or read by its shape; `path` is the element path. */
export class XmlCodecError extends Error {
  override readonly name: string = 'XmlCodecError';
  /** Where it went wrong, as an element path such as `/MessageDetails/ContactID`. */
  readonly path: string;
  /** What went wrong there, without the path. */
  readonly problem: string;

  constructor(path: string, message: string, options?: ErrorOptions) {
    super(`${path || '/'}: ${message}`, options);
    this.path = path;
    this.problem = message;
  }
}

/** A document refused before parsing because it could expand entities or fetch external ones. */
export class UnsafeXmlError extends XmlCodecError {
  override readonly name = 'UnsafeXmlError';
}

/**
 * An error's message with an XML element path rooted at the request or response part, as JSON
 * Pointer: `/body/MessageDetails/ContactID: expected an integer, …`.
 */
export function describeAt(root: string, error: unknown): string {
  if (error instanceof XmlCodecError) return `${root}${error.path}: ${error.problem}`;
  return error instanceof Error ? error.message : String(error);
}
