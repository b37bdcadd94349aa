// How many terminal columns a string takes, its ANSI colour codes not counted: what the tables
// wrap and pad by. Printable ASCII, nearly all of a news table, is its length; other characters
// are read one code point at a time: marks and format characters take no column, East Asian wide
// and fullwidth characters and emoji take two (Unicode's East_Asian_Width W and F, and
// Emoji_Presentation), and an emoji sequence (a ZWJ family, a skin tone, a flag's two regional
// indicators, a text symbol with variation selector 16) takes the two of one emoji.

/** An SGR escape ("\x1b[36m"): colours and styles, the only escapes the renderers write. */
export const SGR = /\x1b\[[\d;]*m/g;
const SGR_AT = /\x1b\[[\d;]*m/y;

// East_Asian_Width W and F outside Emoji_Presentation (UAX #11): Hangul Jamo, CJK radicals,
// punctuation, kana, Bopomofo, Hangul compatibility jamo, enclosed CJK (not the circled numbers
// on black squares, which are ambiguous) and compatibility CJK, ideographs, Yi, Hangul syllables,
// vertical and compatibility forms, fullwidth forms, Tangut, kana supplements, enclosed
// ideographic supplement, and the supplementary ideographic planes.
const WIDE =
  /[\p{Emoji_Presentation}\u1100-\u115F\u2329\u232A\u2E80-\u303E\u3041-\u3247\u3250-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6\u{16FE0}-\u{18CFF}\u{1B000}-\u{1B2FF}\u{1F200}-\u{1F2FF}\u{20000}-\u{2FFFD}\u{30000}-\u{3FFFD}]/u;
/** Combining marks and format characters (zero-width space, joiners, bidi marks, tags). */
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;
const EMOJI = /\p{Emoji}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const MODIFIER_BASE = /\p{Emoji_Modifier_Base}/u;

const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const isRegionalIndicator = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isSkinTone = (cp: number) => cp >= 0x1f3fb && cp <= 0x1f3ff;

/** Columns of `s` on a terminal; SGR escapes take none. */
export function displayWidth(s: string): number {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) break;
    i++;
  }
  if (i === s.length) return i;
  // from the last ASCII character on: a variation selector or keycap after it makes it an emoji
  const from = Math.max(0, i - 1);
  return from + otherWidth(s, from);
}

function otherWidth(s: string, from: number): number {
  let width = 0;
  let prev = -1; // the code point before, and the columns it took
  let prevWidth = 0;
  let joined = false; // after a ZWJ: the next pictograph is part of the same emoji
  let pairedFlag = false; // the previous regional indicator closed a flag
  for (let i = from; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if (cp === 0x1b) {
      SGR_AT.lastIndex = i;
      if (SGR_AT.test(s)) {
        i = SGR_AT.lastIndex;
        continue;
      }
    }
    i += cp > 0xffff ? 2 : 1;
    let w: number;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) w = 0;
    else if (cp < 0x300) w = 1; // Latin; the soft hyphen, a format character, shows as a hyphen
    else if (cp === VS16) w = prevWidth === 1 && EMOJI.test(String.fromCodePoint(prev)) ? 1 : 0;
    else if (ZERO.test(String.fromCodePoint(cp))) w = 0;
    else if (joined && PICTOGRAPHIC.test(String.fromCodePoint(cp))) w = 0;
    else if (isSkinTone(cp) && prev >= 0 && MODIFIER_BASE.test(String.fromCodePoint(prev))) w = 0;
    else if (isRegionalIndicator(cp) && isRegionalIndicator(prev) && !pairedFlag) w = 0;
    else w = WIDE.test(String.fromCodePoint(cp)) ? 2 : 1;
    pairedFlag = isRegionalIndicator(cp) && isRegionalIndicator(prev) && !pairedFlag;
    joined = cp === ZWJ;
    width += w;
    if (cp !== ZWJ && cp !== VS16 && !isSkinTone(cp)) {
      prev = cp;
      prevWidth = w;
    }
  }
  return width;
}
