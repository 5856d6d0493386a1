/** Where the emulator reads the time from. */
export interface ClockSource {
  /** Milliseconds since the Unix epoch, like `Date.now()`. */
  now(): number;
}

/**
 * The emulator's clock: a source plus an offset that the control API moves forward, so tests can
 * expire tokens and messages or reach a scheduled send time without waiting.
 */
export class EmulatorClock {
  #offsetMs = 0;
  readonly #source: ClockSource;

  constructor(source: ClockSource = { now: () => Date.now() }) {
    this.#source = source;
  }

  now(): number {
    return this.#source.now() + this.#offsetMs;
  }

  /** Moves the clock forward; time never goes back, so a negative amount is refused. */
  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(
        `clock advance: expected a finite number of milliseconds >= 0, got ${ms}`,
      );
    }
    this.#offsetMs += ms;
    return this.now();
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  /** Restores a persisted offset (state file). */
  set offsetMs(value: number) {
    this.#offsetMs = value;
  }

  reset(): void {
    this.#offsetMs = 0;
  }
}
