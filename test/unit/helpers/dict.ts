/**
 * Small, hand-written dictionaries for the matcher tests, so they do not depend on the
 * shipped default dictionary (which changes as it grows).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { compileDictionary, type CompiledDictionary } from '../../../src/dictionary/compile.js';
import { mergeParts, type DictionaryData } from '../../../src/dictionary/load.js';
import { validateDictionaryFile } from '../../../src/dictionary/validate.js';

/** The repository root (for copying shipped data files into temp dirs). */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Inflections for the verbs the test dictionaries use, so compromise is never loaded. */
export const VERB_FORMS: Record<string, string[]> = {
  build: ['build', 'building', 'builds', 'built'],
  develop: ['develop', 'developed', 'developing', 'develops'],
  review: ['review', 'reviewed', 'reviewing', 'reviews'],
  write: ['write', 'writes', 'writing', 'written', 'wrote'],
  lead: ['lead', 'leading', 'leads', 'led'],
};

/** A languages-and-tools skills file with the awkward names the matcher must handle. */
export const SKILLS_FILE = {
  category: 'tech',
  label: 'Technology',
  skills: [
    { id: 'java', label: 'Java', aliases: ['Java'] },
    { id: 'javascript', label: 'JavaScript', aliases: ['JavaScript'] },
    { id: 'python', label: 'Python', aliases: ['Python'] },
    { id: 'sql', label: 'SQL', aliases: ['SQL'] },
    { id: 'mysql', label: 'MySQL', aliases: ['MySQL'] },
    { id: 'nosql', label: 'NoSQL', aliases: ['NoSQL'] },
    { id: 'cpp', label: 'C++', aliases: ['C++'] },
    { id: 'csharp', label: 'C#', aliases: ['C#'] },
    { id: 'dotnet', label: '.NET', aliases: ['.NET'] },
    { id: 'nodejs', label: 'Node.js', aliases: ['Node.js'] },
    { id: 'ci-cd', label: 'CI/CD', aliases: ['CI/CD'] },
    { id: 'c', label: 'C', aliases: [{ term: 'C', case: 'exact', notNext: ['-'] }] },
    { id: 'r', label: 'R', aliases: [{ term: 'R', case: 'exact', notNext: ['&'] }] },
    { id: 'github', label: 'GitHub', aliases: ['GitHub'] },
    { id: 'github-actions', label: 'GitHub Actions', aliases: ['GitHub Actions'] },
    {
      id: 'go',
      label: 'Go',
      aliases: ['Golang', { term: 'Go', case: 'exact', context: ['programming', 'language'], notNext: ['to'] }],
    },
    { id: 'aws', label: 'AWS', aliases: ['AWS', 'Amazon Web Services'] },
    { id: 's3', label: 'S3', aliases: ['S3', 'Amazon S3'], implies: ['aws'] },
    { id: 'microservices', label: 'Microservices', aliases: ['microservice'] },
    { id: 'unit-testing', label: 'Unit testing', aliases: ['unit test'] },
  ],
};

/** Duties: verb+object pairs, a noun of action and a phrase, plus one cue. */
export const RESPONSIBILITIES_FILE = {
  category: 'responsibilities',
  label: 'Responsibilities',
  cues: ['you will'],
  dutyVerbs: ['lead'],
  responsibilities: [
    {
      id: 'build-backend',
      label: 'Build backend services',
      verbs: ['build', 'develop'],
      nouns: ['development'],
      objects: ['backend services', 'API'],
      window: 40,
    },
    { id: 'code-review', label: 'Review code', verbs: ['review'], objects: ['pull request'], phrases: ['code reviews'] },
    { id: 'write-tests', label: 'Write tests', verbs: ['write'], objects: ['unit test'] },
  ],
};

/** A few section headings per kind (the shipped list is longer). */
export const SECTIONS_FILE = {
  sections: {
    responsibilities: ['responsibilities', "what you'll do", 'what you will do', 'duties'],
    requirements: ['requirements', 'qualifications', 'what you bring'],
    preferred: ['nice to have', 'preferred qualifications', 'bonus'],
    benefits: ['benefits', 'what we offer'],
    about: ['about us'],
    other: ['about the role', 'how to apply'],
  },
};

/** Validates and merges dictionary files given as parsed data (name -> content). */
export function dataOf(files: Record<string, unknown>, verbForms = VERB_FORMS): DictionaryData {
  return mergeParts(
    Object.entries(files).map(([name, data]) => validateDictionaryFile(name, data)),
    verbForms,
  );
}

/** The standard test dictionary (skills, responsibilities, sections), compiled. */
export async function testDictionary(extra: Record<string, unknown> = {}): Promise<CompiledDictionary> {
  return compileDictionary(
    dataOf({
      'skills/tech.yaml': SKILLS_FILE,
      'responsibilities.yaml': RESPONSIBILITIES_FILE,
      'sections.yaml': SECTIONS_FILE,
      ...extra,
    }),
  );
}

/** A dictionary with only the given skills (one file, category `tech`). */
export async function skillsDictionary(skills: unknown[]): Promise<CompiledDictionary> {
  return compileDictionary(dataOf({ 'skills/tech.yaml': { category: 'tech', skills }, 'sections.yaml': SECTIONS_FILE }));
}

/** The folded heading table the segmenter and splitter take, from SECTIONS_FILE. */
export async function testHeadings(): Promise<[string, string][]> {
  return (await compileDictionary(dataOf({ 'sections.yaml': SECTIONS_FILE }))).headings;
}

/** A temp dictionary folder laid out like dictionaries/, with the files given (relative path -> YAML data). */
export function tempDictionaryDir(files: Record<string, unknown>, copyShipped: string[] = []): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'jd-dict-'));
  mkdirSync(join(dir, 'skills'));
  for (const f of copyShipped) cpSync(join(REPO, 'dictionaries', f), join(dir, f));
  for (const [rel, data] of Object.entries(files)) {
    writeFileSync(join(dir, rel), typeof data === 'string' ? data : rel.endsWith('.json') ? JSON.stringify(data) : stringify(data));
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
