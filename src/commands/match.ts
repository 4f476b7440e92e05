import type { PostingResult, SkillFinding } from '../types.js';

/** A skill named in the resume or in a posting. */
export interface SkillRef {
  id: string;
  label: string;
}

/** How much of one strength class of a posting's skills the resume covers. */
export interface Coverage {
  covered: number;
  total: number;
  /** covered / total, 4 decimals; null when the posting names no such skill. */
  share: number | null;
  /** Ids the resume lacks, in the posting's order. */
  missing: string[];
}

/** One posting against the resume. */
export interface MatchRow {
  job: number;
  file: string;
  title: string | null;
  required: Coverage;
  preferred: Coverage;
  /** Skills named elsewhere in the posting (duties, stack, about us). */
  unspecified: Coverage;
}

/** A skill the resume lacks, over all postings. */
export interface MissingSkill {
  id: string;
  label: string;
  category: string;
  /** Postings that name it (any strength but negated). */
  postings: number;
  /** postings / all postings, 4 decimals. */
  share: number;
  /** Of those, postings where it is required. */
  required: number;
}

/** The resume against every posting. */
export interface MatchReport {
  /** The resume's skills, sorted by label. */
  resume: { file: string; skills: SkillRef[] };
  /** Sorted by required coverage (highest first; postings with no required skill last), then job. */
  postings: MatchRow[];
  /** Sorted by postings, then required, then id. */
  missing: MissingSkill[];
}

function share(count: number, total: number): number {
  return Math.round((count / total) * 10000) / 10000;
}

function coverage(skills: SkillFinding[], has: Set<string>): Coverage {
  const missing = skills.filter((s) => !has.has(s.id)).map((s) => s.id);
  const covered = skills.length - missing.length;
  return { covered, total: skills.length, share: skills.length ? share(covered, skills.length) : null, missing };
}

/** Higher shares first; null (nothing to cover) after every number. */
function byShare(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/** One posting's coverage. A skill counts by its strength in the posting. */
export function matchPosting(p: PostingResult, has: Set<string>): MatchRow {
  const of = (strength: string) => p.skills.filter((s) => (strength === 'unspecified' ? s.strength !== 'required' && s.strength !== 'preferred' : s.strength === strength));
  return {
    job: p.job,
    file: p.source.file,
    title: p.title,
    required: coverage(of('required'), has),
    preferred: coverage(of('preferred'), has),
    unspecified: coverage(of('unspecified'), has),
  };
}

/** Matches a resume's skills against postings: coverage per posting and the skills most often missing. */
export function matchResume(resume: { file: string; skills: SkillRef[] }, postings: PostingResult[]): MatchReport {
  const has = new Set(resume.skills.map((s) => s.id));
  const rows = postings
    .map((p) => matchPosting(p, has))
    .sort(
      (a, b) =>
        byShare(a.required.share, b.required.share) ||
        b.required.covered - a.required.covered ||
        byShare(a.preferred.share, b.preferred.share) ||
        a.job - b.job,
    );
  const missing = new Map<string, MissingSkill>();
  for (const p of postings) {
    for (const s of p.skills) {
      if (has.has(s.id)) continue;
      let m = missing.get(s.id);
      if (!m) missing.set(s.id, (m = { id: s.id, label: s.label, category: s.category, postings: 0, share: 0, required: 0 }));
      m.postings += 1;
      if (s.strength === 'required') m.required += 1;
    }
  }
  const list = [...missing.values()]
    .map((m) => ({ ...m, share: share(m.postings, postings.length) }))
    .sort((a, b) => b.postings - a.postings || b.required - a.required || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byLabel = (a: SkillRef, b: SkillRef) => a.label.toLowerCase().localeCompare(b.label.toLowerCase(), 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { resume: { file: resume.file, skills: [...resume.skills].sort(byLabel) }, postings: rows, missing: list };
}
