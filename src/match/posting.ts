import type { CompiledDictionary } from '../dictionary/compile.js';
import { originAt } from '../postings/position.js';
import { segment } from '../postings/segment.js';
import type { Evidence, Finding, Posting, PostingResult, SectionKind, Sentence, SkillFinding, Strength } from '../types.js';
import { Quoter } from './evidence.js';
import { scanPosting } from './hits.js';
import { sortInPlace } from './order.js';
import { gluedFrom, readSignals } from './read-signals.js';
import { resolveDutyList, type DutyMention } from './responsibilities.js';
import { findExperience, findLevel } from './seniority.js';
import { resolveSkills, type SkillMention } from './skills.js';
import { LazyStrengths, RANK, STRENGTHS } from './strength.js';
import { TermList } from './terms.js';

/** Everything the matcher found in one posting: the result plus the raw mentions (for --explain). */
export interface PostingAnalysis {
  result: PostingResult;
  posting: Posting;
  sentences: Sentence[];
  skillMentions: SkillMention[];
  dutyMentions: DutyMention[];
}

const SECTION_ORDER: SectionKind[] = ['none', 'about', 'responsibilities', 'requirements', 'preferred', 'benefits', 'other'];
const SECTION_BIT = new Map(SECTION_ORDER.map((s, i) => [s, 1 << i]));

/** The mentions of one skill or duty in a posting. */
class Group {
  mentions = 0;
  readonly evidence: Evidence[] = [];
  /** Sentences quoted so far, in the order met, and the greatest of them. */
  private readonly quotedIn: number[] = [];
  private maxQuoted = -2;
  /** Strongest strength, as a rank (-1: none given). */
  rank = -1;
  sections = 0;

  constructor(
    readonly id: string,
    readonly label: string,
    readonly category: string,
    public first: number,
    /** False when no one will read this finding's evidence (see EvidenceWanted). */
    readonly quoted: boolean,
  ) {}

  /** True the first time a sentence is met (mentions come in text order: mostly the last one or a new one). */
  firstTimeIn(sentence: number): boolean {
    const q = this.quotedIn;
    const n = q.length;
    if (n > 0 && (q[n - 1] === sentence || (sentence <= this.maxQuoted && q.includes(sentence)))) return false;
    q.push(sentence);
    if (sentence > this.maxQuoted) this.maxQuoted = sentence;
    return true;
  }
}

interface Mention {
  start: number;
  end: number;
  sentence: number;
}

function collect<M extends Mention>(
  sentences: Sentence[],
  quoter: Quoter,
  mentions: M[],
  keyOf: (m: M) => number,
  counts: (m: M) => boolean,
  strength: ((sentence: number) => Strength) | null,
  info: (key: number) => { id: string; label: string; category: string },
  wanted: (id: string) => boolean,
): Group[] {
  const groups = new Map<number, Group>();
  const list: Group[] = [];
  for (const m of mentions) {
    if (!counts(m)) continue;
    const key = keyOf(m);
    let g = groups.get(key);
    if (g === undefined) {
      const { id, label, category } = info(key);
      g = new Group(id, label, category, m.start, wanted(id));
      groups.set(key, g);
      list.push(g);
    }
    g.mentions += 1;
    if (m.start < g.first) g.first = m.start;
    if (strength) {
      const r = RANK[strength(m.sentence)];
      if (r > g.rank) g.rank = r;
    }
    if (m.sentence >= 0) g.sections |= SECTION_BIT.get(sentences[m.sentence].section) ?? 0;
    if (g.quoted && g.firstTimeIn(m.sentence)) g.evidence.push(quoter.evidence(m.sentence, m.start, m.end));
  }
  return sortInPlace(list, (a, b) => a.first - b.first || (a.id < b.id ? -1 : 1));
}

function finding(g: Group): Finding {
  return { id: g.id, label: g.label, category: g.category, mentions: g.mentions, evidence: g.evidence };
}

function skillFinding(g: Group): SkillFinding {
  const sections: SectionKind[] = [];
  for (let i = 0; i < SECTION_ORDER.length; i++) if (g.sections & (1 << i)) sections.push(SECTION_ORDER[i]);
  return {
    id: g.id,
    label: g.label,
    category: g.category,
    mentions: g.mentions,
    evidence: g.evidence,
    strength: g.rank < 0 ? 'unspecified' : STRENGTHS[g.rank],
    sections,
  };
}

/**
 * Says whether anyone will read the evidence of a skill's or a duty's finding. A run that
 * only aggregates needs quotes only for items still short of examples; quoting the rest
 * would be work thrown away. Their findings then carry no evidence.
 */
export type EvidenceWanted = (kind: 'skills' | 'responsibilities', id: string) => boolean;

const ALL_EVIDENCE: EvidenceWanted = () => true;

/** Term hits of the posting being analyzed (the lists are reused). */
const terms = new TermList();

/** Finds the skills, duties, level and years of one posting. Pure: text in, findings out. */
export function analyzePosting(dict: CompiledDictionary, posting: Posting, wanted: EvidenceWanted = ALL_EVIDENCE): PostingAnalysis {
  const { text } = posting;
  const { aliases, signals, headingAt } = scanPosting(dict, text, terms);
  const sentences = segment(text, dict.headings, gluedFrom(text, signals), headingAt);
  const skillMentions = resolveSkills(dict, text, sentences, aliases);
  const { cueWords, yearSentences, levelAt } = readSignals(sentences, signals);
  const dutyMentions = resolveDutyList(dict, text, sentences, terms, levelAt.hiring);
  const quoter = new Quoter(posting, sentences);

  // Strength cues are read only in sentences that name a skill, and hold the cue's words.
  const strengths = new LazyStrengths(text, sentences, cueWords);
  const asked = (si: number): Strength => (si < 0 ? 'unspecified' : strengths.of(si));
  const denied = (): Strength => 'negated';
  const skillInfo = (k: number) => dict.skills[k];
  const skillOf = (m: SkillMention) => m.skill;
  const skillWanted = (id: string) => wanted('skills', id);
  const skills = collect(sentences, quoter, skillMentions, skillOf, (m) => !m.negated, asked, skillInfo, skillWanted);
  const askedIds = new Set(skills.map((g) => g.id));
  // A skill both negated and asked for ("Java, but no Java EE") is asked for.
  const negated = collect(sentences, quoter, skillMentions, skillOf, (m) => m.negated, denied, skillInfo, skillWanted).filter((g) => !askedIds.has(g.id));
  const responsibilities = collect(
    sentences,
    quoter,
    dutyMentions,
    (m) => m.responsibility,
    () => true,
    null,
    (k) => dict.responsibilities[k],
    (id) => wanted('responsibilities', id),
  ).map(finding);

  const experience = findExperience(posting, sentences, skillMentions.map((m) => m.start), yearSentences);
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
    level: findLevel(posting, sentences, experience, levelAt),
    experience,
    skills: skills.map(skillFinding),
    negatedSkills: negated.map(skillFinding),
    responsibilities,
  };
  return { result, posting, sentences, skillMentions, dutyMentions };
}
