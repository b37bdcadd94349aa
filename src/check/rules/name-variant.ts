// One person or organisation spelled two ways in the same article: "Vučić" and "Vucic",
// "Braverman" and "Bravermann". The names come from the entities (people's surnames, and
// organisations' names); the other spelling is looked for among every capitalised word of the
// text, so a misspelling the recogniser did not take for a name is still found. Left alone:
// case alone (a headline's BRAVERMAN), plurals and possessives, a word the article also writes
// in lower case (a common word), short names (four letters or fewer: Iran/Iraq, Joe/Jon), and two
// surnames each with its own, different first names (two people).

import type { Entity } from '../../types.js';
import { editDistance } from '../../article/edit-distance.js';
import { fold } from '../text.js';
import type { CheckContext, RawFinding, Rule } from '../types.js';

const WORD_RE = /[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;
const CAPITALISED_RE = /^\p{Lu}[\p{Ll}\p{M}]/u;
const SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);
const POSSESSIVE_RE = /['’]s?$/;

interface Form {
  word: string;
  folded: string;
  /** Spans of the word in the text, in order. */
  at: { start: number; end: number }[];
  /** Initials of the first names it is written with ("S" for "Suella Braverman"). */
  given: Set<string>;
  /** It is a person's surname or an organisation's one-word name (an entity the article names). */
  named: boolean;
  /** It stands inside another name, not as its last word (Osama of "Osama bin Laden"). */
  inner: boolean;
}

function nameWords(mention: string): string[] {
  return mention
    .split(/\s+/)
    .map((w) => w.replace(POSSESSIVE_RE, ''))
    .filter((w) => w && !SUFFIXES.has(w));
}

/** Every word of the text by its spelling, and which of them the entities make names. */
function collect(ctx: CheckContext, entities: readonly Entity[]): { forms: Map<string, Form>; lower: Set<string> } {
  const forms = new Map<string, Form>();
  const lower = new Set<string>();
  for (const m of ctx.text.matchAll(WORD_RE)) {
    const word = m[0].replace(POSSESSIVE_RE, '');
    if (!CAPITALISED_RE.test(word)) {
      if (/^\p{Ll}/u.test(word)) lower.add(fold(word));
      continue;
    }
    let f = forms.get(word);
    if (!f) forms.set(word, (f = { word, folded: fold(word), at: [], given: new Set(), named: false, inner: false }));
    f.at.push({ start: m.index, end: m.index + word.length });
  }
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORGANIZATION') continue;
    for (const mention of e.mentions) {
      const words = nameWords(mention.text);
      const last = words[words.length - 1];
      const f = last ? forms.get(last) : undefined;
      if (!f) continue;
      if (e.type === 'PERSON' || words.length === 1) f.named = true;
      // First names by their initial, so "M. Dekker" and "Matt Dekker" agree and "Mats Lanner" and "Bernhard Langer" do not.
      if (e.type === 'PERSON') for (const g of words.slice(0, -1)) if (/^\p{Lu}/u.test(g)) f.given.add(g[0]);
      for (const w of words.slice(0, -1)) {
        const inner = forms.get(w);
        if (inner) inner.inner = true;
      }
    }
  }
  return { forms, lower };
}

type Kind = 'diacritics' | 'spelling';

// Endings that make another word of the same stem: plurals, people and adjectives of places
// (Korea/Korean, Azerbaijan/Azerbaijani), agents and actions (Commission/Commissioner).
const ENDINGS = ['', 's', 'es', 'i', 'an', 'ian', 'ese', 'er', 'ers', 'or', 'ors', 'ion', 'ions', 'ic', 'ics', 'al', 'ism', 'ist', 'ists'];
const VOWEL_N_RE = /[aeiou]n$/;

/** `b` is `a` with another ending of the same stem (or `a` + n after a vowel: Korea/Korean). */
function derived(a: string, b: string): boolean {
  for (let cut = 0; cut <= 4 && cut < a.length - 3; cut++) {
    const stem = a.slice(0, a.length - cut);
    if (!b.startsWith(stem) || !ENDINGS.includes(a.slice(stem.length))) continue;
    const rest = b.slice(stem.length);
    if (ENDINGS.includes(rest) || (rest === 'n' && VOWEL_N_RE.test(b))) return true;
  }
  return false;
}

