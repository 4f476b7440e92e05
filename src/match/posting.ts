import type { CompiledDictionary } from '../dictionary/compile.js';
import { originAt } from '../postings/position.js';
import { segment } from '../postings/segment.js';
import type { Evidence, Finding, Posting, PostingResult, Sentence } from '../types.js';
import { evidenceFor } from './evidence.js';
import { findHits } from './hits.js';
import { resolveDuties, type DutyMention } from './responsibilities.js';
import { resolveSkills, type SkillMention } from './skills.js';

/** Everything the matcher found in one posting: the result plus the raw mentions (for --explain). */
export interface PostingAnalysis {
  result: PostingResult;
  sentences: Sentence[];
  skillMentions: SkillMention[];
  dutyMentions: DutyMention[];
}

interface Group {
  id: string;
  label: string;
  category: string;
  first: number;
  mentions: number;
  evidence: Evidence[];
  sentences: Set<number>;
}

function collect(
  posting: Posting,
  sentences: Sentence[],
  items: { key: number; start: number; end: number; sentence: number }[],
  info: (key: number) => { id: string; label: string; category: string },
): Finding[] {
  const groups = new Map<number, Group>();
  for (const m of items) {
    let g = groups.get(m.key);
    if (!g) {
      g = { ...info(m.key), first: m.start, mentions: 0, evidence: [], sentences: new Set() };
      groups.set(m.key, g);
    }
    g.mentions += 1;
    g.first = Math.min(g.first, m.start);
    if (!g.sentences.has(m.sentence)) {
      g.sentences.add(m.sentence);
      g.evidence.push(evidenceFor(posting, sentences, m.sentence, m.start, m.end));
    }
  }
  return [...groups.values()]
    .sort((a, b) => a.first - b.first || (a.id < b.id ? -1 : 1))
    .map(({ id, label, category, mentions, evidence }) => ({ id, label, category, mentions, evidence }));
}

/** Finds the skills and duties of one posting. Pure: text in, findings out. */
export function analyzePosting(dict: CompiledDictionary, posting: Posting): PostingAnalysis {
  const sentences = segment(posting.text, dict.headings);
  const { aliases, terms } = findHits(dict, posting.text);
  const skillMentions = resolveSkills(dict, posting.text, sentences, aliases);
  const dutyMentions = resolveDuties(dict, posting.text, sentences, terms);

  const skills = collect(
    posting,
    sentences,
    skillMentions.filter((m) => !m.negated).map((m) => ({ key: m.skill, start: m.start, end: m.end, sentence: m.sentence })),
    (k) => dict.skills[k],
  );
  const responsibilities = collect(
    posting,
    sentences,
    dutyMentions.map((m) => ({ key: m.responsibility, start: m.start, end: m.end, sentence: m.sentence })),
    (k) => dict.responsibilities[k],
  );
  const head = originAt(posting, 0);
  const result: PostingResult = {
    job: posting.job,
    source: {
      file: posting.file,
      page: posting.firstPage,
      pages: posting.firstPage === null ? null : [posting.firstPage, posting.lastPage ?? posting.firstPage],
      line: head.line,
      ...(posting.row !== undefined ? { row: posting.row } : {}),
    },
    title: posting.title,
    skills,
    responsibilities,
  };
  return { result, sentences, skillMentions, dutyMentions };
}
