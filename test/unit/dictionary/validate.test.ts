import { describe, it, expect } from 'vitest';
import { validateDictionaryFile } from '../../../src/dictionary/validate.js';
import { DictionaryError, ExitCode } from '../../../src/util/errors.js';

/** The DictionaryError thrown by validating `data` as `file`. */
function errorOf(data: unknown, file = 'skills/test.yaml'): DictionaryError {
  try {
    validateDictionaryFile(file, data);
  } catch (err) {
    expect(err).toBeInstanceOf(DictionaryError);
    return err as DictionaryError;
  }
  throw new Error('expected a DictionaryError');
}

const skill = (extra: Record<string, unknown> = {}) => ({ id: 'java', label: 'Java', aliases: ['Java'], ...extra });
const skillsFile = (...skills: unknown[]) => ({ category: 'languages', skills });

describe('validateDictionaryFile: valid files', () => {
  it('gives entries the file category and keeps the file name', () => {
    const part = validateDictionaryFile('skills/languages.yaml', { category: 'languages', label: 'Languages', skills: [skill()] });
    expect(part).toMatchObject({ file: 'skills/languages.yaml', category: 'languages', categoryLabel: 'Languages' });
    expect(part.skills).toEqual([{ id: 'java', label: 'Java', category: 'languages', aliases: ['Java'], implies: [], description: undefined }]);
  });

  it('keeps alias rules and trims terms; numbers are read as strings', () => {
    const part = validateDictionaryFile('x.yaml', skillsFile(skill({ aliases: [' Java ', 8, { term: 'Go', case: 'exact', notNext: ['to'] }] })));
    expect(part.skills[0].aliases).toEqual(['Java', '8', { term: 'Go', case: 'exact', notNext: ['to'] }]);
  });

  it('lets an entry category override the file category', () => {
    expect(validateDictionaryFile('x.yaml', skillsFile(skill({ category: 'jvm' }))).skills[0].category).toBe('jvm');
  });

  it('reads responsibilities, cues, dutyVerbs and sections', () => {
    const part = validateDictionaryFile('r.yaml', {
      cues: ['you will'],
      dutyVerbs: ['lead'],
      responsibilities: [{ id: 'on-call', label: 'On call', phrases: ['on-call rotation'] }],
      sections: { requirements: ['Requirements'] },
    });
    expect(part.responsibilities[0]).toMatchObject({ id: 'on-call', category: 'responsibilities', phrases: ['on-call rotation'] });
    expect(part).toMatchObject({ cues: ['you will'], dutyVerbs: ['lead'], sections: { requirements: ['Requirements'] } });
  });
});

describe('validateDictionaryFile: errors name the file and the entry', () => {
  it('rejects an unknown key on an entry', () => {
    const err = errorOf(skillsFile(skill({ alias: ['Java'] })));
    expect(err).toMatchObject({ file: 'skills/test.yaml', entry: 'java' });
    expect(err.reason).toMatch(/^unknown key "alias"/);
    expect(err.message).toMatch(/^skills\/test\.yaml: entry "java": unknown key "alias"/);
    expect(err.exitCode).toBe(ExitCode.dictionary);
  });

  it('rejects an unknown key at file level, with no entry', () => {
    const err = errorOf({ category: 'x', skils: [] });
    expect(err).toMatchObject({ entry: null });
    expect(err.message).toMatch(/^skills\/test\.yaml: unknown key "skils"/);
  });

  it('rejects an unknown key in an alias rule', () => {
    expect(errorOf(skillsFile(skill({ aliases: [{ term: 'Go', cases: 'exact' }] })))).toMatchObject({ entry: 'java' });
  });

  it('rejects a bad id', () => {
    for (const id of ['Java', 'my_id', '-java', 'two words']) {
      const err = errorOf(skillsFile(skill({ id })));
      expect(err.entry, id).toBe(id);
      expect(err.reason).toMatch(/id must be lowercase/);
    }
  });

  it('names an entry without an id by its position', () => {
    expect(errorOf(skillsFile(skill(), { label: 'No id', aliases: ['x'] }))).toMatchObject({ entry: '#2', reason: '"id" must be a non-empty string' });
  });

  it('rejects an empty alias, blank or missing', () => {
    expect(errorOf(skillsFile(skill({ aliases: [''] })))).toMatchObject({ entry: 'java', reason: 'empty alias' });
    expect(errorOf(skillsFile(skill({ aliases: ['   '] })))).toMatchObject({ reason: 'empty alias' });
    expect(errorOf(skillsFile(skill({ aliases: [{ term: ' ' }] })))).toMatchObject({ reason: '"term" must be a non-empty string' });
  });

  it('rejects missing or empty aliases', () => {
    expect(errorOf(skillsFile(skill({ aliases: [] }))).reason).toBe('"aliases" must be a non-empty list');
    expect(errorOf(skillsFile({ id: 'java', label: 'Java' })).reason).toBe('"aliases" must be a non-empty list');
  });

  it('rejects a bad case value and a non-boolean inflect', () => {
    expect(errorOf(skillsFile(skill({ aliases: [{ term: 'Go', case: 'upper' }] }))).reason).toMatch(/case must be "exact" or "fold"/);
    expect(errorOf(skillsFile(skill({ aliases: [{ term: 'Go', inflect: 'no' }] }))).reason).toMatch(/inflect must be true or false/);
  });

  it('rejects non-string list items', () => {
    expect(errorOf(skillsFile(skill({ implies: [{ id: 'aws' }] }))).reason).toMatch(/"implies" must hold strings/);
    expect(errorOf(skillsFile(skill({ aliases: [{ term: 'Go', context: 'language' }] }))).reason).toBe('"context" must be a list');
  });

  it('rejects an entry with no category anywhere', () => {
    expect(errorOf({ skills: [skill()] }).reason).toMatch(/no category/);
  });

  it('rejects a duplicate id within a file', () => {
    expect(errorOf(skillsFile(skill(), skill()))).toMatchObject({ entry: 'java', reason: 'duplicate id in this file' });
  });

  it('rejects an alias longer than 100 characters', () => {
    expect(errorOf(skillsFile(skill({ aliases: ['x'.repeat(101)] }))).reason).toMatch(/longer than 100/);
  });

  it('rejects a file that is not a mapping', () => {
    expect(errorOf(['java']).entry).toBeNull();
    expect(errorOf(null).reason).toMatch(/must be a mapping/);
  });

  it('rejects a responsibility with neither verb/object pairs nor phrases', () => {
    const err = errorOf({ responsibilities: [{ id: 'build', label: 'Build', verbs: ['build'] }] }, 'responsibilities.yaml');
    expect(err).toMatchObject({ file: 'responsibilities.yaml', entry: 'build' });
    expect(err.reason).toMatch(/needs verbs \(or nouns\) with objects, or phrases/);
  });

  it('rejects a window outside 1..400', () => {
    for (const window of [0, 401, 2.5, '90']) {
      const err = errorOf({ responsibilities: [{ id: 'x', label: 'X', phrases: ['p'], window }] });
      expect(err.reason, String(window)).toMatch(/"window" must be a whole number/);
    }
  });

  it('rejects an unknown section kind, naming it', () => {
    expect(errorOf({ sections: { perks: ['Perks'] } }, 'sections.yaml')).toMatchObject({ file: 'sections.yaml', entry: 'perks' });
  });
});
