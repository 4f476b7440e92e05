import { afterEach, describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { defaultDictionaryFiles, loadDictionaryData, mergeParts, readDictionaryFile } from '../../../src/dictionary/load.js';
import { validateDictionaryFile } from '../../../src/dictionary/validate.js';
import { DictionaryError } from '../../../src/util/errors.js';
import { tempDictionaryDir } from '../helpers/dict.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function tempDir(files: Record<string, unknown>, copyShipped: string[] = []): string {
  const t = tempDictionaryDir(files, copyShipped);
  cleanups.push(t.cleanup);
  return t.dir;
}

function thrown(fn: () => unknown): DictionaryError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DictionaryError);
    return err as DictionaryError;
  }
  throw new Error('expected a DictionaryError');
}

const langs = { category: 'languages', label: 'Languages', skills: [{ id: 'java', label: 'Java', aliases: ['Java'] }] };
const cloud = {
  category: 'cloud',
  skills: [
    { id: 'aws', label: 'AWS', aliases: ['AWS'] },
    { id: 's3', label: 'S3', aliases: ['S3'], implies: ['aws'] },
  ],
};

describe('readDictionaryFile', () => {
  it('reads and validates a YAML file', () => {
    const dir = tempDir({ 'skills/languages.yaml': langs });
    const part = readDictionaryFile(join(dir, 'skills/languages.yaml'));
    expect(part.skills.map((s) => s.id)).toEqual(['java']);
    expect(part.file).toBe(join(dir, 'skills/languages.yaml'));
  });

  it('reads a JSON file (YAML is a superset)', () => {
    const dir = tempDir({ 'extra.json': langs });
    expect(readDictionaryFile(join(dir, 'extra.json')).category).toBe('languages');
  });

  it('reports a file that cannot be read', () => {
    const err = thrown(() => readDictionaryFile('/nonexistent/dict.yaml'));
    expect(err).toMatchObject({ file: '/nonexistent/dict.yaml', entry: null, reason: 'cannot read: ENOENT' });
  });

  it('reports invalid YAML with the first line of the parser message', () => {
    const dir = tempDir({ 'bad.yaml': 'skills: [\n  - id: x\n' });
    const err = thrown(() => readDictionaryFile(join(dir, 'bad.yaml')));
    expect(err.reason).toMatch(/^not valid YAML\/JSON: /);
    expect(err.reason).not.toContain('\n');
  });

  it('passes validation errors through with the file name', () => {
    const dir = tempDir({ 'skills/bad.yaml': { category: 'x', skills: [{ id: 'Bad', label: 'B', aliases: ['b'] }] } });
    expect(thrown(() => readDictionaryFile(join(dir, 'skills/bad.yaml')))).toMatchObject({ file: join(dir, 'skills/bad.yaml'), entry: 'Bad' });
  });
});

