import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { buildAutomaton, type Automaton } from '../match/automaton.js';
import { foldTerm, WORD } from '../match/chars.js';
import { DictionaryError } from '../util/errors.js';
import { codeOf, hashOf, readCache, writeCache } from './cache.js';
import type { DictionaryData } from './load.js';
import { SIGNALS } from './signals.js';
import { inflectVerbs } from './verbs.js';

/** A skill as the matcher sees it. */
export interface SkillInfo {
  id: string;
  label: string;
  category: string;
  /** Indexes of skills a mention also counts for. */
  implies: number[];
}

/** What a skill alias pattern stands for, with its checks. */
export interface AliasTarget {
  kind: 'skill';
  skill: number;
  /** The alias as written (for exact-case checks and --explain). */
  term: string;
  exact: boolean;
  inflect: boolean;
  /** Folded context words; null when the alias needs no context. */
  context: string[] | null;
  /** Folded token sequences that veto the hit when they follow / precede it. */
  notNext: string[][];
  notPrev: string[][];
}

/** A responsibility term: a verb form (term = lemma index), an action noun, an object, a phrase, or a duty cue. */
export interface TermTarget {
  kind: 'verb' | 'noun' | 'object' | 'phrase' | 'cue';
  term: number;
  inflect: boolean;
}

export type Target = AliasTarget | TermTarget;

/** A responsibility as the matcher sees it. */
export interface ResponsibilityInfo {
  id: string;
  label: string;
  category: string;
  verbs: Set<number>;
  nouns: Set<number>;
  objects: Set<number>;
  phrases: Set<number>;
  window: number;
}

/** The dictionary compiled into one automaton plus lookup tables. */
export interface CompiledDictionary {
  skills: SkillInfo[];
  skillIndex: Map<string, number>;
  responsibilities: ResponsibilityInfo[];
  /**
   * The automaton over `patterns`, then `SIGNALS` (pattern patterns.length + k is signal
   * k), then the distinct heading phrases (none when one is empty).
   */
  automaton: Automaton;
  /** Targets of each pattern. */
  targets: Target[][];
  /** Folded text of each pattern (signals not included). */
  patterns: string[];
  /** Per pattern: 1 when its first / last code unit is a word character (needs a word boundary). */
  firstIsWord: Uint8Array;
  lastIsWord: Uint8Array;
  /** Folded verb forms that make a bullet starting with them a duty. */
  dutyStarters: Set<string>;
  /** Section headings: folded phrase and section kind, longest first. */
  headings: [string, string][];
  categoryLabels: Map<string, string>;
  sources: string[];
}

/** `end-to-end` also as `end to end`, and `unit test` also as `unit-test`. */
export function termVariants(term: string): string[] {
  const out = new Set([term]);
  if (/\w[- ]\w/.test(term)) {
    out.add(term.replace(/(?<=\w)-(?=\w)/g, ' '));
    out.add(term.replace(/(?<=\w) (?=\w)/g, '-'));
  }
  return [...out];
}

function tokens(s: string): string[] {
  return foldTerm(s).match(/[\p{L}\p{N}_']+|[^\s\p{L}\p{N}_']/gu) ?? [];
}

class PatternTable {
  readonly patterns: string[] = [];
  readonly targets: Target[][] = [];
  private readonly index = new Map<string, number>();

  add(folded: string, target: Target): void {
    if (!folded) return;
    let i = this.index.get(folded);
    if (i === undefined) {
      i = this.patterns.length;
      this.index.set(folded, i);
      this.patterns.push(folded);
      this.targets.push([]);
    }
    this.targets[i].push(target);
  }
}

/** Compiled dictionaries with fewer patterns are not cached. */
const CACHE_MIN_PATTERNS = 500;

/**
 * Compiles merged dictionary data into the matcher's tables. The result is cached under a
 * hash of the data and of the compiling code, so an unchanged dictionary (the default
 * one, or the same --dict files) is compiled once, not on every run.
 */
export async function compileDictionary(data: DictionaryData): Promise<CompiledDictionary> {
  const key = cacheKey(data);
  const hit = key ? readCache('dict', key) : null;
  if (hit) {
    try {
      const dict = deserialize(hit) as CompiledDictionary;
      if ((dict.automaton?.next instanceof Uint16Array || dict.automaton?.next instanceof Uint32Array) && Array.isArray(dict.targets)) return dict;
    } catch {
      // A torn entry: compile again.
    }
  }
  const dict = await compile(data);
  // Small dictionaries (tests, a few --dict entries alone) compile in no time: not kept.
  if (key && dict.patterns.length >= CACHE_MIN_PATTERNS) writeCache('dict', key, serialize(dict));
  return dict;
}

/** What a compiled dictionary derives from: the data, the code that compiles it, the Node and compromise versions. */
function cacheKey(data: DictionaryData): string | null {
  const code = codeOf(['./compile', './verbs', './signals', '../match/automaton', '../match/chars', '../postings/starters']);
  if (code === null) return null;
  const json = JSON.stringify(data, (_, v: unknown) => (v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v));
  return hashOf('dict 1', process.version, compromiseVersion(), code, json);
}

function compromiseVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('compromise')), 'utf8')) as { version: string }).version;
  } catch {
    return 'none';
  }
}

