// What every benchmark suite is given: one file, so the suites do not import the list of suites.

export interface SuiteOptions {
  /**
   * Fewer rounds and smaller loads: for trying the harness out, not for the numbers.
   * @default false
   */
  readonly quick: boolean;
}
