// The parser contract (chrono style): a module-level global regex run over one sentence, and an
// extract function turning a match into candidates (or nothing, when the context vetoes it).

import type { Candidate, ParsingContext } from './context.js';

/**
 * A parser's regex, as source and flags: compiled by runParser when a sentence first needs it.
 * Building a RegExp with \p classes costs ~0.2 ms even before its first use, and every command
 * evaluates every module of the bundle, so ~35 patterns built at import cost every run ~7 ms,
 * `newsx entities` included.
 */
export interface PatternSource {
  readonly source: string;
  readonly flags: string;
}

export function pattern(source: string, flags: string): PatternSource {
  return { source, flags };
}

export interface Parser {
  name: string;
  pattern: PatternSource;
  /**
   * Optional cheap test that every match of `pattern` passes (same flags, no \p classes): a
   * sentence that fails it cannot match, so `pattern` is not run on it. It saves per-sentence
   * work, and at start-up the compilation of patterns no sentence of a short article can match
   * (see runParser).
   */
  cue?: Cue;
  /** `m.index` is relative to the sentence; `offset` turns it into an article offset. */
  extract(ctx: ParsingContext, m: RegExpExecArray, offset: number): Candidate | Candidate[] | null;
}

/** A sentence test: a RegExp, or cueThen's pair of them. */
export interface Cue {
  test(text: string): boolean;
}

/**
 * The cue "`first`, then `then` somewhere after it" (`first` of fixed-length matches, as /in\s/):
 * what /in\s[^]*?(?:second|minute)/ says, in one pass. That regex tries every "in " of the
 * sentence and reads the rest of the sentence from each, so a long sentence with many "in"s and no
 * unit cost the square of its length; the first match leaves the most room after it, so one
 * search for `then` from there answers the same.
 */
export function cueThen(first: RegExp, then: RegExp): Cue {
  const after = new RegExp(then.source, then.flags.replace(/[gy]/g, '') + 'g');
  return {
    test(text: string): boolean {
      const m = first.exec(text);
      if (!m) return false;
      after.lastIndex = m.index + m[0].length;
      const found = after.test(text);
      after.lastIndex = 0;
      return found;
    },
  };
}

/** Word boundaries for patterns: no letter or digit right before or after. */
export const B = String.raw`(?<![\p{L}\p{N}])`;
export const E = String.raw`(?![\p{L}\p{N}])`;

/**
 * How runParser runs a pattern, built on first use. V8 compiles a regex on its first exec, and a
 * `[\p{L}\p{N}]` class under the `iu` flags costs about a millisecond each time (the case closure of
 * every letter), which made compiling the ~35 date patterns the largest start-up cost of the CLI
 * (with cues, most are now never compiled for a short article). A leading B that
 * governs the whole pattern is therefore taken out of the compiled regex and checked here, on the
 * character before the match, with the same flags: exec then finds the same matches (a start where
 * B fails is rejected and the scan resumes one character on, as the regex itself would do).
 */
interface Runner {
  re: RegExp;
  leadingBoundary: boolean;
  /** Run on the sentence's case-folded copy (foldedSource): `re` has `d` and not `i`. */
  folded: boolean;
}

const runners = new Map<Parser, Runner>();

function runnerOf(parser: Parser, text: string): Runner {
  let r = runners.get(parser);
  if (!r) {
    const { source, flags } = parser.pattern;
    const body = source.slice(B.length);
    const leadingBoundary = source.startsWith(B) && !hasTopLevelAlternation(body);
    const kept = leadingBoundary ? body : source;
    const lower = flags.includes('i') && flags.includes('u') ? foldedSource(kept) : null;
    r = lower === null
      ? { re: new RegExp(kept, flags), leadingBoundary, folded: false }
      : { re: new RegExp(lower, flags.replace('i', '') + 'd'), leadingBoundary, folded: true };
    compileOnce(r.re, r.folded ? foldText(text) : text);
    runners.set(parser, r);
  }
  return r;
}

/**
 * V8 runs a new regex in its bytecode interpreter and, from its second exec, recompiles it to
 * machine code: two compilations, each paying for the \p classes (cold `newsx analyze` spent
 * ~100 ms more on date regexes than with one). On a subject of 1,000 characters or more V8
 * compiles straight to machine code, so the first exec is made on the sentence padded to that
 * length (same string representation as the sentence, so the code is the one the sentences use);
 * its result is dropped. Setting --no-regexp-tier-up from inside the process instead crashed node
 * now and then (a segfault in ~1 of 200 cold runs): V8 flags must not change once it runs.
 */
function compileOnce(re: RegExp, text: string): void {
  re.lastIndex = 0;
  re.exec(text.length >= 1000 ? text : text + ' '.repeat(1000 - text.length));
  re.lastIndex = 0;
}

/**
 * An `iu` pattern as one without `i` that finds the same matches in the sentence's case-folded
 * copy (foldText), or null when that is not sure. V8 compiles `i` by closing every character and
 * class over case, and for a `[\p{L}\p{N}]` class under `u` that is most of the cost: the patterns
 * with spelled numbers compiled in 2-3 ms instead of 5-9. Under `iu` two letters beyond ASCII
 * match ASCII ones (the Kelvin sign K, the long s), and foldText maps them, so matching lower-case
 * ASCII on the folded copy is matching under `i`, provided the pattern names no cased letter
 * beyond ASCII, no case property (`\p{Lu}` under `iu` matches "a"), no range with an upper-case
 * end (`[A-z]` would change) and no back-reference; its upper-case ASCII letters become lower case.
 */
