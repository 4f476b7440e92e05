import { SCHEMA_VERSION, type AnalysisResult, type Level, type Thresholds } from '../types.js';
import { InputError } from '../util/errors.js';
import { VERSION } from '../version.js';
import { Aggregator, type AggregateState } from './aggregate.js';

/** Options for merging shard results. */
export interface MergeOptions {
  /** Thresholds for the merged bands. Default: the first shard's. */
  thresholds?: Thresholds;
  /** Examples kept per item. Default: the most any shard kept. */
  examples?: number;
}

type Kind = 'skills' | 'responsibilities';

/** A shard's counts as an Aggregator's state (its examples' job numbers count from 1). */
function stateOf(s: AnalysisResult): AggregateState {
  const tallies = (kind: Kind) =>
    s[kind].map((f) => ({
      id: f.id,
      label: f.label,
      category: f.category,
      postings: f.postings,
      mentions: f.mentions,
      required: f.required ?? 0,
      preferred: f.preferred ?? 0,
      examples: f.examples,
    }));
  const categoryPostings = (kind: Kind) => s.categories.filter((c) => c.kind === kind).map((c): [string, number] => [c.id, c.postings]);
  return {
    postings: s.corpus.postings,
    tallies: { skills: tallies('skills'), responsibilities: tallies('responsibilities') },
    categoryPostings: { skills: categoryPostings('skills'), responsibilities: categoryPostings('responsibilities') },
    levels: s.levels.map((l): [Level | null, number] => [l.value, l.postings]),
    years: (s.experience.histogram ?? []).map((h): [number, number] => [h.years, h.postings]),
  };
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
  // Each shard's counts go into one Aggregator, as its lanes' do in a run.
  const aggregator = new Aggregator(maxExamples);
  const labels = new Map<string, string>();
  for (const s of shards) {
    for (const c of s.categories) if (!labels.has(c.id)) labels.set(c.id, c.label);
    aggregator.absorb(stateOf(s), aggregator.postings);
  }
  const postings = aggregator.postings;
  const { skills, responsibilities, categories, levels, experience } = aggregator.finish(thresholds, labels);
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
    levels,
    experience,
    inputs: shards.flatMap((s) => s.inputs),
  };
}
