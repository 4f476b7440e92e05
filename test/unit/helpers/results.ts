/**
 * Hand-built PostingResult and AnalysisResult objects for the command tests, so they
 * state the level, years and strengths they need instead of depending on the matcher.
 */
import type { AnalysisResult, ExperienceFinding, Frequency, Level, PostingResult, SkillFinding, Strength } from '../../../src/types.js';

/** A skill finding: `python` or `python:preferred` (strength after the colon; default required). */
export function skill(spec: string): SkillFinding {
  const [id, strength = 'required'] = spec.split(':');
  return { id, label: id.toUpperCase(), category: 'tech', mentions: 1, evidence: [], strength: strength as Strength, sections: [] };
}

/** A posting with the given skills (specs as in `skill`), duties, level and years. */
export function posting(
  job: number,
  options: { skills?: string[]; negated?: string[]; duties?: string[]; level?: Level | null; years?: [number, number | null] | null; title?: string | null; file?: string } = {},
): PostingResult {
  const years = options.years ?? null;
  const experience: ExperienceFinding | null = years ? { minYears: years[0], maxYears: years[1], evidence: { text: 'years', line: 3, page: null } } : null;
  return {
    job,
    source: { file: options.file ?? 'jobs.txt', page: null, pages: null, line: job * 10 },
    title: options.title === undefined ? `Job ${job}` : options.title,
    level: { value: options.level ?? null, evidence: null, all: options.level ? [options.level] : [] },
    experience,
    skills: (options.skills ?? []).map(skill),
    negatedSkills: (options.negated ?? []).map((s) => ({ ...skill(s), strength: 'negated' as const })),
    responsibilities: (options.duties ?? []).map((id) => ({ id, label: id, category: 'responsibilities', mentions: 1, evidence: [] })),
  };
}

/** A frequency row: `id` named by `postings` postings of `total`. */
export function frequency(id: string, postings: number, total: number): Frequency {
  return { id, label: id.toUpperCase(), category: 'tech', postings, share: Math.round((postings / total) * 10000) / 10000, mentions: postings, band: 'moderate', examples: [] };
}

/** An aggregate of `total` postings with the given skill and duty counts (id -> postings). */
export function analysis(total: number, skills: Record<string, number>, duties: Record<string, number> = {}): AnalysisResult {
  return {
    schemaVersion: '1.0',
    tool: { name: 'jd-analyze', version: 'test' },
    corpus: { files: 1, analyzedFiles: 1, skippedFiles: 0, failedFiles: 0, postings: total },
    thresholds: { common: 0.25, uncommon: 0.1 },
    dictionary: { skills: 0, responsibilities: 0, sources: [] },
    skills: Object.entries(skills).map(([id, n]) => frequency(id, n, total)),
    responsibilities: Object.entries(duties).map(([id, n]) => frequency(id, n, total)),
    categories: [],
    levels: [],
    experience: { postings: 0, minYears: null },
    inputs: [],
  };
}
