import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type * as Yaml from 'yaml';
import { hashOf, readCache, writeCache } from './cache.js';
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

const YAML_OPTIONS = { maxAliasCount: 100 };

let yamlModule: typeof Yaml | null = null;

/** The YAML parser, loaded on first use: a run whose dictionary is cached never needs it. */
function yaml(): typeof Yaml {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yamlModule;
}

function readText(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new DictionaryError(shown, null, `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

function parseText(text: string, shown: string): unknown {
  try {
    return yaml().parse(text, YAML_OPTIONS);
  } catch (err) {
    throw new DictionaryError(shown, null, `not valid YAML/JSON: ${(err as Error).message.split('\n')[0]}`);
  }
}

/**
 * parseText, and whether the value may be cached as JSON: no warnings or errors to
 * report, and JSON gives the very same value back.
 */
function parseForCache(text: string, shown: string): { data: unknown; json: string | null } {
  let doc;
  try {
    doc = yaml().parseDocument(text, YAML_OPTIONS as Parameters<typeof Yaml.parseDocument>[1]);
  } catch {
    return { data: parseText(text, shown), json: null };
  }
  if (doc.errors.length || doc.warnings.length) return { data: parseText(text, shown), json: null };
  let data: unknown;
  try {
    data = doc.toJS(YAML_OPTIONS);
  } catch {
    return { data: parseText(text, shown), json: null };
  }
  const json = JSON.stringify(data);
  return { data, json: json !== undefined && isDeepStrictEqual(JSON.parse(json), data) ? json : null };
}

/** Reads and validates one dictionary file (YAML or JSON). */
export function readDictionaryFile(file: string): DictionaryPart {
  const shown = displayPath(file);
  return validateDictionaryFile(shown, parseText(readText(file, shown), shown));
}

/**
 * readDictionaryFile over a list of files, parsing YAML only when the texts are new: the
 * parsed values of a list of texts that all parsed cleanly are cached. Errors come in
 * file order, as with readDictionaryFile.
 */
function readDictionaryFiles(files: string[]): DictionaryPart[] {
  const shown = files.map(displayPath);
  const texts = files.map((f, i) => {
    try {
      return readText(f, shown[i]);
    } catch (err) {
      return err as DictionaryError;
    }
  });
  const key = texts.every((t) => typeof t === 'string') ? hashOf(`yaml ${yamlVersion()}`, ...(texts as string[])) : null;
  const hit = key ? readCache('yaml', key) : null;
  if (hit) {
    try {
      const values = JSON.parse(hit.toString('utf8')) as unknown[];
      if (Array.isArray(values) && values.length === files.length) return values.map((v, i) => validateDictionaryFile(shown[i], v));
    } catch {
      // A torn entry: parse again.
    }
  }
  const json: (string | null)[] = [];
  const parts = texts.map((t, i) => {
    if (typeof t !== 'string') throw t;
    const parsed = parseForCache(t, shown[i]);
    json.push(parsed.json);
    return validateDictionaryFile(shown[i], parsed.data);
  });
  if (key && json.every((j) => j !== null)) writeCache('yaml', key, `[${json.join(',')}]`);
  return parts;
}

function yamlVersion(): string {
  try {
    return (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
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
  const parts = readDictionaryFiles([...defaultDictionaryFiles(dir), ...extraFiles]);
  return mergeParts(parts, readVerbForms(dir));
}
