import { LEVELS, type AnalysisResult, type Band, type CategoryRollup, type Example, type Finding, type Frequency, type Level, type PostingResult, type SkillFinding, type Thresholds } from '../types.js';

/** Default share thresholds: common at 25% of postings or more, uncommon at 10% or less. */
export const DEFAULT_THRESHOLDS: Thresholds = { common: 0.25, uncommon: 0.1 };

interface Tally {
  id: string;
  label: string;
  category: string;
  postings: number;
  mentions: number;
  required: number;
  preferred: number;
  examples: Example[];
}

type Kind = 'skills' | 'responsibilities';

/**
 * An Aggregator's counts as plain data, to send between threads: a worker aggregates a
 * run of consecutive files and the main thread absorbs the runs in file order.
 */
export interface AggregateState {
  postings: number;
  tallies: Record<Kind, Tally[]>;
  categoryPostings: Record<Kind, [string, number][]>;
  levels: [Level | null, number][];
  /** Postings per minimum years asked. */
  years: [number, number][];
}

const add1 = <K>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/**
 * Counts as postings arrive, keeping only tallies and a bounded number of examples, so
 * memory does not grow with the corpus.
 */
export class Aggregator {
  private readonly tallies: Record<Kind, Map<string, Tally>> = { skills: new Map(), responsibilities: new Map() };
  private readonly categoryPostings: Record<Kind, Map<string, number>> = { skills: new Map(), responsibilities: new Map() };
  postings = 0;
  private readonly levelCounts = new Map<Level | null, number>();
  private readonly years = new Map<number, number>();

  constructor(private readonly maxExamples: number) {}

  /** Adds one posting's findings. Postings must arrive in job order. */
  add(p: PostingResult): void {
    this.postings += 1;
    add1(this.levelCounts, p.level.value);
    if (p.experience) add1(this.years, p.experience.minYears);
    for (const kind of ['skills', 'responsibilities'] as const) {
      const categories = new Set<string>();
      for (const f of p[kind]) {
        this.count(kind, f, p);
        categories.add(f.category);
      }
      for (const c of categories) add1(this.categoryPostings[kind], c);
    }
  }

  /**
   * True while an item still lacks examples, so a finding's evidence could become one;
   * after that, quoting its findings is work no one reads (see EvidenceWanted).
   */
  readonly wantsEvidence = (kind: Kind, id: string): boolean => {
    const t = this.tallies[kind].get(id);
    return (t === undefined ? 0 : t.examples.length) < this.maxExamples;
  };

  /** The counts so far, as plain data (see absorb). */
  state(): AggregateState {
    return {
      postings: this.postings,
      tallies: { skills: [...this.tallies.skills.values()], responsibilities: [...this.tallies.responsibilities.values()] },
      categoryPostings: { skills: [...this.categoryPostings.skills], responsibilities: [...this.categoryPostings.responsibilities] },
      levels: [...this.levelCounts],
      years: [...this.years],
    };
  }

  /**
   * Adds the counts of postings aggregated elsewhere, which come right after those added
   * so far: their examples' job numbers, counted from 1 there, are shifted by `jobOffset`
   * (the postings before them). Exactly as if each posting had been added here.
   */
  absorb(s: AggregateState, jobOffset: number): void {
    this.postings += s.postings;
    for (const [level, n] of s.levels) add1(this.levelCounts, level, n);
    for (const [years, n] of s.years) add1(this.years, years, n);
    for (const kind of ['skills', 'responsibilities'] as const) {
      for (const [c, n] of s.categoryPostings[kind]) add1(this.categoryPostings[kind], c, n);
      for (const o of s.tallies[kind]) {
        let t = this.tallies[kind].get(o.id);
        if (!t) {
          t = { ...o, postings: 0, mentions: 0, required: 0, preferred: 0, examples: [] };
          this.tallies[kind].set(o.id, t);
        }
        t.postings += o.postings;
        t.mentions += o.mentions;
        t.required += o.required;
        t.preferred += o.preferred;
        for (const e of o.examples) if (t.examples.length < this.maxExamples) t.examples.push({ ...e, job: e.job + jobOffset });
      }
    }
  }

