import { describe, it, expect } from 'vitest';
import { compileDictionary, termVariants } from '../../../src/dictionary/compile.js';
import { DictionaryError } from '../../../src/util/errors.js';
import { dataOf, skillsDictionary, testDictionary } from '../helpers/dict.js';
import { aliasHits } from '../helpers/match.js';

async function compileError(files: Record<string, unknown>): Promise<DictionaryError> {
  const err = await compileDictionary(dataOf(files)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DictionaryError);
  return err as DictionaryError;
}

describe('termVariants', () => {
  it('adds the space form of a hyphenated term and the hyphen form of a spaced one', () => {
    expect(termVariants('end-to-end')).toEqual(['end-to-end', 'end to end']);
    expect(termVariants('unit test')).toEqual(['unit test', 'unit-test']);
  });

  it('converts every separator of a mixed term each way', () => {
    expect(termVariants('on-call rotation')).toEqual(['on-call rotation', 'on call rotation', 'on-call-rotation']);
  });

  it('leaves single words and punctuation-only joins alone', () => {
    expect(termVariants('Python')).toEqual(['Python']);
    expect(termVariants('CI/CD')).toEqual(['CI/CD']);
    expect(termVariants('C++ 17')).toEqual(['C++ 17']);
  });
});

describe('compileDictionary: skills', () => {
  it('gives each skill its category and implied skill indexes', async () => {
    const d = await testDictionary();
    const s3 = d.skills[d.skillIndex.get('s3')!];
    expect(s3).toEqual({ id: 's3', label: 'S3', category: 'tech', implies: [d.skillIndex.get('aws')] });
  });

  it('stores folded patterns with word-boundary flags for the first and last unit', async () => {
    const d = await skillsDictionary([
      { id: 'dotnet', label: '.NET', aliases: ['.NET'] },
      { id: 'cpp', label: 'C++', aliases: ['C++'] },
    ]);
    expect(d.patterns).toEqual(['.net', 'c++']);
    expect([...d.firstIsWord]).toEqual([0, 1]);
    expect([...d.lastIsWord]).toEqual([1, 0]);
  });

  it('matches generated - / space variants of an alias', async () => {
    const d = await skillsDictionary([{ id: 'e2e', label: 'End-to-end testing', aliases: ['end-to-end testing'] }]);
    expect(aliasHits(d, 'end to end testing, end-to-end-testing')).toEqual(['e2e:end to end testing', 'e2e:end-to-end-testing']);
  });

  it('lets an explicit alias of another skill win over a generated variant', async () => {
    const d = await skillsDictionary([
      { id: 'a', label: 'A', aliases: ['data-science'] },
      { id: 'b', label: 'B', aliases: ['data science'] },
    ]);
    expect(aliasHits(d, 'data science')).toEqual(['b:data science']);
    expect(aliasHits(d, 'data-science')).toEqual(['a:data-science']);
  });

  it('rejects the same alias on two entries, naming the entry and the other owner', async () => {
    const err = await compileError({
      'skills/a.yaml': { category: 'a', skills: [{ id: 'golang', label: 'Go', aliases: ['Golang'] }] },
      'skills/b.yaml': { category: 'b', skills: [{ id: 'go', label: 'Go', aliases: ['Go', 'golang'] }] },
    });
    expect(err.entry).toBe('go');
    expect(err.reason).toBe('alias "golang" is also an alias of "golang"');
    expect(err.message).toContain('skills/b.yaml');
  });

  // Regression test (fixed bug).
  it('names only the file of the entry with the duplicate alias', async () => {
    const err = await compileError({
      'skills/a.yaml': { category: 'a', skills: [{ id: 'golang', label: 'Go', aliases: ['Golang'] }] },
      'skills/b.yaml': { category: 'b', skills: [{ id: 'go', label: 'Go', aliases: ['golang'] }] },
    });
    expect(err.file).toBe('skills/b.yaml');
  });

  it('allows one term with different exact cases on two entries', async () => {
    const d = await skillsDictionary([
      { id: 'go', label: 'Go', aliases: [{ term: 'Go', case: 'exact' }] },
      { id: 'go-game', label: 'GO', aliases: [{ term: 'GO', case: 'exact' }] },
    ]);
    expect(aliasHits(d, 'Go and GO')).toEqual(['go:Go', 'go-game:GO']);
  });

  it('folds context words and splits notNext / notPrev into tokens', async () => {
    const d = await skillsDictionary([
      { id: 'go', label: 'Go', aliases: [{ term: 'Go', case: 'exact', context: ['Programming'], notNext: ['to', '-'], notPrev: ['on the'] }] },
    ]);
    expect(d.targets[0][0]).toMatchObject({ exact: true, inflect: false, context: ['programming'], notNext: [['to'], ['-']], notPrev: [['on', 'the']] });
  });
});

describe('compileDictionary: responsibilities and sections', () => {
  it('adds every verb form as a verb term', async () => {
    const d = await testDictionary();
    const verbs = d.patterns.filter((_, i) => d.targets[i].some((t) => t.kind === 'verb'));
    expect(verbs).toEqual(expect.arrayContaining(['build', 'building', 'builds', 'built', 'develop', 'developed']));
    expect(verbs).not.toContain('lead');
  });

  it('lets base, -s and -ing forms start a duty bullet, never past forms', async () => {
    const { dutyStarters } = await testDictionary();
    expect([...dutyStarters]).toEqual(expect.arrayContaining(['build', 'builds', 'building', 'lead', 'leads', 'leading', 'write', 'writes']));
    for (const past of ['built', 'led', 'wrote', 'written', 'developed']) expect(dutyStarters.has(past), past).toBe(false);
  });

  it('defaults the window to 90 and the category to responsibilities', async () => {
    const d = await compileDictionary(dataOf({ 'r.yaml': { responsibilities: [{ id: 'x', label: 'X', phrases: ['on-call rotation'] }] } }));
    expect(d.responsibilities[0]).toMatchObject({ id: 'x', category: 'responsibilities', window: 90 });
  });

  it('sorts headings longest first, then alphabetically', async () => {
    const d = await compileDictionary(dataOf({ 's.yaml': { sections: { requirements: ['Skills', 'Required Skills'], preferred: ['Bonus'], about: ['About Us'] } } }));
    expect(d.headings).toEqual([
      ['required skills', 'requirements'],
      ['about us', 'about'],
      ['skills', 'requirements'],
      ['bonus', 'preferred'],
    ]);
  });

  it('compiles an empty dictionary', async () => {
    const d = await compileDictionary(dataOf({}));
    expect(d.skills).toEqual([]);
    expect(aliasHits(d, 'anything at all')).toEqual([]);
  });
});
