/** An XML body that cannot be written or read by its shape; `path` is the element path. */
export class XmlCodecError extends Error {
  override readonly name: string = 'XmlCodecError';
  /** Where it went wrong, as an element path such as `/MessageDetails/ContactID`. */
  readonly path: string;

  constructor(path: string, message: string, options?: ErrorOptions) {
    super(`${path || '/'}: ${message}`, options);
    this.path = path;
  }
}

/** A document refused before parsing because it could expand entities or fetch external ones. */
export class UnsafeXmlError extends XmlCodecError {
  override readonly name = 'UnsafeXmlError';
}
