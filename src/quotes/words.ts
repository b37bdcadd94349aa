// Closed-class English words the attribution heuristics lean on. These are grammar, not a
// gazetteer: the few function words that delimit a speaker's noun phrase around a reporting verb.

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** Subject pronouns that can name a speaker ("He said", "said she"). */
export const PRONOUNS = set('he she they it we i you');

/** Words that may open a speaker noun phrase without being part of a name. */
export const DETERMINERS = set('the a an this that these those his her their its our my your another one some several two three many both each');

/** Determiners of a description that names no one in particular: "a police spokesman", "some officials". */
export const INDEFINITES = set('a an another one some several many two three few');

/** Words that may sit between a speaker and the reporting verb: "he later said", "has told". */
export const VERB_MODIFIERS = set(
  "also later earlier then now still just again repeatedly often further once even already recently previously reportedly allegedly quickly simply flatly bluntly angrily publicly privately separately initially first finally never not n't has have had is are was were will would could should can may might must did does do 's 'd ’s ’d been being once herself himself themselves itself",
);

/** Function words that end a speaker noun phrase: prepositions, conjunctions, auxiliaries. */
export const NP_BOUNDARIES = set(
  'and or but nor that which who whom whose where when while because if though although so than as like since until unless whether in on at to with by from after before during about over into onto through against among under without within upon between across around near toward towards via per what how why is are was were be been being has have had do does did will would can could should may might must not never also then there here',
);

/** Prepositions and conjunctions end a noun phrase even when capitalised at a sentence start. */
export const CAPITALISED_BOUNDARIES = set(
  'and or but that which who when while because if though although as in on at to with by from after before during about over into through against among under without within upon between across around since until unless whether what how why so then there here also however still yet',
);

/** Prepositions (not those that also open a clause: after, before, since): a noun phrase right
 *  after one is its object, never a verb's subject ("marching through the streets chanted"). */
export const PREPOSITIONS = set(
  'in on at to with by from during about over into onto through against among under without within upon between across around near toward towards via per of for like despite amid',
);

/** Words that may sit inside a noun phrase and link its parts: "a spokesman for the ministry". */
export const NP_LINKS = set('of for');

/** Words naming a time, which follow a verb without being its subject ("said Friday"). */
export const TIME_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow january february march april may june july august september october november december last next this earlier later recently',
);

/** Dashes that introduce a byline-style attribution: “…” ― Name. */
export const DASHES = set('― — –');

/** Head nouns of capitalised role phrases ("the Serbian President"), which are not names. */
export const ROLE_HEADS = set(
  'president minister secretary governor senator congressman congresswoman representative chairman chairwoman chair director spokesman spokeswoman spokesperson chancellor premier king queen pope leader chief general ambassador mayor judge prosecutor commissioner ceo founder candidate nominee adviser advisor aide official officials spokesmen',
);
