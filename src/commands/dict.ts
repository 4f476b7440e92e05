import type { DictionaryData } from '../dictionary/load.js';
import { UsageError } from '../util/errors.js';

/** A skill entry as `dict list` shows it. */
export interface DictSkill {
  id: string;
  label: string;
  category: string;
  /** Aliases as written in the dictionary (rules by their term). */
  aliases: string[];
  implies: string[];
}

/** A responsibility entry as `dict list` shows it. */
export interface DictResponsibility {
  id: string;
  label: string;
  category: string;
  verbs: string[];
  nouns: string[];
  objects: string[];
  phrases: string[];
}

/** The dictionary, flattened for listing. */
export interface DictListing {
  sources: string[];
  categories: { id: string; label: string; skills: number }[];
  /** Sorted by category, then id. */
  skills: DictSkill[];
  /** Sorted by id. */
  responsibilities: DictResponsibility[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The merged dictionary as a listing, optionally one category only (id or label,
 * case-insensitive; an unknown one is a usage error listing the known ones).
 */
export function listDictionary(data: DictionaryData, category?: string): DictListing {
  let skills: DictSkill[] = data.skills.map((s) => ({
    id: s.id,
    label: s.label,
    category: s.category ?? '',
    aliases: s.aliases.map((a) => (typeof a === 'string' ? a : a.term)),
    implies: s.implies ?? [],
  }));
  let responsibilities: DictResponsibility[] = data.responsibilities.map((r) => ({
    id: r.id,
    label: r.label,
    category: r.category ?? 'responsibilities',
    verbs: r.verbs ?? [],
    nouns: r.nouns ?? [],
    objects: r.objects ?? [],
    phrases: r.phrases ?? [],
  }));
  const labelOf = (id: string) => data.categoryLabels.get(id) ?? id;
  if (category !== undefined) {
    const wanted = category.trim().toLowerCase();
    const known = [...new Set([...skills.map((s) => s.category), ...responsibilities.map((r) => r.category)])].sort();
    const id = known.find((c) => c.toLowerCase() === wanted || labelOf(c).toLowerCase() === wanted);
    if (id === undefined) throw new UsageError(`--category: unknown category "${category}" (one of ${known.join(', ')})`);
    skills = skills.filter((s) => s.category === id);
    responsibilities = responsibilities.filter((r) => r.category === id);
  }
  skills.sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : byId(a, b)));
  responsibilities.sort(byId);
  const counts = new Map<string, number>();
  for (const s of skills) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  const categories = [...counts.entries()].map(([id, n]) => ({ id, label: labelOf(id), skills: n })).sort(byId);
  return { sources: data.sources, categories, skills, responsibilities };
}
