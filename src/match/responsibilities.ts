import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Sentence } from '../types.js';
import { TERM_KIND, TermList } from './terms.js';
import { sortInPlace } from './order.js';
import { sentenceFinder } from './skills.js';

/** A duty found in one sentence. */
export interface DutyMention {
  responsibility: number;
  sentence: number;
  /** Offsets of the evidence: the verb (or noun, or phrase) and the object. */
  start: number;
  end: number;
  /** How it matched, for --explain: "verb+object", "noun+object" or "phrase". */
  rule: 'verb+object' | 'noun+object' | 'phrase';
}

/** Sections whose sentences are qualifications or context, not duties. */
const NOT_DUTY = new Set(['requirements', 'preferred', 'benefits', 'about']);
/** Max characters between an object and a noun of action that follows it ("API development"). */
const NOUN_AFTER_OBJECT = 30;

/** "Monitoring/Visualization: Grafana", "Backend: Kotlin": a label, not a duty. */
const LABEL = /^[^.:]{0,40}:/;
const FIRST_WORD = /^[^\p{L}]*([\p{L}'’-]+)(?=[\s,]|$)/u;

/** The sentence's first word when it reads as a verb starting a clause, else ''. */
function firstWord(text: string, s: Sentence): string {
  const head = text.slice(s.start, Math.min(s.end, s.start + 60));
  if (LABEL.test(head)) return '';
  const m = FIRST_WORD.exec(head);
  return m ? m[1].toLowerCase() : '';
}

/**
 * True when the sentence gives the hire work to do: it is in a responsibilities section,
 * it holds a duty cue ("you will"), or it starts with a duty verb outside qualification,
 * benefit and company sections.
 */
export function isDutySentence(dict: CompiledDictionary, text: string, s: Sentence, hasCue: boolean): boolean {
  if (s.heading) return false;
  if (s.section === 'responsibilities' || hasCue) return true;
  if (NOT_DUTY.has(s.section)) return false;
  return dict.dutyStarters.has(firstWord(text, s));
}

/**
 * Where a sentence's duty terms may start: its start when it is a duty sentence, the
 * "to ..." clause of a hiring sentence (`clause`), or -1 when it gives no duties.
 */
function dutyStart(dict: CompiledDictionary, text: string, s: Sentence, hasCue: boolean, clause: number | undefined): number {
  if (isDutySentence(dict, text, s, hasCue)) return s.start;
  return clause !== undefined && !s.heading ? clause : -1;
}

/** A responsibility's term sets as byte maps indexed by term (1: in the set): cheaper than Set lookups in the pair loop. */
interface RuleBits {
  verbs: Uint8Array;
  nouns: Uint8Array;
  objects: Uint8Array;
  phrases: Uint8Array;
}

/** For each verb lemma, noun and phrase term: the responsibilities that use it, in order; and each rule's term maps. */
interface RuleIndex {
  verb: Map<number, number[]>;
  noun: Map<number, number[]>;
  phrase: Map<number, number[]>;
  bits: RuleBits[];
}

function byteMap(set: Set<number>): Uint8Array {
  const map = new Uint8Array(set.size ? Math.max(...set) + 1 : 0);
  for (const t of set) map[t] = 1;
  return map;
}

const RULE_INDEXES = new WeakMap<CompiledDictionary['responsibilities'], RuleIndex>();

function ruleIndex(responsibilities: CompiledDictionary['responsibilities']): RuleIndex {
  let index = RULE_INDEXES.get(responsibilities);
  if (!index) {
    index = {
      verb: new Map(),
      noun: new Map(),
      phrase: new Map(),
      bits: responsibilities.map((r) => ({ verbs: byteMap(r.verbs), nouns: byteMap(r.nouns), objects: byteMap(r.objects), phrases: byteMap(r.phrases) })),
    };
    const put = (map: Map<number, number[]>, term: number, ri: number) => {
      const list = map.get(term);
      if (!list) map.set(term, [ri]);
      else if (list[list.length - 1] !== ri) list.push(ri);
    };
    responsibilities.forEach((r, ri) => {
      for (const v of r.verbs) put(index!.verb, v, ri);
      for (const n of r.nouns) put(index!.noun, n, ri);
      for (const p of r.phrases) put(index!.phrase, p, ri);
    });
    RULE_INDEXES.set(responsibilities, index);
  }
  return index;
}

/**
 * The responsibilities a sentence's terms (`hits`, indexes into `terms`) could match, in
 * order: a rule needs one of its phrases, verbs or nouns among them (an object alone
 * matches nothing).
 */
function candidates(index: RuleIndex, terms: TermList, hits: number[]): number[] {
  const out: number[] = [];
  for (const h of hits) {
    const rules = ruleMap(index, terms.kind[h])?.get(terms.term[h]);
    if (rules === undefined) continue;
    // Kept sorted and unique as they come (a handful at most).
    for (const ri of rules) {
      let at = out.length;
      while (at > 0 && out[at - 1] > ri) at--;
      if (at > 0 && out[at - 1] === ri) continue;
      out.push(ri);
      for (let k = out.length - 1; k > at; k--) out[k] = out[k - 1];
      out[at] = ri;
    }
  }
  return out;
}

/** How far after a hiring word its "to" may come: "looking for a full-time Frontend and Backend Engineer to build". */
const HIRED_TO_WITHIN = 200;
/** The " to " (and the word after it) that opens the clause. */
const HIRED_TO = /\sto\s+(?=\p{L})/iu;

/**
 * Sentences that say what the hire is wanted for: "We are seeking an experienced Back-End
 * Developer to work closely with our engineering team", "looking for Python engineers to
 * work on ...". From each hiring word (`hiringAt`: seeking, looking for, hiring, ...) the
 * first " to " and a word within HIRED_TO_WITHIN characters, in the same sentence: the
 * clause after it states duties, what comes before it (the person wanted) does not. Gives
 * each such sentence the offset where its clause starts.
 */
function hiringClauses(text: string, sentences: Sentence[], hiringAt: readonly number[], sentenceOf: (offset: number) => number): Map<number, number> {
  const out = new Map<number, number>();
  for (const h of hiringAt) {
    const si = sentenceOf(h);
    if (si < 0) continue;
    const end = Math.min(sentences[si].end, h + HIRED_TO_WITHIN);
    const m = HIRED_TO.exec(text.slice(h, end));
    if (!m) continue;
    const at = h + m.index + m[0].length;
    const known = out.get(si);
    if (known === undefined || at < known) out.set(si, at);
  }
  return out;
}

/** The sentence of each term hit (reused between postings). */
let hitSentence = new Int32Array(1024);

/**
 * Finds duties: per duty sentence, verb -> object pairs, noun/object pairs and phrases. A
 * sentence is looked at closely only when a term hit in it is a verb, noun or phrase of
 * some duty and it reads as a duty sentence.
 */
export function resolveDutyList(dict: CompiledDictionary, text: string, sentences: Sentence[], terms: TermList, hiringAt: readonly number[] = []): DutyMention[] {
  const n = terms.length;
  if (hitSentence.length < n) hitSentence = new Int32Array(n * 2);
  const index = ruleIndex(dict.responsibilities);
  const sentenceOf = sentenceFinder(sentences);
  const { kind, term, start } = terms;
  const cueSentences = new Set<number>();
  // 1: a hit names some duty's verb, noun or phrase.
  const worth = new Uint8Array(sentences.length);
  for (let i = 0; i < n; i++) {
    const si = sentenceOf(start[i]);
    hitSentence[i] = si;
    const k = kind[i];
    if (k === CUE) cueSentences.add(si);
    else if (si >= 0 && worth[si] === 0 && k !== OBJECT && ruleMap(index, k)?.has(term[i])) worth[si] = 1;
  }
  const hiredTo = hiringClauses(text, sentences, hiringAt, sentenceOf);
  // The hits of each duty sentence, and where in it they may start (-1: no duty sentence).
  const bySentence = new Map<number, number[]>();
  const from = new Int32Array(sentences.length).fill(-1);
  for (let si = 0; si < worth.length; si++) {
    if (worth[si] === 0) continue;
    from[si] = dutyStart(dict, text, sentences[si], cueSentences.has(si), hiredTo.get(si));
    if (from[si] >= 0) bySentence.set(si, []);
  }
  if (bySentence.size === 0) return [];
  // Terms may overlap ("backend services" and "services" serve different duties): all are kept.
  for (let i = 0; i < n; i++) {
    const si = hitSentence[i];
    if (si >= 0 && from[si] >= 0 && kind[i] !== CUE && start[i] >= from[si]) bySentence.get(si)!.push(i);
  }
  const out: DutyMention[] = [];
  for (const [si, hits] of bySentence) {
    sortInPlace(hits, (a, b) => start[a] - start[b]);
    // Verbs, nouns and phrases; objects: each in text order.
    const anchors = hits.filter((h) => kind[h] !== OBJECT);
    const objects = hits.filter((h) => kind[h] === OBJECT);
    for (const ri of candidates(index, terms, anchors)) {
      const span = matchRule(dict.responsibilities[ri], index.bits[ri], terms, anchors, objects);
      if (span) out.push({ responsibility: ri, sentence: si, ...span });
    }
  }
  return out;
}

const { verb: VERB, noun: NOUN, object: OBJECT, phrase: PHRASE, cue: CUE } = TERM_KIND;

function ruleMap(index: RuleIndex, kind: number): Map<number, number[]> | null {
  return kind === VERB ? index.verb : kind === NOUN ? index.noun : kind === PHRASE ? index.phrase : null;
}

type Span = Omit<DutyMention, 'responsibility' | 'sentence'>;

/**
 * The span where the rule matches among a sentence's hits (indexes into `terms`, in text
 * order: `anchors` its verbs, nouns and phrases, `objects` its objects), or null.
 */
function matchRule(r: CompiledDictionary['responsibilities'][number], bits: RuleBits, terms: TermList, anchors: number[], objects: number[]): Span | null {
  const { kind, term, start, end } = terms;
  for (const h of anchors) {
    if (kind[h] === PHRASE && bits.phrases[term[h]] === 1) return { start: start[h], end: end[h], rule: 'phrase' };
  }
  // The pairs are tried verb by verb, and for each the rule's objects in text order.
  for (const a of anchors) {
    const isVerb = kind[a] === VERB && bits.verbs[term[a]] === 1;
    const isNoun = kind[a] === NOUN && bits.nouns[term[a]] === 1;
    if (!isVerb && !isNoun) continue;
    for (const o of objects) {
      if (bits.objects[term[o]] !== 1) continue;
      if (start[o] >= end[a] && start[o] - end[a] <= r.window) return { start: start[a], end: end[o], rule: isVerb ? 'verb+object' : 'noun+object' };
      if (isNoun && end[o] <= start[a] && start[a] - end[o] <= NOUN_AFTER_OBJECT) return { start: start[o], end: end[a], rule: 'noun+object' };
    }
  }
  return null;
}
