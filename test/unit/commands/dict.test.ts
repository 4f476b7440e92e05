import { describe, expect, it } from 'vitest';
import { listDictionary } from '../../../src/commands/dict.js';
import { dataOf, RESPONSIBILITIES_FILE, SECTIONS_FILE, SKILLS_FILE } from '../helpers/dict.js';

const data = () =>
  dataOf({
    'skills/tech.yaml': SKILLS_FILE,
    'skills/db.yaml': { category: 'db', label: 'Databases', skills: [{ id: 'redis', label: 'Redis', aliases: ['Redis', { term: 'REDIS', case: 'exact' }] }] },
    'responsibilities.yaml': RESPONSIBILITIES_FILE,
    'sections.yaml': SECTIONS_FILE,
  });

describe('listDictionary', () => {
  it('lists skills by category then id, with alias terms and implies', () => {
    const d = listDictionary(data());
    expect(d.skills[0]).toEqual({ id: 'redis', label: 'Redis', category: 'db', aliases: ['Redis', 'REDIS'], implies: [] });
    expect(d.skills.find((s) => s.id === 's3')).toMatchObject({ aliases: ['S3', 'Amazon S3'], implies: ['aws'] });
    expect(d.categories).toEqual([
      { id: 'db', label: 'Databases', skills: 1 },
      { id: 'tech', label: 'Technology', skills: SKILLS_FILE.skills.length },
    ]);
    expect(d.responsibilities.map((r) => r.id)).toEqual(['build-backend', 'code-review', 'write-tests']);
    expect(d.responsibilities[0]).toMatchObject({ verbs: ['build', 'develop'], nouns: ['development'], objects: ['backend services', 'API'] });
  });

  it('filters by category id or label, case-insensitively', () => {
    expect(listDictionary(data(), 'DATABASES').skills.map((s) => s.id)).toEqual(['redis']);
    expect(listDictionary(data(), 'db').responsibilities).toEqual([]);
    expect(listDictionary(data(), 'responsibilities').skills).toEqual([]);
  });

  it('rejects an unknown category with a usage error listing the known ones', () => {
    expect(() => listDictionary(data(), 'nope')).toThrow('--category: unknown category "nope" (one of db, responsibilities, tech)');
  });
});
