/**
 * The nouns of jd-analyze. Data flows one way:
 * InputFile -> SourceDocument -> Posting -> Sentence -> Match -> PostingResult -> AnalysisResult.
 */

/** Version of the JSON / JSONL output contract. Bumped only on breaking changes. */
export const SCHEMA_VERSION = '1.0';

/** What happened to one input file. */
export type InputStatusKind = 'analyzed' | 'skipped' | 'failed';

/** One input file and what became of it (JSON `inputs`). */
export interface InputStatus {
  /** Path as given or discovered, relative to the working directory when possible, `/` separators. */
  file: string;
  status: InputStatusKind;
  /** Machine-readable reason code for skipped/failed files (e.g. `empty`, `binary`), else null. */
  reason: string | null;
  /** Human-readable detail for the reason, else null. */
  detail: string | null;
  /** Detected format (`text`, `markdown`, `pdf`, ...), null when unknown. */
  format: string | null;
  /** Detected encoding for text inputs (`utf-8`, `utf-16le`, `windows-1252`), else null. */
  encoding: string | null;
  /** Number of postings found in the file (0 when not analyzed). */
  postings: number;
}

/** One page (or the whole file, for text) of a document's extracted text. */
export interface PageText {
  /** 1-based page number; null for formats without pages. */
  page: number | null;
  text: string;
  /** 1-based line number of the first line of `text` within its page/file (default 1). */
  firstLine?: number;
  /** For tabular inputs: the 1-based row (record) this text came from. */
  row?: number;
  /** For tabular inputs: a title taken from a title field. */
  title?: string;
}

/** A document read from one input file: its text, page by page (or row by row). */
export interface SourceDocument {
  /** Display path of the file (`-` for stdin). */
  file: string;
  format: string;
  encoding: string | null;
  pages: PageText[];
  /** True when each page is a posting of its own (rows of a CSV/JSON export). */
  recordsArePostings?: boolean;
}

/** Where a line of posting text came from. */
export interface LineOrigin {
  /** Offset of the line's first character within `Posting.text`. */
  offset: number;
  page: number | null;
  line: number;
}

/** One job posting cut from a document. */
export interface Posting {
  /** 1-based number across the whole run, in sorted input order. */
  job: number;
  file: string;
  title: string | null;
  text: string;
  /** Sorted by offset; maps any offset in `text` back to page and line. */
  lines: LineOrigin[];
  firstPage: number | null;
  lastPage: number | null;
  /** For tabular inputs: the 1-based row of the record. */
  row?: number;
}

/** Kind of a posting section, from its heading. */
export type SectionKind =
  | 'none'
  | 'about'
  | 'responsibilities'
  | 'requirements'
  | 'preferred'
  | 'benefits'
  | 'other';

/** A sentence (or bullet, or heading) of a posting. */
export interface Sentence {
  /** Offsets into `Posting.text`, end exclusive. */
  start: number;
  end: number;
  section: SectionKind;
  /** The line is a section heading. */
  heading: boolean;
  /** The sentence starts a bullet or list item. */
  bullet: boolean;
}

/** A quoted sentence with its place. */
export interface Evidence {
  text: string;
  line: number;
  page: number | null;
}

/** A skill or responsibility found in one posting. */
export interface Finding {
  id: string;
  label: string;
  category: string;
  /** Number of mentions in the posting (each alias occurrence, or each duty sentence). */
  mentions: number;
  /** Distinct sentences that mention it, in text order. */
  evidence: Evidence[];
}

/** How strongly a posting asks for a skill: the strongest of its mentions. */
export type Strength = 'required' | 'preferred' | 'negated' | 'unspecified';

/** Seniority levels, from the field's usual ladder. */
export const LEVELS = ['Junior', 'Middle', 'Senior', 'Lead', 'Principal'] as const;
export type Level = (typeof LEVELS)[number];

/** A skill found in one posting, with how strongly it is asked for and where. */
export interface SkillFinding extends Finding {
  /**
   * `required` (a requirements section, or "required"/"must"), `preferred` (only in
   * nice-to-have sections or with "a plus", "ideally"), `unspecified` (named only
   * elsewhere: duties, stack, about us), `negated` ("no Java needed"; such skills are
   * listed in `negatedSkills`, not in `skills`).
   */
  strength: Strength;
  /** The sections the skill is named in (e.g. ["about"] for a company-only mention). */
  sections: SectionKind[];
}

/** The seniority a posting hires for, with the text that says so. */
export interface LevelFinding {
  value: Level | null;
  evidence: Evidence | null;
  /** Every level the posting names, strongest signal first (several roles, "Junior to Senior"). */
  all: Level[];
}

/** Years of experience asked for the main requirement. */
export interface ExperienceFinding {
  minYears: number;
  /** Upper bound of a range ("3-5 years"), else null. */
  maxYears: number | null;
  evidence: Evidence;
}

/** What one posting asks for (one JSONL line). */
export interface PostingResult {
  job: number;
  source: {
    file: string;
    page: number | null;
    pages: [number, number] | null;
    line: number;
    row?: number;
  };
  title: string | null;
  level: LevelFinding;
  /** null when the posting asks for no number of years. */
  experience: ExperienceFinding | null;
  skills: SkillFinding[];
  /** Skills named only in a negation ("no Java needed"): not counted anywhere. */
  negatedSkills: SkillFinding[];
  responsibilities: Finding[];
}

/** A quoted example in the aggregate report. */
export interface Example {
  text: string;
  file: string;
  page: number | null;
  job: number;
  line: number;
}

/** Corpus-wide figures for one skill or responsibility. */
export interface Frequency {
  id: string;
  label: string;
  category: string;
  /** Number of postings that mention it. */
  postings: number;
  /** postings / corpus postings, rounded to 4 decimals. */
  share: number;
  /** Total mentions across the corpus. */
  mentions: number;
  /** `common`, `uncommon` or `moderate`, from the thresholds. */
  band: Band;
  /** Skills only: postings whose strongest mention is `required` / `preferred`. */
  required?: number;
  preferred?: number;
  /** Up to N examples, each from a different posting, in job order. */
  examples: Example[];
}

export type Band = 'common' | 'moderate' | 'uncommon';

/** A category rollup: share of postings that mention any member. */
export interface CategoryRollup {
  id: string;
  label: string;
  kind: 'skills' | 'responsibilities';
  postings: number;
  share: number;
  members: { id: string; label: string; postings: number; share: number }[];
}

/** Share thresholds that decide the bands. */
export interface Thresholds {
  /** A share at or above this is common. Default 0.25. */
  common: number;
  /** A share at or below this is uncommon. Default 0.10. */
  uncommon: number;
}

/** The whole analysis (JSON output). */
export interface AnalysisResult {
  schemaVersion: string;
  tool: { name: string; version: string };
  corpus: {
    files: number;
    analyzedFiles: number;
    skippedFiles: number;
    failedFiles: number;
    postings: number;
  };
  thresholds: Thresholds;
  dictionary: { skills: number; responsibilities: number; sources: string[] };
  skills: Frequency[];
  responsibilities: Frequency[];
  categories: CategoryRollup[];
  /** Postings per seniority level (`null` value: no level signalled), in ladder order. */
  levels: { value: Level | null; postings: number; share: number }[];
  /**
   * Years of experience asked, over the postings that ask a number: min / median (lower
   * middle) / max of the main requirement's minimum, and the count per number of years
   * (which makes shard results mergeable exactly).
   */
  experience: {
    postings: number;
    minYears: { min: number; median: number; max: number } | null;
    histogram: { years: number; postings: number }[];
  };
  inputs: InputStatus[];
}
