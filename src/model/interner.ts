// Strings as small dense numbers, in order of first sight: for the few dozen labels or tags that
// keys and tables are built from, so those keys are numbers rather than concatenated strings.

export class Interner {
  private readonly ids = new Map<string, number>();
  /** The strings, by number. */
  readonly names: string[] = [];

  id(name: string): number {
    let n = this.ids.get(name);
    if (n === undefined) {
      n = this.names.length;
      this.ids.set(name, n);
      this.names.push(name);
    }
    return n;
  }
}