function foldedSource(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[\dkc]/.test(next)) return null;
      if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        const escape = source.slice(i, close + 1);
        if (next === 'P' || (next === 'p' && !/^\\p\{(?:L|N)\}$/.test(escape))) return null;
        out += escape;
        i = close;
      } else {
        out += c + next;
        i++;
      }
      continue;
    }
    if (c.charCodeAt(0) >= 0x80 && c.toLowerCase() !== c.toUpperCase()) return null;
    if (inClass) {
      if (c === ']') inClass = false;
      else if (/[A-Z]/.test(c) && (source[i - 1] === '-' || source[i + 1] === '-')) return null;
    } else if (c === '[') inClass = true;
    out += /[A-Z]/.test(c) ? c.toLowerCase() : c;
  }
  return out;
}

let lastText = '';
let lastFolded = '';

/**
 * The text with every character that `i` under `u` matches to an ASCII letter made that lower-case
 * letter, the same length (offsets stay): lower case of the whole text when that keeps its length
 * (other letters change case too, but a folded pattern names none of them, and the case of a letter
 * does not change whether it is one: \p{L}, \w), else of A-Z and the Kelvin sign alone; the long s
 * made s. The last sentence's copy is kept, since the parsers run one after another on it.
 */
function foldText(text: string): string {
  if (text === lastText) return lastFolded;
  let folded = text.toLowerCase();
  if (folded.length !== text.length) folded = text.replace(/[A-Z\u212A]/g, (c) => (c === '\u212A' ? 'k' : c.toLowerCase()));
  if (folded.includes('\u017F')) folded = folded.replaceAll('\u017F', 's');
  lastText = text;
  lastFolded = folded;
  return folded;
}

/** Whether `|` occurs outside every group and class of a regex source (then B leads one branch only). */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

// The class of B, for the rare non-ASCII character before a match (compiled only then).
let letterOrDigitU: RegExp | null = null;
let letterOrDigitIU: RegExp | null = null;

/** Whether B holds at `p` of `s` for a pattern with these flags. */
function boundaryBefore(s: string, p: number, ignoreCase: boolean): boolean {
  if (p === 0) return true;
  const c = s.charCodeAt(p - 1);
  if (c < 0x80) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  // the code point that ends at p (a lookbehind in `u` mode reads a surrogate pair as one)
  const ch = c >= 0xdc00 && c <= 0xdfff && p >= 2 && s.charCodeAt(p - 2) >= 0xd800 && s.charCodeAt(p - 2) <= 0xdbff ? s.slice(p - 2, p) : s[p - 1];
  const re = ignoreCase ? (letterOrDigitIU ??= /^[\p{L}\p{N}]$/iu) : (letterOrDigitU ??= /^[\p{L}\p{N}]$/u);
  return !re.test(ch);
}

const compiled = new Set<RegExp>();

/** re.test(text), the regex compiled on its first use straight to machine code (compileOnce). */
export function testCompiledOnce(re: RegExp, text: string): boolean {
  if (!compiled.has(re)) {
    compileOnce(re, text);
    compiled.add(re);
  }
  return re.test(text);
}

/** Every candidate the parser finds in the current sentence, added to `out`. */
export function runParser(parser: Parser, ctx: ParsingContext, out: Candidate[] = []): Candidate[] {
  const text = ctx.sentenceText;
  // a cue runs on every sentence: compiled once, to machine code, like the patterns
  if (parser.cue && !(parser.cue instanceof RegExp ? testCompiledOnce(parser.cue, text) : parser.cue.test(text))) return out;
  const { re, leadingBoundary, folded } = runnerOf(parser, text);
  const ignoreCase = folded || re.ignoreCase;
  const subject = folded ? foldText(text) : text;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(subject)) !== null) {
    if (leadingBoundary && !boundaryBefore(text, m.index, ignoreCase)) {
      const c = text.charCodeAt(m.index);
      const d = text.charCodeAt(m.index + 1);
      re.lastIndex = m.index + (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1);
      continue;
    }
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (folded) unfold(m, text);
    const found = parser.extract(ctx, m, ctx.sentence.start);
    if (Array.isArray(found)) out.push(...found);
    else if (found) out.push(found);
  }
  return out;
}

/** A match on the folded copy made a match on `text`: each group's text read at its indices. */
function unfold(m: RegExpExecArray, text: string): void {
  const at = m.indices!;
  for (let k = 0; k < m.length; k++) if (at[k]) m[k] = text.slice(at[k][0], at[k][1]);
  m.input = text;
}

export function candidate(
  source: string,
  start: number,
  text: string,
  fields: Omit<Candidate, 'start' | 'end' | 'source' | 'range'> & { range?: Candidate['range'] },
): Candidate {
  return { start, end: start + text.length, range: null, source, ...fields };
}
