import type { CompiledDictionary } from '../dictionary/compile.js';
import { originAt } from '../postings/position.js';
import { segment } from '../postings/segment.js';
import type { Finding, Posting, PostingResult, SectionKind, Sentence, SkillFinding, Strength } from '../types.js';
import { evidenceFor } from './evidence.js';
import { findHits } from './hits.js';
import { findLevel, findExperience } from './seniority.js';
import { resolveDuties, type DutyMention } from './responsibilities.js';
import { resolveSkills, type SkillMention } from './skills.js';
import { sentenceStrengths, stronger } from './strength.js';

/** Everything the matcher found in one posting: the result plus the raw mentions (for --explain). */
export interface PostingAnalysis {
  result: PostingResult;
  posting: Posting;
  sentences: Sentence[];
  skillMentions: SkillMention[];
  dutyMentions: DutyMention[];
}

interface Item {
  key: number;
  start: number;
  end: number;
  sentence: number;
  strength?: Strength;
}

interface Group extends Finding {
  first: number;
  seen: Set<number>;
  strength: Strength;
  sections: Set<SectionKind>;
}

const SECTION_ORDER: SectionKind[] = ['none', 'about', 'responsibilities', 'requirements', 'preferred', 'benefits', 'other'];

function collect(
  posting: Posting,
  sentences: Sentence[],
  items: Item[],
  info: (key: number) => { id: string; label: string; category: string },
): Group[] {
  const groups = new Map<number, Group>();
  for (const m of items) {
    let g = groups.get(m.key);
    if (!g) {
      g = { ...info(m.key), first: m.start, mentions: 0, evidence: [], seen: new Set(), strength: m.strength ?? 'unspecified', sections: new Set() };
      groups.set(m.key, g);
    }
    g.mentions += 1;
    g.first = Math.min(g.first, m.start);
    if (m.strength) g.strength = stronger(g.strength, m.strength);
    if (m.sentence >= 0) g.sections.add(sentences[m.sentence].section);
    if (!g.seen.has(m.sentence)) {
      g.seen.add(m.sentence);
      g.evidence.push(evidenceFor(posting, sentences, m.sentence, m.start, m.end));
    }
  }
  return [...groups.values()].sort((a, b) => a.first - b.first || (a.id < b.id ? -1 : 1));
}

function finding(g: Group): Finding {
  return { id: g.id, label: g.label, category: g.category, mentions: g.mentions, evidence: g.evidence };
}

function skillFinding(g: Group): SkillFinding {
  return { ...finding(g), strength: g.strength, sections: SECTION_ORDER.filter((s) => g.sections.has(s)) };
}

/** Finds the skills, duties, level and years of one posting. Pure: text in, findings out. */
export function analyzePosting(dict: CompiledDictionary, posting: Posting): PostingAnalysis {
  const { text } = posting;
  const sentences = segment(text, dict.headings);
  const { aliases, terms } = findHits(dict, text);
  const skillMentions = resolveSkills(dict, text, sentences, aliases);
  const dutyMentions = resolveDuties(dict, text, sentences, terms);

  const strengths = sentenceStrengths(text, sentences);
  const strength = (si: number): Strength => (si < 0 ? 'unspecified' : strengths[si]);
  const skillItems = (negated: boolean) =>
    skillMentions
      .filter((m) => m.negated === negated)
      .map((m) => ({ key: m.skill, start: m.start, end: m.end, sentence: m.sentence, strength: negated ? ('negated' as const) : strength(m.sentence) }));
  const skills = collect(posting, sentences, skillItems(false), (k) => dict.skills[k]);
  const asked = new Set(skills.map((g) => g.id));
  // A skill both negated and asked for ("Java, but no Java EE") is asked for.
  const negated = collect(posting, sentences, skillItems(true), (k) => dict.skills[k]).filter((g) => !asked.has(g.id));
  const responsibilities = collect(
    posting,
    sentences,
    dutyMentions.map((m) => ({ key: m.responsibility, start: m.start, end: m.end, sentence: m.sentence })),
    (k) => dict.responsibilities[k],
  ).map(finding);

  const experience = findExperience(posting, sentences, skillMentions.map((m) => m.start));
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
    level: findLevel(posting, sentences, experience),
    experience,
    skills: skills.map(skillFinding),
    negatedSkills: negated.map(skillFinding),
    responsibilities,
  };
  return { result, posting, sentences, skillMentions, dutyMentions };
}

