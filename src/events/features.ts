// Features of the event-trigger classifier: one token in its sentence, with POS tags, read the
// same way at training time (scripts/train-events.ts) and at run time (recognize.ts).

import { normWord, shape } from '../model/pos.js';
import { sensesOf } from './senses.js';

export interface TaggedSentence {
  words: readonly string[];
  lower: readonly string[];
  tags: readonly string[];
}

export function taggedSentence(words: readonly string[], tags: readonly string[]): TaggedSentence {
  return { words, lower: words.map(normWord), tags };
}

// Crude lemma by suffix stripping: "promised"/"promises"/"promising" → "promis", so an inflection
// unseen in training shares weights with the seen ones. Nominal suffixes are stripped separately
// (stem below) so "invasion" meets "invade" only through the stem feature.
export function lemmaOf(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed')) return undouble(w.slice(0, -2).replace(/e$/, ''));
  if (w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1).replace(/e$/, '');
  return w.replace(/e$/, '');
}

function undouble(s: string): string {
  return /([bdgklmnprt])\1$/.test(s) ? s.slice(0, -1) : s.replace(/e$/, '');
}

const NOMINAL = /(?:ations?|itions?|tions?|sions?|ments?|ances?|ences?|als?|ures?|ings?|als?)$/;

/** Stem shared by a verb and its nominalisation ("invade"/"invasion" → "inva", "agree"/"agreement"). */
export function stemOf(w: string): string {
  const s = w.replace(NOMINAL, '');
  return (s.length >= 3 ? s : w).slice(0, 5);
}

// Words that carry tense, aspect or mood for the verb after them; their presence before a token
// says it is a verb in a verbal group (an event) rather than a noun.
const AUX = new Set(
  "be is are was were been being am 's 're 'm ’s ’re ’m have has had having 've ’ve 'd ’d do does did will would shall should may might can could must 'll ’ll to get got".split(' '),
);

/** Nearest auxiliary before token i, skipping adverbs and negation; '' when none. */
function auxBefore(s: TaggedSentence, i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (AUX.has(s.lower[k])) return s.lower[k];
    if (!(s.tags[k] === 'RB' || s.lower[k] === "n't" || s.lower[k] === 'n’t')) return '';
  }
  return '';
}

function auxClass(a: string): string {
  if (!a) return '-';
  if (a === 'to') return 'to';
  if (/^(be|is|are|was|were|been|being|am|'s|'re|'m|’s|’re|’m)$/.test(a)) return 'be';
  if (/^(have|has|had|having|'ve|’ve|'d|’d)$/.test(a)) return 'have';
  if (/^(do|does|did)$/.test(a)) return 'do';
  if (/^(get|got)$/.test(a)) return 'get';
  return 'modal';
}

/** Features of token i that do not depend on the previous decision (computed once per token). */
interface WordInfo {
  lemma: string;
  stem: string;
  shape: string;
  verb: string;
  noun: string;
  sense: string;
}

// Per-word facts are the costly part of the features (regexes, lemma look-ups) and words repeat:
// computed once per distinct word form. Bounded so a long run cannot grow it without end.
const WORD_CACHE_LIMIT = 200_000;
const wordCache = new Map<string, WordInfo>();

function infoOf(word: string, w: string): WordInfo {
  const key = word;
  let info = wordCache.get(key);
  if (!info) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    const sense = sensesOf(w);
    info = { lemma: lemmaOf(w), stem: stemOf(w), shape: shape(word).slice(0, 4), verb: sense.verb, noun: sense.noun, sense: sense.lemma };
    wordCache.set(key, info);
  }
  return info;
}

export function eventFeatures(s: TaggedSentence, i: number): string[] {
  const w = s.lower[i];
  const t = s.tags[i];
  const info = infoOf(s.words[i], w);
  const lemma = info.lemma;
  const at = (k: number, a: readonly string[], edge: string) => (k < 0 || k >= a.length ? edge : a[k]);
  const w1 = at(i - 1, s.lower, '<s>');
  const w2 = at(i - 2, s.lower, '<s>');
  const n1 = at(i + 1, s.lower, '</s>');
  const n2 = at(i + 2, s.lower, '</s>');
  const t1 = at(i - 1, s.tags, '<s>');
  const tn1 = at(i + 1, s.tags, '</s>');
  const aux = auxBefore(s, i);
  const sense = { verb: info.verb, noun: info.noun, lemma: info.sense };
  const field = t.startsWith('V') ? sense.verb : t.startsWith('N') ? sense.noun : '';
  const cap = /^\p{Lu}/u.test(s.words[i]) && i > 0 ? 'C' : 'l';
  return [
    'b',
    'w=' + w,
    'l=' + lemma,
    'st=' + info.stem,
    's3=' + w.slice(-3),
    's4=' + w.slice(-4),
    'sh=' + info.shape,
    't=' + t,
    't1=' + t1,
    't+1=' + tn1,
    'tt=' + t1 + '|' + t + '|' + tn1,
    'lt=' + lemma + '|' + t.slice(0, 2),
    'w-1=' + w1,
    'w-2=' + w2,
    'w+1=' + n1,
    'w+2=' + n2,
    'w-1l=' + w1 + '|' + lemma,
    'lw+1=' + lemma + '|' + n1,
    'aux=' + auxClass(aux) + '|' + t,
    'auxw=' + aux + '|' + lemma,
    'cap=' + cap + t,
    'wl=' + sense.lemma,
    'wf=' + field.split(',')[0] + '|' + t.slice(0, 2),
    'wv=' + sense.verb.split(',')[0] + '|' + t.slice(0, 2),
    'wn=' + (sense.noun ? '1' : '0') + (sense.verb ? '1' : '0') + '|' + t.slice(0, 2),
    'wfa=' + field.split(',')[0] + '|' + auxClass(aux),
    // A noun that is also a verb, before "of"/"to"/"by", usually names the act ("surrender to").
    'dv=' + (sense.verb ? 'V' : '-') + '|' + t.slice(0, 2) + '|' + n1 + '|' + (t1 === 'POS' || t1 === 'PRP$' ? 'poss' : '-'),
    // Every field of the first senses, so "surrender" (feeling, communication, act) shares weights
    // with other nouns that can name an act.
    ...(field ? field.split(',').map((f) => 'wff=' + f + '|' + t.slice(0, 2)) : []),
  ];
}

/** Features that read the label chosen for the previous token. */
export function historyFeatures(s: TaggedSentence, i: number, prev: string): string[] {
  return ['p=' + prev, 'pt=' + prev + '|' + s.tags[i]];
}

/** The label set: O and the TimeML classes, in model order. */
export const LABELS = ['O', 'OCCURRENCE', 'REPORTING', 'STATE', 'I_ACTION', 'I_STATE', 'ASPECTUAL', 'PERCEPTION'] as const;
