/** Where the emulator reads the time from. */
export interface ClockSource {
  /** Milliseconds since the Unix epoch, like `Date.now()`. */
  now(): number;
}

/**
 * The latest instant the emulator's clock and dates may reach: 9999-12-31T23:59:59.999Z, the last
 * moment .NET's `DateTime` (2SMS) can hold and a four-digit year can write. `Date` goes further,
 * but a time past it cannot be sent to either vendor, and one past `Date`'s own limit breaks every
 * date the emulator writes.
 */
export const latestTimeMs = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

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

  /**
   * Moves the clock forward. Time never goes back, so a negative amount is refused, and so is one
   * that would carry the clock past {@link latestTimeMs}; a refused move changes nothing.
   */
  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(
        `clock advance: expected a finite number of milliseconds >= 0, got ${ms}`,
      );
    }
    const room = latestTimeMs - this.now();
    if (ms > room) {
      throw new RangeError(
        `clock advance: expected at most ${Math.max(room, 0)} ms (the clock stops at ${new Date(latestTimeMs).toISOString()}), got ${ms}`,
      );
    }
    this.#offsetMs += ms;
    return this.now();
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  /** Restores a persisted offset (state file); one that leaves the clock out of range is refused. */
  set offsetMs(value: number) {
    const at = this.#source.now() + value;
    if (!Number.isFinite(value) || value < 0 || at > latestTimeMs) {
      throw new RangeError(
        `clock offset: expected milliseconds >= 0 that keep the clock at or before ${new Date(latestTimeMs).toISOString()}, got ${value}`,
      );
    }
    this.#offsetMs = value;
  }

  reset(): void {
    this.#offsetMs = 0;
  }
}