function variant(x: Form, y: Form): Kind | null {
  const [a, b, fa, fb] = [x.word, y.word, x.folded, y.folded];
  if (Math.abs(fa.length - fb.length) > 2) return null;
  if (fa === fb) return a.toLowerCase() === b.toLowerCase() ? null : 'diacritics';
  if (derived(fa, fb) || derived(fb, fa)) return null;
  const shorter = Math.min(fa.length, fb.length);
  // Typos keep a name's first letter: Leeson and Neeson, Komen and Women are other words.
  // Four letters are enough for the other spelling when the name has five (Trump/Trmp), not when both are short.
  if (Math.max(fa.length, fb.length) < 5 || shorter < 4 || fa[0] !== fb[0]) return null;
  // Two edits only in long names, and never in the first two letters (Warrington/Workington).
  const limit = shorter >= 8 && fa[1] === fb[1] ? 2 : 1;
  return editDistance(fa, fb, limit) <= limit ? 'spelling' : null;
}

/** Two people: both written with first names, and none in common. */
function twoPeople(a: Form, b: Form): boolean {
  if (!a.given.size || !b.given.size) return false;
  for (const g of a.given) if (b.given.has(g)) return false;
  return true;
}

/** Which of the two spellings to flag: the rarer; on a tie the one never written in full, then the later. */
function odd(a: Form, b: Form): [Form, Form] {
  if (a.at.length !== b.at.length) return a.at.length < b.at.length ? [a, b] : [b, a];
  if (a.given.size !== b.given.size) return a.given.size < b.given.size ? [a, b] : [b, a];
  return a.at[0].start > b.at[0].start ? [a, b] : [b, a];
}

export const nameVariant: Rule = {
  id: 'name-variant',
  severity: 'error',
  summary: 'one person or organisation spelled two ways ("Vučić" / "Vucic", "Braverman" / "Bravermann")',
  help:
    "Flags a person's surname or an organisation's name written two ways in one article: with and without " +
    'diacritics ("Vučić" / "Vucic"), or one letter apart (two for names of eight letters or more: "Braverman" / ' +
    '"Bravermann"). The rarer spelling is flagged, at its first place. Not flagged: a difference of case alone, ' +
    'plurals and possessives, names of four letters or fewer, a word the article also uses in lower case, and two ' +
    'surnames that each come with their own first names (two different people, such as a Johnson and a Johnston).',
  find(ctx) {
    const { forms, lower } = collect(ctx, ctx.report.entities ?? []);
    const named = [...forms.values()].filter((f) => f.named && f.word.length >= 4);
    const all = [...forms.values()];
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    for (const n of named) {
      for (const w of all) {
        if (w === n || seen.has(`${w.word}\u0000${n.word}`)) continue;
        const kind = variant(n, w);
        if (!kind) continue;
        seen.add(`${n.word}\u0000${w.word}`);
        if (kind === 'spelling' && (lower.has(w.folded) || w.inner || twoPeople(n, w))) continue;
        const [flagged, other] = odd(n, w);
        // The spelling taken for the right one must be a name the article gives (not Women for Komen).
        if (!other.named) continue;
        const first = flagged.at[0];
        const times = (f: Form) => (f.at.length === 1 ? 'once' : `${f.at.length} times`);
        const how = kind === 'diacritics' ? 'with different diacritics' : 'spelled differently';
        out.push({ ...first, message: `"${flagged.word}" (${times(flagged)}) and "${other.word}" (${times(other)}): one name ${how}?` });
      }
    }
    out.push(...givenNameVariants(ctx.text, named, lower));
    // One finding per place (a word may be the odd one out of two comparisons).
    const byStart = new Map(out.map((f) => [f.start, f]));
    return [...byStart.values()].sort((a, b) => a.start - b.start);
  },
};

const GIVEN_BEFORE_RE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+)\s+$/u;

/**
 * First names of one surname written two ways: "Hillary Clinton" and "Hilary Clinton". Only
 * names with the same surname are compared, so Daniel Ortega and Daniela Vega stay apart.
 */
function givenNameVariants(text: string, surnames: readonly Form[], lower: ReadonlySet<string>): RawFinding[] {
  const out: RawFinding[] = [];
  for (const surname of surnames) {
    const given = new Map<string, Form>();
    for (const at of surname.at) {
      const m = GIVEN_BEFORE_RE.exec(text.slice(Math.max(0, at.start - 40), at.start));
      if (!m) continue;
      const start = at.start - m[0].length;
      let f = given.get(m[1]);
      if (!f) given.set(m[1], (f = { word: m[1], folded: fold(m[1]), at: [], given: new Set(), named: true, inner: false }));
      f.at.push({ start, end: start + m[1].length });
    }
    const forms = [...given.values()];
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        const kind = variant(forms[i], forms[j]);
        if (!kind || (kind === 'spelling' && (lower.has(forms[i].folded) || lower.has(forms[j].folded)))) continue;
        const [flagged, other] = odd(forms[i], forms[j]);
        const how = kind === 'diacritics' ? 'with different diacritics' : 'spelled differently';
        out.push({ ...flagged.at[0], message: `"${flagged.word} ${surname.word}" and "${other.word} ${surname.word}": one name ${how}?` });
      }
    }
  }
  return out;
}
