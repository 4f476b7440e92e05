import type { CompiledDictionary } from './dictionary/compile.js';
import type { PostingAnalysis } from './match/posting.js';
import { originAt } from './postings/position.js';
import type { Finding, PostingResult, SkillFinding } from './types.js';

/**
 * --explain: for every match, which alias or rule matched where. Built from the raw
 * mentions the matcher keeps (PostingAnalysis), so it shows exactly what was counted.
 */

/** Why a skill matched: the alias as written in the dictionary, or the skill it was implied from. */
export interface SkillMatch {
  term: string;
  /** Id of the skill this mention was implied from (`s3` for `aws`), else null. */
  via: string | null;
  line: number;
  page: number | null;
  /** 1-based column of the match in its line. */
  column: number;
  /** The matched text, whitespace folded. */
  text: string;
}

/** Why a responsibility matched: the rule and the span (verb to object, or the phrase). */
export interface DutyMatch {
  rule: 'verb+object' | 'noun+object' | 'phrase';
  line: number;
  page: number | null;
  text: string;
}

/** One line of the text explanation, in text order. */
export interface ExplainEntry {
  kind: 'skill' | 'responsibility';
  id: string;
  line: number;
  page: number | null;
  column: number;
  text: string;
  /** Skill: alias term; responsibility: the rule. */
  how: { alias: string } | { via: string } | { rule: DutyMatch['rule'] };
  /** A negated skill mention ("no Java needed"): shown, not counted. */
  negated: boolean;
}

/** The explanation of one posting. */
export interface PostingExplanation {
  job: number;
  file: string;
  title: string | null;
  skills: Map<string, SkillMatch[]>;
  negatedSkills: Map<string, SkillMatch[]>;
  responsibilities: Map<string, DutyMatch[]>;
  entries: ExplainEntry[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every skill and duty mention of a posting with its place, alias or rule. */
export function explainPosting(dict: CompiledDictionary, analysis: PostingAnalysis): PostingExplanation {
  const { posting } = analysis;
  const place = (start: number, end: number) => {
    const origin = originAt(posting, start);
    return { line: origin.line, page: origin.page, column: start - origin.offset + 1, text: posting.text.slice(start, end).replace(/\s+/g, ' ').trim() };
  };
  const out: PostingExplanation = {
    job: analysis.result.job,
    file: analysis.result.source.file,
    title: analysis.result.title,
    skills: new Map(),
    negatedSkills: new Map(),
    responsibilities: new Map(),
    entries: [],
  };
  const order: { start: number; entry: ExplainEntry }[] = [];
  for (const m of analysis.skillMentions) {
    const id = dict.skills[m.skill].id;
    const via = m.via === null ? null : dict.skills[m.via].id;
    const p = place(m.start, m.end);
    push(m.negated ? out.negatedSkills : out.skills, id, { term: m.term, via, ...p });
    order.push({ start: m.start, entry: { kind: 'skill', id, ...p, how: via === null ? { alias: m.term } : { via }, negated: m.negated } });
  }
  for (const m of analysis.dutyMentions) {
    const id = dict.responsibilities[m.responsibility].id;
    const { column, ...p } = place(m.start, m.end);
    push(out.responsibilities, id, { rule: m.rule, ...p });
    order.push({ start: m.start, entry: { kind: 'responsibility', id, column, ...p, how: { rule: m.rule }, negated: false } });
  }
  // At one place: skills before duties, a direct mention before the skills it implies.
  const rank = (e: ExplainEntry) => (e.kind === 'responsibility' ? 2 : 'via' in e.how ? 1 : 0);
  order.sort((a, b) => a.start - b.start || rank(a.entry) - rank(b.entry) || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  out.entries = order.map((o) => o.entry);
  return out;
}

/** The posting result with `matches` on every skill, negated skill and responsibility finding (JSONL --explain). */
export function withMatches(result: PostingResult, e: PostingExplanation): PostingResult {
  const skill = (map: Map<string, SkillMatch[]>) => (f: SkillFinding) => ({ ...f, matches: map.get(f.id) ?? [] });
  const duty = (f: Finding) => ({ ...f, matches: e.responsibilities.get(f.id) ?? [] });
  return {
    ...result,
    skills: result.skills.map(skill(e.skills)),
    negatedSkills: (result.negatedSkills ?? []).map(skill(e.negatedSkills)),
    responsibilities: result.responsibilities.map(duty),
  };
}
