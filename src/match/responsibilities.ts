import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Sentence } from '../types.js';
import type { TermHit } from './hits.js';
import { sentenceAt } from './skills.js';

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
  const head = text.slice(s.start, Math.min(s.end, s.start + 60));
  // "Monitoring/Visualization: Grafana" and "Backend: Kotlin" are labels, not duties.
  if (/^[^.:]{0,40}:/.test(head)) return '';
  const m = /^[^\p{L}]*([\p{L}'’-]+)(?=[\s,]|$)/u.exec(head);
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

/** Finds duties: per duty sentence, verb -> object pairs, noun/object pairs and phrases. */
export function resolveDuties(dict: CompiledDictionary, text: string, sentences: Sentence[], hits: TermHit[]): DutyMention[] {
  // Terms may overlap ("backend services" and "services" serve different duties): all are kept.
  const bySentence = new Map<number, TermHit[]>();
  const cueSentences = new Set<number>();
  for (const h of hits) {
    const si = sentenceAt(sentences, h.start);
    if (h.target.kind === 'cue') cueSentences.add(si);
    else add(bySentence, si, h);
  }
  const out: DutyMention[] = [];
  for (const [si, list] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    if (si < 0 || !isDutySentence(dict, text, sentences[si], cueSentences.has(si))) continue;
    list.sort((a, b) => a.start - b.start);
    dict.responsibilities.forEach((r, ri) => {
      const m = matchRule(r, list);
      if (m) out.push({ responsibility: ri, sentence: si, ...m });
    });
  }
  return out;
}

function add(map: Map<number, TermHit[]>, key: number, h: TermHit): void {
  const list = map.get(key);
  if (list) list.push(h);
  else map.set(key, [h]);
}

function matchRule(r: CompiledDictionary['responsibilities'][number], list: TermHit[]): Omit<DutyMention, 'responsibility' | 'sentence'> | null {
  for (const h of list) {
    if (h.target.kind === 'phrase' && r.phrases.has(h.target.term)) return { start: h.start, end: h.end, rule: 'phrase' };
  }
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const isVerb = a.target.kind === 'verb' && r.verbs.has(a.target.term);
    const isNoun = a.target.kind === 'noun' && r.nouns.has(a.target.term);
    if (!isVerb && !isNoun) continue;
    for (let j = 0; j < list.length; j++) {
      const o = list[j];
      if (o.target.kind !== 'object' || !r.objects.has(o.target.term)) continue;
      if (o.start >= a.end && o.start - a.end <= r.window) {
        return { start: a.start, end: o.end, rule: isVerb ? 'verb+object' : 'noun+object' };
      }
      if (isNoun && o.end <= a.start && a.start - o.end <= NOUN_AFTER_OBJECT) {
        return { start: o.start, end: a.end, rule: 'noun+object' };
      }
    }
  }
  return null;
}
