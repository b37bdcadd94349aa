// Double quotation marks and which way each one faces. Curly marks and guillemets say it
// themselves (though writers do type ” for an opening mark at a paragraph start); a straight "
// faces the way its flanks say: space before and a letter after opens, the reverse closes.

export type MarkRole = 'open' | 'close' | 'either' | 'skip';

/** Every double quotation mark the finder looks at; single marks only ever appear nested. */
export const DOUBLE_MARK_RE = /["“”„‟«»]/g;

const OPENERS = new Set(['“', '„', '‟', '«']);
const CLOSERS = new Set(['”', '»']);
// What may stand before an opening mark / after a closing one.
const LEFT_FLANK = /[\s([{\u2014\u2013\u2015\-/:;,]/;
const RIGHT_FLANK = /[\s)\]}.,;:!?\u2014\u2013\u2015\-…'’]/;

function leftFlanked(text: string, i: number, lo: number): boolean {
  return i === lo || LEFT_FLANK.test(text[i - 1]);
}

function rightFlanked(text: string, i: number, hi: number): boolean {
  return i + 1 >= hi || RIGHT_FLANK.test(text[i + 1]);
}

/** The role of the mark at text[i] inside the paragraph [lo, hi). */
export function markRole(text: string, i: number, lo: number, hi: number): MarkRole {
  const c = text[i];
  // An HTML attribute value (author="…") is markup, not a quotation.
  if (c === '"' && i > lo && text[i - 1] === '=') return 'skip';
  const left = leftFlanked(text, i, lo);
  const right = rightFlanked(text, i, hi);
  if (OPENERS.has(c)) return !left && right ? 'close' : 'open';
  if (CLOSERS.has(c)) return left && !right ? 'open' : 'close';
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return 'either';
}
