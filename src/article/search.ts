// Binary search over lists sorted by position (tokens, mentions), shared by every analyzer.

/**
 * Index of the first item for which `test` holds, where `test` is false for a prefix of the list
 * and true for the rest (e.g. "ends after offset" over tokens sorted by position); the list's
 * length when it holds for none.
 */
export function firstIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Index of the first token starting at or after an offset, for offsets asked mostly in increasing
 * order: walks on from the last answer (linear over an article), and searches when sent back.
 */
export function forwardTokenFinder(tokens: readonly { start: number }[]): (offset: number) => number {
  let i = 0;
  return (offset: number): number => {
    if (i > 0 && tokens[i - 1].start >= offset) i = firstIndex(tokens, (t) => t.start >= offset);
    while (i < tokens.length && tokens[i].start < offset) i++;
    return i;
  };
}