describe('mergeParts', () => {
  const part = (file: string, data: unknown) => validateDictionaryFile(file, data);

  it('lets a later entry with the same id replace the earlier one whole', () => {
    const data = mergeParts([part('a.yaml', langs), part('b.yaml', { category: 'jvm', skills: [{ id: 'java', label: 'Java SE', aliases: ['J2SE'] }] })]);
    expect(data.skills).toEqual([{ id: 'java', label: 'Java SE', category: 'jvm', aliases: ['J2SE'], implies: [], description: undefined }]);
    expect(data.sources).toEqual(['a.yaml', 'b.yaml']);
  });

  it('collects category labels, cues, duty verbs and sections from every part', () => {
    const data = mergeParts(
      [
        part('a.yaml', langs),
        part('r.yaml', { cues: ['you will'], dutyVerbs: ['lead'], sections: { requirements: ['Requirements'] } }),
        part('r2.yaml', { cues: ['you will', "you'll"], sections: { requirements: ['Must have'] } }),
      ],
      { lead: ['lead', 'led'] },
    );
    expect(data.categoryLabels).toEqual(new Map([['languages', 'Languages']]));
    expect(data.cues).toEqual(['you will', "you'll"]);
    expect(data.dutyVerbs).toEqual(['lead']);
    expect(data.sections).toEqual({ requirements: ['Requirements', 'Must have'] });
    expect(data.verbForms).toEqual({ lead: ['lead', 'led'] });
  });

  it('rejects implies naming an unknown id, naming the file and entry of the skill', () => {
    const err = thrown(() => mergeParts([part('skills/cloud.yaml', { category: 'cloud', skills: [cloud.skills[1]] })]));
    expect(err).toMatchObject({ file: 'skills/cloud.yaml', entry: 's3', reason: 'implies unknown id "aws"' });
  });

  it('resolves implies across files', () => {
    const data = mergeParts([part('a.yaml', { category: 'cloud', skills: [cloud.skills[0]] }), part('b.yaml', { category: 'cloud', skills: [cloud.skills[1]] })]);
    expect(data.skills.map((s) => s.id)).toEqual(['aws', 's3']);
  });

  it('rejects a skill that implies itself', () => {
    const err = thrown(() => mergeParts([part('a.yaml', { category: 'c', skills: [{ id: 'x', label: 'X', aliases: ['x'], implies: ['x'] }] })]));
    expect(err).toMatchObject({ entry: 'x', reason: 'implies itself' });
  });
});

describe('loadDictionaryData', () => {
  it('loads skills files in name order, then responsibilities and sections', () => {
    const dir = tempDir({ 'skills/languages.yaml': langs, 'skills/cloud.yaml': cloud }, ['responsibilities.yaml', 'sections.yaml', 'verb-forms.json']);
    expect(defaultDictionaryFiles(dir)).toEqual(['skills/cloud.yaml', 'skills/languages.yaml', 'responsibilities.yaml', 'sections.yaml'].map((f) => join(dir, f)));
    const data = loadDictionaryData([], dir);
    expect(data.skills.map((s) => s.id)).toEqual(['aws', 's3', 'java']);
    expect(data.responsibilities.length).toBeGreaterThan(0);
    expect(data.sections.requirements).toContain('requirements');
    expect(Object.keys(data.verbForms).length).toBeGreaterThan(0);
  });

  it('works with only a skills folder (no responsibilities, sections or verb forms)', () => {
    const data = loadDictionaryData([], tempDir({ 'skills/languages.yml': langs }));
    expect(data).toMatchObject({ responsibilities: [], sections: {}, verbForms: {}, cues: [] });
    expect(data.skills.map((s) => s.id)).toEqual(['java']);
  });

  it('ignores files in skills/ that are not YAML', () => {
    const dir = tempDir({ 'skills/languages.yaml': langs, 'skills/notes.txt': 'not a dictionary' });
    expect(defaultDictionaryFiles(dir)).toEqual([join(dir, 'skills/languages.yaml')]);
  });

  it('lets an extra file (--dict) override an id from the folder', () => {
    const dir = tempDir({ 'skills/languages.yaml': langs, 'mine.yaml': { category: 'mine', skills: [{ id: 'java', label: 'Java (mine)', aliases: ['Java'] }] } });
    const data = loadDictionaryData([join(dir, 'mine.yaml')], dir);
    expect(data.skills).toMatchObject([{ id: 'java', label: 'Java (mine)', category: 'mine' }]);
    expect(data.sources.at(-1)).toBe(join(dir, 'mine.yaml'));
  });

  it('fails on the first invalid file', () => {
    const dir = tempDir({ 'skills/a.yaml': { category: 'a', skills: [{ id: 'x', label: 'X', aliases: [''] }] } });
    expect(thrown(() => loadDictionaryData([], dir))).toMatchObject({ file: join(dir, 'skills/a.yaml'), entry: 'x', reason: 'empty alias' });
  });
});
