import { DictionaryError } from '../util/errors.js';
import type { Alias, AliasRule, ResponsibilityEntry, SkillEntry } from './schema.js';

/** A dictionary file's content after validation: every part optional. */
export interface DictionaryPart {
  file: string;
  category?: string;
  categoryLabel?: string;
  skills: SkillEntry[];
  responsibilities: ResponsibilityEntry[];
  cues: string[];
  dutyVerbs: string[];
  sections: Record<string, string[]>;
}

const ID = /^[a-z0-9][a-z0-9.+#-]*$/;
const FILE_KEYS = new Set(['category', 'label', 'skills', 'responsibilities', 'cues', 'dutyVerbs', 'sections']);
const SKILL_KEYS = new Set(['id', 'label', 'category', 'aliases', 'implies', 'description']);
const RULE_KEYS = new Set(['term', 'case', 'context', 'notNext', 'notPrev', 'inflect']);
const RESP_KEYS = new Set(['id', 'label', 'category', 'verbs', 'nouns', 'objects', 'phrases', 'window', 'description']);
export const SECTION_KINDS = ['about', 'responsibilities', 'requirements', 'preferred', 'benefits', 'other'];
/** Longest alias accepted: longer terms are almost certainly a mistake and bloat the automaton. */
const MAX_TERM = 100;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(file: string, entry: string | null, reason: string): never {
  throw new DictionaryError(file, entry, reason);
}

function checkKeys(file: string, entry: string | null, obj: Record<string, unknown>, allowed: Set<string>): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.has(key)) fail(file, entry, `unknown key "${key}" (allowed: ${[...allowed].join(', ')})`);
  }
}

function stringList(file: string, entry: string | null, value: unknown, field: string, nonEmpty = false): string[] {
  if (value === undefined || value === null) {
    if (nonEmpty) fail(file, entry, `"${field}" is required`);
    return [];
  }
  if (!Array.isArray(value)) fail(file, entry, `"${field}" must be a list`);
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string' && typeof item !== 'number') fail(file, entry, `"${field}" must hold strings, found ${JSON.stringify(item)}`);
    const s = String(item).trim();
    if (!s) fail(file, entry, `"${field}" has an empty term`);
    if (s.length > MAX_TERM) fail(file, entry, `"${field}" term is longer than ${MAX_TERM} characters`);
    out.push(s);
  }
  if (nonEmpty && out.length === 0) fail(file, entry, `"${field}" must not be empty`);
  return out;
}

function requiredString(file: string, entry: string | null, value: unknown, field: string): string {
  if (typeof value !== 'string' || !value.trim()) fail(file, entry, `"${field}" must be a non-empty string`);
  return value.trim();
}

function validateAlias(file: string, id: string, raw: unknown): Alias {
  if (typeof raw === 'string' || typeof raw === 'number') {
    const s = String(raw).trim();
    if (!s) fail(file, id, 'empty alias');
    if (s.length > MAX_TERM) fail(file, id, `alias longer than ${MAX_TERM} characters`);
    return s;
  }
  if (!isObject(raw)) fail(file, id, `alias must be a string or a rule object, found ${JSON.stringify(raw)}`);
  checkKeys(file, id, raw, RULE_KEYS);
  const rule: AliasRule = { term: requiredString(file, id, raw.term, 'term') };
  if (rule.term.length > MAX_TERM) fail(file, id, `alias longer than ${MAX_TERM} characters`);
  if (raw.case !== undefined) {
    if (raw.case !== 'exact' && raw.case !== 'fold') fail(file, id, `alias "${rule.term}": case must be "exact" or "fold"`);
    rule.case = raw.case;
  }
  if (raw.context !== undefined) rule.context = stringList(file, id, raw.context, 'context');
  if (raw.notNext !== undefined) rule.notNext = stringList(file, id, raw.notNext, 'notNext');
  if (raw.notPrev !== undefined) rule.notPrev = stringList(file, id, raw.notPrev, 'notPrev');
  if (raw.inflect !== undefined) {
    if (typeof raw.inflect !== 'boolean') fail(file, id, `alias "${rule.term}": inflect must be true or false`);
    rule.inflect = raw.inflect;
  }
  return rule;
}