  private count(kind: Kind, f: Finding, p: PostingResult): void {
    let t = this.tallies[kind].get(f.id);
    if (!t) {
      t = { id: f.id, label: f.label, category: f.category, postings: 0, mentions: 0, required: 0, preferred: 0, examples: [] };
      this.tallies[kind].set(f.id, t);
    }
    t.postings += 1;
    t.mentions += f.mentions;
    const strength = (f as SkillFinding).strength;
    if (strength === 'required') t.required += 1;
    else if (strength === 'preferred') t.preferred += 1;
    if (t.examples.length < this.maxExamples && f.evidence.length) {
      const e = pickExample(f, p);
      t.examples.push({ text: e.text, file: p.source.file, page: e.page, job: p.job, line: e.line });
    }
  }

  /** The sorted frequency lists and category rollups. */
  finish(
    thresholds: Thresholds,
    categoryLabels: Map<string, string>,
  ): Pick<AnalysisResult, 'skills' | 'responsibilities' | 'categories' | 'levels' | 'experience'> {
    const skills = this.frequencies('skills', thresholds);
    const responsibilities = this.frequencies('responsibilities', thresholds);
    return {
      skills,
      responsibilities,
      categories: [...this.rollups('skills', skills, categoryLabels), ...this.rollups('responsibilities', responsibilities, categoryLabels)],
      levels: [...LEVELS, null].map((value) => {
        const postings = this.levelCounts.get(value) ?? 0;
        return { value, postings, share: shareOf(postings, this.postings) };
      }),
      experience: summaryFromHistogram([...this.years].map(([years, postings]) => ({ years, postings }))),
    };
  }

  private frequencies(kind: Kind, thresholds: Thresholds): Frequency[] {
    return [...this.tallies[kind].values()]
      .map((t) => {
        const share = shareOf(t.postings, this.postings);
        return { ...t, share, band: bandOf(share, thresholds) };
      })
      .sort(byFrequency)
      .map(({ id, label, category, postings, share, mentions, band, required, preferred, examples }) => ({
        id,
        label,
        category,
        postings,
        share,
        mentions,
        band,
        ...(kind === 'skills' ? { required, preferred } : {}),
        examples,
      }));
  }

  private rollups(kind: Kind, list: Frequency[], labels: Map<string, string>): CategoryRollup[] {
    const byCategory = new Map<string, Frequency[]>();
    for (const f of list) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
    return [...byCategory.entries()]
      .map(([id, members]) => {
        const postings = this.categoryPostings[kind].get(id) ?? 0;
        return {
          id,
          label: labels.get(id) ?? id,
          kind,
          postings,
          share: shareOf(postings, this.postings),
          members: members.map((m) => ({ id: m.id, label: m.label, postings: m.postings, share: m.share })),
        };
      })
      .sort((a, b) => b.postings - a.postings || (a.id < b.id ? -1 : 1));
  }
}

/**
 * The quote that best shows a finding: a sentence other than the posting's title line,
 * preferring one of readable length; else the first.
 */
function pickExample(f: Finding, p: PostingResult) {
  const body = f.evidence.filter((e) => !(e.line === p.source.line && e.page === p.source.page));
  const readable = body.find((e) => e.text.length >= 20 && e.text.length <= 200);
  return readable ?? body[0] ?? f.evidence[0];
}

/** The years summary of a histogram. */
function summaryFromHistogram(histogram: { years: number; postings: number }[]): AnalysisResult['experience'] {
  const sorted = [...histogram].filter((h) => h.postings > 0).sort((a, b) => a.years - b.years);
  const total = sorted.reduce((n, h) => n + h.postings, 0);
  if (!total) return { postings: 0, minYears: null, histogram: [] };
  const middle = (total - 1) >> 1;
  let seen = 0;
  let median = sorted[0].years;
  for (const h of sorted) {
    if (seen + h.postings > middle) {
      median = h.years;
      break;
    }
    seen += h.postings;
  }
  return { postings: total, minYears: { min: sorted[0].years, median, max: sorted[sorted.length - 1].years }, histogram: sorted };
}

/** Share rounded to 4 decimals, so JSON is stable across platforms. */
export function shareOf(count: number, total: number): number {
  return total ? Math.round((count / total) * 10000) / 10000 : 0;
}

export function bandOf(share: number, t: Thresholds): Band {
  if (share >= t.common) return 'common';
  if (share <= t.uncommon) return 'uncommon';
  return 'moderate';
}

function byFrequency(a: { postings: number; mentions: number; id: string }, b: { postings: number; mentions: number; id: string }): number {
  return b.postings - a.postings || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
