import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { Aggregator, bandOf, DEFAULT_THRESHOLDS, shareOf } from '../../../src/aggregate/aggregate.js';
import type { Finding, PostingResult, SkillFinding } from '../../../src/types.js';

/** A finding with one evidence sentence per quote given. */
function finding(id: string, category: string, mentions = 1, quotes: string[] = [`${id} quote`]): Finding {
  return { id, label: id.toUpperCase(), category, mentions, evidence: quotes.map((text, i) => ({ text, line: 10 + i, page: null })) };
}

function posting(job: number, skills: Finding[], responsibilities: Finding[] = []): PostingResult {
  return {
    job,
    source: { file: `f${job}.txt`, page: null, pages: null, line: 1 },
    title: null,
    level: { value: null, evidence: null, all: [] },
    experience: null,
    skills: skills.map((f): SkillFinding => ({ strength: 'unspecified', sections: ['none'], ...f })),
    negatedSkills: [],
    responsibilities,
  };
}

function aggregate(postings: PostingResult[], maxExamples = 3, thresholds = DEFAULT_THRESHOLDS, labels = new Map<string, string>()) {
  const agg = new Aggregator(maxExamples);
  postings.forEach((p) => agg.add(p));
  return { agg, ...agg.finish(thresholds, labels) };
}

describe('Aggregator: counts and shares', () => {
  it('counts postings once per skill and sums mentions', () => {
    const { skills, agg } = aggregate([
      posting(1, [finding('python', 'lang', 3)]),
      posting(2, [finding('python', 'lang', 1), finding('go', 'lang', 2)]),
      posting(3, []),
    ]);
    expect(agg.postings).toBe(3);
    expect(skills.map((s) => [s.id, s.postings, s.mentions, s.share])).toEqual([
      ['python', 2, 4, 0.6667],
      ['go', 1, 2, 0.3333],
    ]);
  });

  it('keeps the label and category of the finding', () => {
    const { skills } = aggregate([posting(1, [finding('python', 'lang')])]);
    expect(skills[0]).toMatchObject({ id: 'python', label: 'PYTHON', category: 'lang' });
  });

  it('rounds shares to 4 decimals and gives 0 for an empty corpus', () => {
    expect(shareOf(1, 7)).toBe(0.1429);
    expect(shareOf(2, 3)).toBe(0.6667);
    expect(shareOf(0, 0)).toBe(0);
  });

  it('returns empty lists when nothing was added', () => {
    expect(aggregate([])).toMatchObject({ skills: [], responsibilities: [], categories: [] });
  });
});

describe('Aggregator: bands', () => {
  it('bands at the thresholds: at or above common, at or below uncommon', () => {
    const t = { common: 0.25, uncommon: 0.1 };
    expect([0.25, 0.2501, 0.2499, 0.1001, 0.1, 0].map((s) => bandOf(s, t))).toEqual([
      'common',
      'common',
      'moderate',
      'moderate',
      'uncommon',
      'uncommon',
    ]);
  });

  it('bands each skill from its share with custom thresholds', () => {
    // 10 postings: a in 5 (0.5), b in 2 (0.2), c in 1 (0.1).
    const postings = Array.from({ length: 10 }, (_, i) =>
      posting(i + 1, [...(i < 5 ? [finding('a', 'x')] : []), ...(i < 2 ? [finding('b', 'x')] : []), ...(i < 1 ? [finding('c', 'x')] : [])]),
    );
    expect(aggregate(postings, 1, { common: 0.5, uncommon: 0.1 }).skills.map((s) => [s.id, s.band])).toEqual([
      ['a', 'common'],
      ['b', 'moderate'],
      ['c', 'uncommon'],
    ]);
    expect(aggregate(postings, 1, { common: 0.2, uncommon: 0.05 }).skills.map((s) => s.band)).toEqual(['common', 'common', 'moderate']);
  });
});

describe('Aggregator: deterministic order', () => {
  it('sorts by postings, then mentions, then id', () => {
    const { skills } = aggregate([
      posting(1, [finding('zeta', 'x', 1), finding('alpha', 'x', 1), finding('mid', 'x', 5), finding('top', 'x', 1)]),
      posting(2, [finding('top', 'x', 1)]),
    ]);
    expect(skills.map((s) => s.id)).toEqual(['top', 'mid', 'alpha', 'zeta']);
  });

  it('gives the same order whatever order the findings arrive in', () => {
    const a = aggregate([posting(1, [finding('b', 'x'), finding('a', 'x')])]).skills.map((s) => s.id);
    const b = aggregate([posting(1, [finding('a', 'x'), finding('b', 'x')])]).skills.map((s) => s.id);
    expect(a).toEqual(['a', 'b']);
    expect(b).toEqual(a);
  });
});

describe('Aggregator: examples', () => {
  it('keeps at most maxExamples, the first evidence of each posting, in job order', () => {
    const postings = [1, 2, 3, 4].map((job) => posting(job, [finding('python', 'lang', 2, [`first ${job}`, `second ${job}`])]));
    expect(aggregate(postings, 2).skills[0].examples).toEqual([
      { text: 'first 1', file: 'f1.txt', page: null, job: 1, line: 10 },
      { text: 'first 2', file: 'f2.txt', page: null, job: 2, line: 10 },
    ]);
  });

  it('keeps no examples with maxExamples 0, and skips findings without evidence', () => {
    expect(aggregate([posting(1, [finding('python', 'lang')])], 0).skills[0].examples).toEqual([]);
    const { skills } = aggregate([posting(1, [finding('python', 'lang', 1, [])]), posting(2, [finding('python', 'lang', 1, ['q'])])]);
    expect(skills[0].examples.map((e) => e.job)).toEqual([2]);
  });
});

