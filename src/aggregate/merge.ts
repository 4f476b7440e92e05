import { LEVELS, SCHEMA_VERSION, type AnalysisResult, type CategoryRollup, type Frequency, type Thresholds } from '../types.js';
import { InputError } from '../util/errors.js';
import { VERSION } from '../version.js';
import { bandOf, shareOf, summaryFromHistogram } from './aggregate.js';

/** Options for merging shard results. */
export interface MergeOptions {
  /** Thresholds for the merged bands. Default: the first shard's. */
  thresholds?: Thresholds;
  /** Examples kept per item. Default: the most any shard kept. */
  examples?: number;
}

type Kind = 'skills' | 'responsibilities';

function byFrequency(a: Frequency, b: Frequency): number {
  return b.postings - a.postings || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Checks that the shards can be merged: same contract and the same dictionary. */
function checkCompatible(shards: AnalysisResult[], names: string[]): void {
  shards.forEach((s, i) => {
    if (!s || typeof s !== 'object' || !Array.isArray(s.skills) || !s.corpus) {
      throw new InputError(`${names[i]}: not a jd-analyze JSON result (run with --format json)`);
    }
    if (s.schemaVersion !== SCHEMA_VERSION) {
      throw new InputError(`${names[i]}: schemaVersion ${s.schemaVersion}, expected ${SCHEMA_VERSION}`);
    }
    const a = JSON.stringify(s.dictionary);
    if (a !== JSON.stringify(shards[0].dictionary)) {
      throw new InputError(`${names[i]}: analyzed with a different dictionary than ${names[0]}; merged counts would not be comparable`);
    }
  });
}

/**
 * Combines shard results exactly, as if one run had read the shards' files in the order
 * given: counts and mentions add up, shares and bands are recomputed, examples keep the
 * first N in job order (later shards' job numbers shifted by the postings before them),
 * category rollups add up (postings are disjoint), levels and the years histogram add up.
 */
export function mergeResults(shards: AnalysisResult[], names: string[], options: MergeOptions = {}): AnalysisResult {
  if (!shards.length) throw new InputError('nothing to merge');
  checkCompatible(shards, names);
  const thresholds = options.thresholds ?? shards[0].thresholds;
  const maxExamples =
    options.examples ?? Math.max(0, ...shards.flatMap((s) => [...s.skills, ...s.responsibilities].map((f) => f.examples.length)));
  const postings = shards.reduce((n, s) => n + s.corpus.postings, 0);
  const offsets: number[] = [];
  shards.reduce((n, s, i) => ((offsets[i] = n), n + s.corpus.postings), 0);

  const mergeKind = (kind: Kind): Frequency[] => {
    const byId = new Map<string, Frequency>();
    shards.forEach((s, i) => {
      for (const f of s[kind]) {
        let m = byId.get(f.id);
        if (!m) {
          m = { id: f.id, label: f.label, category: f.category, postings: 0, share: 0, mentions: 0, band: 'uncommon', examples: [] };
          if (kind === 'skills') Object.assign(m, { required: 0, preferred: 0 });
          byId.set(f.id, m);
        }
        m.postings += f.postings;
        m.mentions += f.mentions;
        if (kind === 'skills') {
          m.required = (m.required ?? 0) + (f.required ?? 0);
          m.preferred = (m.preferred ?? 0) + (f.preferred ?? 0);
        }
        for (const e of f.examples) if (m.examples.length < maxExamples) m.examples.push({ ...e, job: e.job + offsets[i] });
      }
    });
    return [...byId.values()]
      .map((m) => {
        const share = shareOf(m.postings, postings);
        const { required, preferred, examples, ...rest } = m;
        return {
          ...rest,
          share,
          band: bandOf(share, thresholds),
          ...(kind === 'skills' ? { required, preferred } : {}),
          examples,
        };
      })
      .sort(byFrequency);
  };
  const skills = mergeKind('skills');
  const responsibilities = mergeKind('responsibilities');

  const categories: CategoryRollup[] = [];
  for (const kind of ['skills', 'responsibilities'] as const) {
    const list = kind === 'skills' ? skills : responsibilities;
    const rollups = new Map<string, { label: string; postings: number }>();
    for (const s of shards) {
      for (const c of s.categories.filter((x) => x.kind === kind)) {
        const r = rollups.get(c.id) ?? { label: c.label, postings: 0 };
        r.postings += c.postings;
        rollups.set(c.id, r);
      }
    }
    categories.push(
      ...[...rollups.entries()]
        .map(([id, r]) => ({
          id,
          label: r.label,
          kind,
          postings: r.postings,
          share: shareOf(r.postings, postings),
          members: list.filter((f) => f.category === id).map((f) => ({ id: f.id, label: f.label, postings: f.postings, share: f.share })),
        }))
        .sort((a, b) => b.postings - a.postings || (a.id < b.id ? -1 : 1)),
    );
  }

  const levelCount = (value: string | null) =>
    shards.reduce((n, s) => n + (s.levels.find((l) => l.value === value)?.postings ?? 0), 0);
  const histogram = new Map<number, number>();
  for (const s of shards) for (const h of s.experience.histogram ?? []) histogram.set(h.years, (histogram.get(h.years) ?? 0) + h.postings);
  const sum = (f: (s: AnalysisResult) => number) => shards.reduce((n, s) => n + f(s), 0);

  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'jd-analyze', version: VERSION },
    corpus: {
      files: sum((s) => s.corpus.files),
      analyzedFiles: sum((s) => s.corpus.analyzedFiles),
      skippedFiles: sum((s) => s.corpus.skippedFiles),
      failedFiles: sum((s) => s.corpus.failedFiles),
      postings,
    },
    thresholds,
    dictionary: shards[0].dictionary,
    skills,
    responsibilities,
    categories,
    levels: [...LEVELS, null].map((value) => {
      const n = levelCount(value);
      return { value, postings: n, share: shareOf(n, postings) };
    }),
    experience: summaryFromHistogram([...histogram.entries()].map(([years, n]) => ({ years, postings: n }))),
    inputs: shards.flatMap((s) => s.inputs),
  };
}
