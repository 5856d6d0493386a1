/**
 * A spec the generators cannot turn into code. It names the spec file, the JSON pointer of the
 * offending node and what was expected there; the CLI adds the line number and prints it alone,
 * without a stack trace.
 */
export class CodegenError extends Error {
  override readonly name = 'CodegenError';
  readonly file: string;
  readonly pointer: string;
  readonly expected: string;

  constructor(details: { file: string; pointer: string; expected: string; message: string }) {
    super(`${details.file}#${details.pointer}: ${details.message} (expected ${details.expected})`);
    this.file = details.file;
    this.pointer = details.pointer;
    this.expected = details.expected;
  }
}
