import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { DictionaryError } from '../util/errors.js';
import type { ResponsibilityEntry, SkillEntry } from './schema.js';
import { validateDictionaryFile, type DictionaryPart } from './validate.js';

/** The default dictionary folder shipped in the package. */
export const DEFAULT_DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

/** All dictionary data, merged and cross-checked, before compilation. */
export interface DictionaryData {
  skills: SkillEntry[];
  responsibilities: ResponsibilityEntry[];
  categoryLabels: Map<string, string>;
  cues: string[];
  dutyVerbs: string[];
  sections: Record<string, string[]>;
  /** Inflections of verbs: lemma -> forms (including the lemma). */
  verbForms: Record<string, string[]>;
  /** Files the data came from, in load order. */
  sources: string[];
  /** The file each skill and responsibility id was last defined in. */
  origin: Map<string, string>;
}

/** How a dictionary file is named in reports and errors: shipped ones as `builtin:skills/x.yaml`. */
function displayPath(file: string): string {
  const own = relative(DEFAULT_DICTIONARY_DIR, file);
  if (own && !own.startsWith('..') && !isAbsolute(own)) return `builtin:${own.split('\\').join('/')}`;
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : file;
}

/** Reads and validates one dictionary file (YAML or JSON). */
export function readDictionaryFile(file: string): DictionaryPart {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DictionaryError(shown, null, `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new DictionaryError(shown, null, `not valid YAML/JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  return validateDictionaryFile(shown, data);
}

/** The default dictionary's files, in a fixed order. */
export function defaultDictionaryFiles(dir = DEFAULT_DICTIONARY_DIR): string[] {
  const skillsDir = join(dir, 'skills');
  const skillFiles = existsSync(skillsDir)
    ? readdirSync(skillsDir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(skillsDir, f))
    : [];
  return [...skillFiles, join(dir, 'responsibilities.yaml'), join(dir, 'sections.yaml')].filter((f) => existsSync(f));
}

function readVerbForms(dir: string): Record<string, string[]> {
  const file = join(dir, 'verb-forms.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
}

/** Merges validated parts: a later entry with the same id replaces the earlier one. */
export function mergeParts(parts: DictionaryPart[], verbForms: Record<string, string[]> = {}): DictionaryData {
  const skills = new Map<string, SkillEntry>();
  const resps = new Map<string, ResponsibilityEntry>();
  const categoryLabels = new Map<string, string>();
  const cues = new Set<string>();
  const dutyVerbs = new Set<string>();
  const sections: Record<string, string[]> = {};
  const skillSource = new Map<string, string>();
  for (const part of parts) {
    if (part.category && part.categoryLabel) categoryLabels.set(part.category, part.categoryLabel);
    for (const s of part.skills) {
      skills.set(s.id, s);
      skillSource.set(s.id, part.file);
    }
    for (const r of part.responsibilities) {
      resps.set(r.id, r);
      skillSource.set(r.id, part.file);
    }
    part.cues.forEach((c) => cues.add(c));
    part.dutyVerbs.forEach((v) => dutyVerbs.add(v));
    for (const [kind, list] of Object.entries(part.sections)) sections[kind] = [...(sections[kind] ?? []), ...list];
  }
  for (const s of skills.values()) {
    for (const target of s.implies ?? []) {
      if (!skills.has(target)) throw new DictionaryError(skillSource.get(s.id)!, s.id, `implies unknown id "${target}"`);
      if (target === s.id) throw new DictionaryError(skillSource.get(s.id)!, s.id, 'implies itself');
    }
  }
  return {
    skills: [...skills.values()],
    responsibilities: [...resps.values()],
    categoryLabels,
    cues: [...cues],
    dutyVerbs: [...dutyVerbs],
    sections,
    verbForms,
    sources: parts.map((p) => p.file),
    origin: skillSource,
  };
}

/** Loads the default dictionary plus any `--dict` files (later files override earlier ids). */
export function loadDictionaryData(extraFiles: string[] = [], dir = DEFAULT_DICTIONARY_DIR): DictionaryData {
  const parts = [...defaultDictionaryFiles(dir), ...extraFiles].map(readDictionaryFile);
  return mergeParts(parts, readVerbForms(dir));
}
