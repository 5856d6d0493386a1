/** Remembers schema pairs that produced no change, so shared components are compared once. */
export class CleanPairs {
  private readonly pairs = new Map<string, WeakMap<object, WeakSet<object>>>();
  has(flavour: string, a: object, b: object): boolean {
    return this.pairs.get(flavour)?.get(a)?.has(b) ?? false;
  }
  add(flavour: string, a: object, b: object): void {
    let byBase = this.pairs.get(flavour);
    if (!byBase) {
      byBase = new WeakMap();
      this.pairs.set(flavour, byBase);
    }
    let heads = byBase.get(a);
    if (!heads) {
      heads = new WeakSet();
      byBase.set(a, heads);
    }
    heads.add(b);
  }
}
