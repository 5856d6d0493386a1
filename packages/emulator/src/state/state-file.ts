import { readFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';

/**
 * Reads a state file written by `StateFileWriter`. A missing file is a fresh start (undefined);
 * a file that is not JSON, or not the emulator's, is an error naming the file.
 */
export function readStateFile<T>(
  file: string,
  isState: (value: unknown) => value is T,
): T | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`state file ${file}: not JSON (${(error as Error).message})`);
  }
  if (!isState(value)) {
    throw new Error(`state file ${file}: not an sms-emulator state (expected {"version": 1, ...})`);
  }
  return value;
}

/**
 * Saves snapshots of the state to a file, atomically: each write goes to a temporary file beside
 * it, then is renamed over it, so a crash leaves the old file or the new one, never half of one.
 * Saves never overlap; changes made during a save are written by one more save right after.
 */
export class StateFileWriter {
  readonly #file: string;
  readonly #snapshot: () => unknown;
  #running: Promise<void> | undefined;
  #dirty = false;
  #sequence = 0;
  #lastError: Error | undefined;

  constructor(file: string, snapshot: () => unknown) {
    this.#file = file;
    this.#snapshot = snapshot;
  }

  /** Asks for a save; returns at once. */
  schedule(): void {
    this.#dirty = true;
    this.#running ??= this.#drain();
  }

  /** Resolves when every change scheduled so far is on disk; rejects with the last write error. */
  async flush(): Promise<void> {
    while (this.#running) await this.#running;
    if (this.#lastError) {
      const error = this.#lastError;
      this.#lastError = undefined;
      throw error;
    }
  }

  async #drain(): Promise<void> {
    try {
      while (this.#dirty) {
        this.#dirty = false;
        await this.#write(JSON.stringify(this.#snapshot()));
      }
    } finally {
      this.#running = undefined;
    }
  }

  async #write(text: string): Promise<void> {
    this.#sequence += 1;
    const temporary = `${this.#file}.${process.pid}.${this.#sequence}.tmp`;
    try {
      await writeFile(temporary, text, 'utf8');
      await rename(temporary, this.#file);
      this.#lastError = undefined;
    } catch (error) {
      this.#lastError = new Error(
        `state file ${this.#file}: could not save (${(error as Error).message})`,
      );
      await unlink(temporary).catch(() => undefined);
    }
  }
}
