// The one place where UTF-16 indices (what analyzers use) become Unicode code-point offsets
// (what the contract promises). Texts without astral characters map to themselves.

export type OffsetMap = (utf16: number) => number;

export function codePointMap(text: string): OffsetMap {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}