function validateSkill(file: string, raw: unknown, index: number, fileCategory?: string): SkillEntry {
  if (!isObject(raw)) fail(file, `#${index + 1}`, 'a skill must be a mapping with id, label and aliases');
  const where = typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
  checkKeys(file, where, raw, SKILL_KEYS);
  const id = requiredString(file, where, raw.id, 'id');
  if (!ID.test(id)) fail(file, id, 'id must be lowercase letters, digits and - (e.g. "postgresql")');
  const category = raw.category === undefined ? fileCategory : requiredString(file, id, raw.category, 'category');
  if (!category) fail(file, id, 'no category: set "category" on the entry or the file');
  if (!Array.isArray(raw.aliases) || raw.aliases.length === 0) fail(file, id, '"aliases" must be a non-empty list');
  return {
    id,
    label: requiredString(file, id, raw.label, 'label'),
    category,
    aliases: raw.aliases.map((a) => validateAlias(file, id, a)),
    implies: stringList(file, id, raw.implies, 'implies'),
    description: typeof raw.description === 'string' ? raw.description : undefined,
  };
}

function validateResponsibility(file: string, raw: unknown, index: number, fileCategory?: string): ResponsibilityEntry {
  if (!isObject(raw)) fail(file, `#${index + 1}`, 'a responsibility must be a mapping');
  const where = typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
  checkKeys(file, where, raw, RESP_KEYS);
  const id = requiredString(file, where, raw.id, 'id');
  if (!ID.test(id)) fail(file, id, 'id must be lowercase letters, digits and -');
  const entry: ResponsibilityEntry = {
    id,
    label: requiredString(file, id, raw.label, 'label'),
    category: raw.category === undefined ? fileCategory ?? 'responsibilities' : requiredString(file, id, raw.category, 'category'),
    verbs: stringList(file, id, raw.verbs, 'verbs'),
    nouns: stringList(file, id, raw.nouns, 'nouns'),
    objects: stringList(file, id, raw.objects, 'objects'),
    phrases: stringList(file, id, raw.phrases, 'phrases'),
  };
  if (raw.window !== undefined) {
    if (typeof raw.window !== 'number' || !Number.isInteger(raw.window) || raw.window < 1 || raw.window > 400) {
      fail(file, id, '"window" must be a whole number from 1 to 400');
    }
    entry.window = raw.window;
  }
  const hasPair = (entry.verbs!.length > 0 || entry.nouns!.length > 0) && entry.objects!.length > 0;
  if (!hasPair && entry.phrases!.length === 0) fail(file, id, 'needs verbs (or nouns) with objects, or phrases');
  return entry;
}

/** Validates one parsed dictionary file. Throws DictionaryError naming the file and entry. */
export function validateDictionaryFile(file: string, data: unknown): DictionaryPart {
  if (!isObject(data)) fail(file, null, 'the file must be a mapping with "skills", "responsibilities" or "sections"');
  checkKeys(file, null, data, FILE_KEYS);
  const category = data.category === undefined ? undefined : requiredString(file, null, data.category, 'category');
  const part: DictionaryPart = {
    file,
    category,
    categoryLabel: typeof data.label === 'string' ? data.label : undefined,
    skills: [],
    responsibilities: [],
    cues: stringList(file, null, data.cues, 'cues'),
    dutyVerbs: stringList(file, null, data.dutyVerbs, 'dutyVerbs'),
    sections: {},
  };
  if (data.skills !== undefined) {
    if (!Array.isArray(data.skills)) fail(file, null, '"skills" must be a list');
    part.skills = data.skills.map((s, i) => validateSkill(file, s, i, category));
  }
  if (data.responsibilities !== undefined) {
    if (!Array.isArray(data.responsibilities)) fail(file, null, '"responsibilities" must be a list');
    part.responsibilities = data.responsibilities.map((r, i) => validateResponsibility(file, r, i, category));
  }
  if (data.sections !== undefined) {
    if (!isObject(data.sections)) fail(file, null, '"sections" must map a section kind to a list of headings');
    for (const [kind, list] of Object.entries(data.sections)) {
      if (!SECTION_KINDS.includes(kind)) fail(file, kind, `unknown section kind (allowed: ${SECTION_KINDS.join(', ')})`);
      part.sections[kind] = stringList(file, kind, list, kind);
    }
  }
  const seen = new Set<string>();
  for (const e of [...part.skills, ...part.responsibilities]) {
    if (seen.has(e.id)) fail(file, e.id, 'duplicate id in this file');
    seen.add(e.id);
  }
  return part;
}