describe('Aggregator: category rollups', () => {
  it('counts a posting once per category however many members it mentions', () => {
    const { categories } = aggregate(
      [
        posting(1, [finding('python', 'lang'), finding('go', 'lang')]),
        posting(2, [finding('go', 'lang'), finding('aws', 'cloud')]),
        posting(3, [finding('aws', 'cloud')]),
        posting(4, []),
      ],
      1,
      DEFAULT_THRESHOLDS,
      new Map([['lang', 'Languages']]),
    );
    expect(categories).toEqual([
      {
        id: 'cloud',
        label: 'cloud',
        kind: 'skills',
        postings: 2,
        share: 0.5,
        members: [{ id: 'aws', label: 'AWS', postings: 2, share: 0.5 }],
      },
      {
        id: 'lang',
        label: 'Languages',
        kind: 'skills',
        postings: 2,
        share: 0.5,
        members: [
          { id: 'go', label: 'GO', postings: 2, share: 0.5 },
          { id: 'python', label: 'PYTHON', postings: 1, share: 0.25 },
        ],
      },
    ]);
  });

  it('lists skill rollups before responsibility rollups', () => {
    const { categories, responsibilities } = aggregate([
      posting(1, [finding('python', 'lang')], [finding('build-backend', 'responsibilities')]),
      posting(2, [], [finding('build-backend', 'responsibilities')]),
    ]);
    expect(responsibilities.map((r) => [r.id, r.postings, r.share])).toEqual([['build-backend', 2, 1]]);
    expect(categories.map((c) => [c.kind, c.id, c.postings])).toEqual([
      ['skills', 'lang', 1],
      ['responsibilities', 'responsibilities', 2],
    ]);
  });
});

describe('Aggregator: state and absorb', () => {
  // Postings with random skills from a small pool, random years and levels.
  const arbPostings = fc.array(
    fc.record({
      skills: fc.uniqueArray(fc.constantFrom('py', 'go', 'sql', 'aws', 'k8s'), { maxLength: 4 }),
      duties: fc.uniqueArray(fc.constantFrom('build', 'test'), { maxLength: 2 }),
      years: fc.option(fc.integer({ min: 0, max: 12 })),
      level: fc.constantFrom('Junior', 'Senior', null),
      quotes: fc.integer({ min: 0, max: 2 }),
    }),
    { maxLength: 30 },
  );
  // `n` is the posting's place in the corpus; `job` its job number where it is aggregated.
  const build = (spec: { skills: string[]; duties: string[]; years: number | null; level: string | null; quotes: number }, n: number, job = n) => {
    const quotes = Array.from({ length: spec.quotes }, (_, i) => `quote ${n}.${i} long enough to be readable`);
    const p = posting(job, spec.skills.map((s) => finding(s, s === 'sql' ? 'data' : 'lang', 1 + (n % 3), quotes)), spec.duties.map((d) => finding(d, 'duty', 1, quotes)));
    p.source.file = `f${n}.txt`;
    p.level.value = spec.level as PostingResult['level']['value'];
    p.experience = spec.years === null ? null : { minYears: spec.years, maxYears: null, evidence: { text: 'x', line: 1, page: null } };
    return p;
  };

  it('absorbing the states of consecutive runs equals adding every posting (any cut points)', () => {
    fc.assert(
      fc.property(arbPostings, fc.array(fc.nat(), { maxLength: 4 }), fc.integer({ min: 0, max: 3 }), (specs, cuts, maxExamples) => {
        const whole = aggregate(specs.map((s, i) => build(s, i + 1)), maxExamples, DEFAULT_THRESHOLDS);
        const bounds = [...new Set([0, ...cuts.map((c) => (specs.length ? c % (specs.length + 1) : 0)), specs.length])].sort((a, b) => a - b);
        const merged = new Aggregator(maxExamples);
        for (let k = 0; k + 1 < bounds.length; k++) {
          const part = new Aggregator(maxExamples);
          specs.slice(bounds[k], bounds[k + 1]).forEach((s, i) => part.add(build(s, bounds[k] + i + 1, i + 1)));
          // Through a structured clone, as between threads.
          merged.absorb(structuredClone(part.state()), bounds[k]);
        }
        expect(merged.postings).toBe(whole.agg.postings);
        expect(JSON.stringify(merged.finish(DEFAULT_THRESHOLDS, new Map()))).toBe(JSON.stringify(whole.agg.finish(DEFAULT_THRESHOLDS, new Map())));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Aggregator: wantsEvidence', () => {
  it('wants evidence for an item until it has its examples', () => {
    const agg = new Aggregator(2);
    expect(agg.wantsEvidence('skills', 'py')).toBe(true);
    agg.add(posting(1, [finding('py', 'lang')]));
    expect(agg.wantsEvidence('skills', 'py')).toBe(true);
    agg.add(posting(2, [finding('py', 'lang')]));
    expect(agg.wantsEvidence('skills', 'py')).toBe(false);
    expect(agg.wantsEvidence('responsibilities', 'py')).toBe(true);
    expect(new Aggregator(0).wantsEvidence('skills', 'py')).toBe(false);
  });
});
