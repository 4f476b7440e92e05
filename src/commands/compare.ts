import type { AnalysisResult, Frequency } from '../types.js';

/** One corpus of a comparison. */
export interface Corpus {
  /** The label shown for it (`--a-name`; default the path). */
  name: string;
  result: AnalysisResult;
}

/** A skill or responsibility in both corpora. */
export interface CompareRow {
  id: string;
  label: string;
  category: string;
  aPostings: number;
  /** Postings that name it / corpus postings, 4 decimals (0 when absent). */
  aShare: number;
  bPostings: number;
  bShare: number;
  /** Share in B minus share in A, in percentage points, 2 decimals (+ rising in B). */
  change: number;
}

/** How rows are kept. */
export interface CompareOptions {
  /** Keep an item only when at least one corpus has this many postings naming it. Default 1 (all). */
  minPostings: number;
  /** Rows kept per list; null for all. */
  top: number | null;
}

/** One corpus in the comparison's header. */
export interface CorpusSummary {
  name: string;
  postings: number;
  files: number;
}

/** Two corpora side by side. */
export interface Comparison {
  a: CorpusSummary;
  b: CorpusSummary;
  skills: CompareRow[];
  responsibilities: CompareRow[];
  /** Items that passed --min-postings, before --top. */
  totals: { skills: number; responsibilities: number };
}

function ratio(count: number, total: number): number {
  return total ? count / total : 0;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // `+ 0` turns -0 into 0, so JSON never shows `-0`.
  return Math.round(value * f) / f + 0;
}

/** Rows for one list, sorted by the size of the change (largest first), ties by id. */
export function compareLists(a: Frequency[], aTotal: number, b: Frequency[], bTotal: number, minPostings: number): CompareRow[] {
  const byId = new Map<string, { f: Frequency; a: number; b: number }>();
  for (const f of a) byId.set(f.id, { f, a: f.postings, b: 0 });
  for (const f of b) {
    const seen = byId.get(f.id);
    // Labels come from B (the newer corpus, usually) when both have the item.
    byId.set(f.id, { f, a: seen?.a ?? 0, b: f.postings });
  }
  return [...byId.values()]
    .filter((x) => x.a >= minPostings || x.b >= minPostings)
    .map(({ f, a: ap, b: bp }) => ({
      id: f.id,
      label: f.label,
      category: f.category,
      aPostings: ap,
      aShare: round(ratio(ap, aTotal), 4),
      bPostings: bp,
      bShare: round(ratio(bp, bTotal), 4),
      change: round((ratio(bp, bTotal) - ratio(ap, aTotal)) * 100, 2),
    }))
    .sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Compares two analyses: what is more (or less) often asked for in B than in A. */
export function compareCorpora(a: Corpus, b: Corpus, options: CompareOptions): Comparison {
  const side = (c: Corpus): CorpusSummary => ({ name: c.name, postings: c.result.corpus.postings, files: c.result.corpus.analyzedFiles });
  const list = (kind: 'skills' | 'responsibilities') =>
    compareLists(a.result[kind], a.result.corpus.postings, b.result[kind], b.result.corpus.postings, options.minPostings);
  const skills = list('skills');
  const responsibilities = list('responsibilities');
  const cut = (rows: CompareRow[]) => (options.top === null ? rows : rows.slice(0, Math.max(0, options.top)));
  return {
    a: side(a),
    b: side(b),
    skills: cut(skills),
    responsibilities: cut(responsibilities),
    totals: { skills: skills.length, responsibilities: responsibilities.length },
  };
}
