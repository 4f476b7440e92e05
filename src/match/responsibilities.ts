import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Sentence } from '../types.js';
import { SPACE } from './chars.js';
import type { TermHit } from './hits.js';
import { TERM_KIND, TermList } from './terms.js';
import { sortInPlace } from './order.js';
import { sentenceFinder } from './skills.js';
import { codePointAt, codePointBefore, isLetter, unitsOf } from './unicode.js';

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

/** The sentence's first word when it reads as a verb starting a clause, else ''. */
function firstWord(text: string, s: Sentence): string {
  const end = Math.min(s.end, s.start + 60);
  // "Monitoring/Visualization: Grafana" and "Backend: Kotlin" are labels, not duties
  // (/^[^.:]{0,40}:/ over the first 60 characters).
  for (let i = s.start; i < end && i <= s.start + 40; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return '';
    if (c === 46) break;
  }
  // /^[^\p{L}]*([\p{L}'’-]+)(?=[\s,]|$)/u, with its backtracking: from the first letter
  // (or the end) back towards the start, the first place where a run of letters,
  // apostrophes and hyphens begins that a space, a comma or the end follows.
  let first = s.start;
  while (first < end) {
    const cp = codePointAt(text, first, end);
    if (isLetter(cp)) break;
    first += unitsOf(cp);
  }
  for (let i = first; i >= s.start; ) {
    if (i < end) {
      const cp = codePointAt(text, i, end);
      if (isLetter(cp) || cp === 39 || cp === 0x2019 || cp === 45) {
        let j = i;
        while (j < end) {
          const c = codePointAt(text, j, end);
          if (!(isLetter(c) || c === 39 || c === 0x2019 || c === 45)) break;
          j += unitsOf(c);
        }
        if (j === end || SPACE[text.charCodeAt(j)] || text.charCodeAt(j) === 44) return text.slice(i, j).toLowerCase();
      }
    }
    if (i === s.start) break;
    i -= unitsOf(codePointBefore(text, i, s.start));
  }
  return '';
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

/** Finds duties: per duty sentence, verb -> object pairs, noun/object pairs and phrases. */
export function resolveDuties(dict: CompiledDictionary, text: string, sentences: Sentence[], hits: TermHit[]): DutyMention[] {
  return resolveDutyList(dict, text, sentences, TermList.of(hits));
}

/** The sentence of each term hit (reused between postings). */
let hitSentence = new Int32Array(1024);

/**
 * resolveDuties over term hits kept as a TermList: a sentence is looked at closely only
 * when a hit in it is a verb, noun or phrase of some duty and it reads as a duty sentence.
 */
export function resolveDutyList(dict: CompiledDictionary, text: string, sentences: Sentence[], terms: TermList, hiringAt: readonly number[] = []): DutyMention[] {
  const n = terms.length;
  if (hitSentence.length < n) hitSentence = new Int32Array(n * 2);
  const index = ruleIndex(dict.responsibilities);
  const sentenceOf = sentenceFinder(sentences);
  const { kind, term, start } = terms;
  const cueSentences = new Set<number>();
  // 1: a hit names some duty's verb, noun or phrase; 2: and the sentence gives work to do.
  const worth = new Uint8Array(sentences.length);
  for (let i = 0; i < n; i++) {
    const si = sentenceOf(start[i]);
    hitSentence[i] = si;
    const k = kind[i];
    if (k === CUE) cueSentences.add(si);
    else if (si >= 0 && worth[si] === 0 && k !== OBJECT && ruleMap(index, k)?.has(term[i])) worth[si] = 1;
  }
  const hiredTo = hiringClauses(text, sentences, hiringAt, sentenceOf);
  const bySentence = new Map<number, number[]>();
  // Where a sentence's duty terms may start: its start, or only its "to ..." clause.
  const from = new Map<number, number>();
  for (let si = 0; si < worth.length; si++) {
    if (worth[si] !== 1) continue;
    const clause = hiredTo.get(si);
    if (isDutySentence(dict, text, sentences[si], cueSentences.has(si))) from.set(si, sentences[si].start);
    else if (clause !== undefined && !sentences[si].heading) from.set(si, clause);
    else continue;
    worth[si] = 2;
    bySentence.set(si, []);
  }
  if (bySentence.size === 0) return [];
  // Terms may overlap ("backend services" and "services" serve different duties): all are kept.
  for (let i = 0; i < n; i++) {
    const si = hitSentence[i];
    if (si >= 0 && worth[si] === 2 && kind[i] !== CUE && start[i] >= from.get(si)!) bySentence.get(si)!.push(i);
  }
  const out: DutyMention[] = [];
  for (const [si, hits] of bySentence) {
    sortInPlace(hits, (a, b) => start[a] - start[b]);
    // Verbs, nouns and phrases; objects: each in text order.
    const anchors = hits.filter((h) => kind[h] !== OBJECT);
    const objects = hits.filter((h) => kind[h] === OBJECT);
    for (const ri of candidates(index, terms, anchors)) {
      if (matchRule(dict.responsibilities[ri], index.bits[ri], terms, anchors, objects)) {
        out.push({ responsibility: ri, sentence: si, start: matched.start, end: matched.end, rule: matched.rule });
      }
    }
  }
  return out;
}

const { verb: VERB, noun: NOUN, object: OBJECT, phrase: PHRASE, cue: CUE } = TERM_KIND;

function ruleMap(index: RuleIndex, kind: number): Map<number, number[]> | null {
  return kind === VERB ? index.verb : kind === NOUN ? index.noun : kind === PHRASE ? index.phrase : null;
}

/** What the last successful matchRule found. */
const matched: Omit<DutyMention, 'responsibility' | 'sentence'> = { start: 0, end: 0, rule: 'phrase' };

/**
 * True when the rule matches among a sentence's hits (indexes into `terms`, in text
 * order: `anchors` its verbs, nouns and phrases, `objects` its objects); the span is left
 * in `matched`.
 */
function matchRule(r: CompiledDictionary['responsibilities'][number], bits: RuleBits, terms: TermList, anchors: number[], objects: number[]): boolean {
  const { kind, term, start, end } = terms;
  for (const h of anchors) {
    if (kind[h] === PHRASE && bits.phrases[term[h]] === 1) return found(start[h], end[h], 'phrase');
  }
  // The pairs are tried verb by verb, and for each the rule's objects in text order.
  for (const a of anchors) {
    const isVerb = kind[a] === VERB && bits.verbs[term[a]] === 1;
    const isNoun = kind[a] === NOUN && bits.nouns[term[a]] === 1;
    if (!isVerb && !isNoun) continue;
    for (const o of objects) {
      if (bits.objects[term[o]] !== 1) continue;
      if (start[o] >= end[a] && start[o] - end[a] <= r.window) return found(start[a], end[o], isVerb ? 'verb+object' : 'noun+object');
      if (isNoun && end[o] <= start[a] && start[a] - end[o] <= NOUN_AFTER_OBJECT) return found(start[o], end[a], 'noun+object');
    }
  }
  return false;
}

function found(start: number, end: number, rule: DutyMention['rule']): true {
  matched.start = start;
  matched.end = end;
  matched.rule = rule;
  return true;
}