async function compile(data: DictionaryData): Promise<CompiledDictionary> {
  const table = new PatternTable();
  const skillIndex = new Map(data.skills.map((s, i) => [s.id, i]));
  const skills: SkillInfo[] = data.skills.map((s) => ({
    id: s.id,
    label: s.label,
    category: s.category!,
    implies: (s.implies ?? []).map((id) => skillIndex.get(id)!),
  }));

  // Skill aliases: explicit ones first, so a generated variant never collides with them.
  const owner = new Map<string, string>();
  const generated: [string, AliasTarget][] = [];
  data.skills.forEach((s, skill) => {
    for (const alias of s.aliases) {
      const rule = typeof alias === 'string' ? { term: alias } : alias;
      const exact = rule.case === 'exact';
      const target: AliasTarget = {
        kind: 'skill',
        skill,
        term: rule.term,
        exact,
        inflect: rule.inflect ?? !exact,
        context: rule.context ? rule.context.map(foldTerm) : null,
        notNext: (rule.notNext ?? []).map(tokens),
        notPrev: (rule.notPrev ?? []).map(tokens),
      };
      const folded = foldTerm(rule.term);
      const key = `${folded}\u0000${exact ? rule.term : ''}`;
      const prev = owner.get(key);
      if (prev !== undefined && prev !== s.id) {
        throw new DictionaryError(data.origin.get(s.id) ?? data.sources.join(', '), s.id, `alias "${rule.term}" is also an alias of "${prev}"`);
      }
      // The same alias twice in one entry ("Postgres", "postgres") would count a mention twice.
      if (prev === s.id) continue;
      owner.set(key, s.id);
      table.add(folded, target);
      for (const v of termVariants(rule.term).slice(1)) generated.push([v, { ...target, term: v }]);
    }
  });
  for (const [variant, target] of generated) {
    const folded = foldTerm(variant);
    if (!owner.has(`${folded}\u0000${target.exact ? variant : ''}`)) {
      owner.set(`${folded}\u0000${target.exact ? variant : ''}`, data.skills[target.skill].id);
      table.add(folded, target);
    }
  }

  // Responsibility terms.
  const allVerbs = [...new Set([...data.responsibilities.flatMap((r) => r.verbs ?? []), ...data.dutyVerbs].map(foldTerm))];
  const forms = await inflectVerbs(allVerbs, data.verbForms);
  const lemmaIndex = new Map(allVerbs.map((v, i) => [v, i]));
  const termIndex = new Map<string, number>();
  const termId = (kind: string, term: string): number => {
    const key = `${kind}:${foldTerm(term)}`;
    let id = termIndex.get(key);
    if (id === undefined) {
      id = termIndex.size;
      termIndex.set(key, id);
      for (const v of termVariants(term)) table.add(foldTerm(v), { kind: kind as TermTarget['kind'], term: id, inflect: kind !== 'cue' });
    }
    return id;
  };
  const respVerbLemmas = new Set(data.responsibilities.flatMap((r) => (r.verbs ?? []).map(foldTerm)));
  for (const lemma of allVerbs) {
    if (!respVerbLemmas.has(lemma)) continue;
    for (const form of forms.get(lemma) ?? [lemma]) table.add(foldTerm(form), { kind: 'verb', term: lemmaIndex.get(lemma)!, inflect: false });
  }
  const responsibilities: ResponsibilityInfo[] = data.responsibilities.map((r) => ({
    id: r.id,
    label: r.label,
    category: r.category ?? 'responsibilities',
    verbs: new Set((r.verbs ?? []).map((v) => lemmaIndex.get(foldTerm(v))!)),
    nouns: new Set((r.nouns ?? []).map((t) => termId('noun', t))),
    objects: new Set((r.objects ?? []).map((t) => termId('object', t))),
    phrases: new Set((r.phrases ?? []).map((t) => termId('phrase', t))),
    window: r.window ?? 90,
  }));
  for (const cue of data.cues) termId('cue', cue);

  // A duty bullet starts with the base form, the -s form or the -ing form ("Design",
  // "Designs", "Designing"), never with a past form ("Built on ...", "Was ...").
  const dutyStarters = new Set<string>();
  for (const lemma of allVerbs) {
    const head = lemma.split(' ')[0];
    for (const form of forms.get(lemma) ?? [lemma]) {
      const word = foldTerm(form).split(' ')[0];
      if (word === head || word.endsWith('ing') || (word.endsWith('s') && word.startsWith(head.slice(0, -1)))) dutyStarters.add(word);
    }
  }

  const headings: [string, string][] = [];
  for (const [kind, list] of Object.entries(data.sections)) for (const h of list) headings.push([foldTerm(h), kind]);
  headings.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));

  // After the signals, the heading phrases: a line holding none cannot be a known heading.
  const headingWords = [...new Set(headings.map(([phrase]) => phrase))];
  // A skill or term pattern (the first ones) counts only where a word starts (checkHits):
  // single letters ("c", "r") are entered so that the scan reports them only there.
  const automaton = buildAutomaton([...table.patterns, ...SIGNALS.map(([word]) => word), ...headingWords], table.patterns.length);
  const firstIsWord = new Uint8Array(table.patterns.length);
  const lastIsWord = new Uint8Array(table.patterns.length);
  table.patterns.forEach((p, i) => {
    firstIsWord[i] = WORD[p.charCodeAt(0)];
    lastIsWord[i] = WORD[p.charCodeAt(p.length - 1)];
  });

  return {
    skills,
    skillIndex,
    responsibilities,
    automaton,
    targets: table.targets,
    patterns: table.patterns,
    firstIsWord,
    lastIsWord,
    dutyStarters,
    headings,
    categoryLabels: data.categoryLabels,
    sources: data.sources,
  };
}
