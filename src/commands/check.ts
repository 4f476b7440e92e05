import type { Level, PostingResult } from '../types.js';
import { UsageError } from '../util/errors.js';

/** The flags `check` raises, besides `missing:<id>` (one per `--require` skill a posting lacks). */
export const CHECK_FLAGS = ['no-title', 'no-skills', 'no-duties', 'too-many-skills', 'level-years-mismatch'] as const;

/** A posting naming more distinct skills than this is an implausible wish list. */
export const DEFAULT_MAX_SKILLS = 25;

/** What `check` looks for. */
export interface CheckRules {
  /** `too-many-skills` above this many distinct skills (negated ones not counted). Default 25. */
  maxSkills: number;
  /** Skill ids every posting should name (any strength but negated): `missing:<id>` otherwise. Default []. */
  require: string[];
}

/** One posting's figures and flags. */
export interface CheckRow {
  job: number;
  file: string;
  page: number | null;
  line: number;
  title: string | null;
  level: Level | null;
  minYears: number | null;
  maxYears: number | null;
  /** Distinct skills named (negated ones excluded), and how many of them are required / preferred / neither. */
  skills: number;
  required: number;
  preferred: number;
  unspecified: number;
  /** Distinct responsibilities (duties) found. */
  responsibilities: number;
  /** Flag names in a fixed order: CHECK_FLAGS order, then `missing:<id>` in `--require` order. */
  flags: string[];
}

/** Counts over all rows. */
export interface CheckSummary {
  postings: number;
  /** Postings with at least one flag. */
  flagged: number;
  /** Postings per flag, every possible flag listed (0 included), in row flag order. */
  byFlag: Record<string, number>;
}

/** The whole check: rows in job order and their summary. */
export interface CheckReport {
  postings: CheckRow[];
  summary: CheckSummary;
}

/**
 * The level and the years asked disagree: a Junior post asking 4+ years, a Middle one
 * asking 8+, or a Senior, Lead or Principal one asking at most 1 year.
 */
export function levelYearsMismatch(level: Level | null, minYears: number | null): boolean {
  if (level === null || minYears === null) return false;
  if (level === 'Junior') return minYears >= 4;
  if (level === 'Middle') return minYears >= 8;
  return minYears <= 1;
}

/** One posting's row. Reads level and experience defensively: older results may lack them. */
export function checkPosting(p: PostingResult, rules: CheckRules): CheckRow {
  const level = p.level?.value ?? null;
  const minYears = p.experience?.minYears ?? null;
  const count = (s: string) => p.skills.filter((f) => f.strength === s).length;
  const required = count('required');
  const preferred = count('preferred');
  const named = new Set(p.skills.map((f) => f.id));
  const raised: Record<(typeof CHECK_FLAGS)[number], boolean> = {
    'no-title': !p.title,
    'no-skills': p.skills.length === 0,
    'no-duties': p.responsibilities.length === 0,
    'too-many-skills': p.skills.length > rules.maxSkills,
    'level-years-mismatch': levelYearsMismatch(level, minYears),
  };
  const flags: string[] = CHECK_FLAGS.filter((f) => raised[f]);
  for (const id of rules.require) if (!named.has(id)) flags.push(`missing:${id}`);
  return {
    job: p.job,
    file: p.source.file,
    page: p.source.page,
    line: p.source.line,
    title: p.title,
    level,
    minYears,
    maxYears: p.experience?.maxYears ?? null,
    skills: p.skills.length,
    required,
    preferred,
    unspecified: p.skills.length - required - preferred,
    responsibilities: p.responsibilities.length,
    flags,
  };
}

/** Every posting checked, in job order, with the summary. */
export function checkPostings(postings: PostingResult[], rules: CheckRules): CheckReport {
  const rows = [...postings].sort((a, b) => a.job - b.job).map((p) => checkPosting(p, rules));
  const byFlag: Record<string, number> = {};
  for (const f of [...CHECK_FLAGS, ...rules.require.map((id) => `missing:${id}`)]) byFlag[f] = 0;
  for (const r of rows) for (const f of r.flags) byFlag[f] = (byFlag[f] ?? 0) + 1;
  return { postings: rows, summary: { postings: rows.length, flagged: rows.filter((r) => r.flags.length > 0).length, byFlag } };
}

/**
 * Checks `--fail-on` names: a flag name, `missing:<id>` for a required skill, `missing`
 * (any missing skill) or `any`. Returns them lower-cased; unknown names are a usage error.
 */
export function parseFailOn(names: string[], require: string[]): string[] {
  const known = new Set<string>([...CHECK_FLAGS, 'missing', 'any', ...require.map((id) => `missing:${id}`)]);
  const out = names.map((n) => n.trim().toLowerCase());
  const unknown = out.filter((n) => !known.has(n));
  if (unknown.length) {
    const hint = unknown.some((n) => n.startsWith('missing:')) ? '; missing:<id> needs the skill in --require' : '';
    throw new UsageError(`--fail-on: unknown flag ${unknown.map((n) => `"${n}"`).join(', ')} (one of ${[...CHECK_FLAGS, 'missing', 'missing:<id>', 'any'].join(', ')})${hint}`);
  }
  return [...new Set(out)];
}

/** True when a row raises a flag that `failOn` lists. */
export function failsGate(row: CheckRow, failOn: string[]): boolean {
  return row.flags.some((f) => failOn.includes('any') || failOn.includes(f) || (f.startsWith('missing:') && failOn.includes('missing')));
}
