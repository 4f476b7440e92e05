import { describe, it, expect } from 'vitest';
import { conjugateWithCompromise, inflectVerbs } from '../../../src/dictionary/verbs.js';

describe('inflectVerbs', () => {
  it('takes forms from the precomputed table', async () => {
    const forms = await inflectVerbs(['build'], { build: ['build', 'built', 'builds', 'building'] });
    expect(forms).toEqual(new Map([['build', ['build', 'built', 'builds', 'building']]]));
  });

  it('conjugates lemmas the table lacks', async () => {
    const forms = await inflectVerbs(['build', 'deploy'], { build: ['build'] });
    expect(forms.get('build')).toEqual(['build']);
    expect(forms.get('deploy')).toEqual(expect.arrayContaining(['deploy', 'deployed', 'deploying', 'deploys']));
  });
});

describe('conjugateWithCompromise', () => {
  it('gives the base, past, -s and -ing forms, sorted', async () => {
    const forms = (await conjugateWithCompromise(['design'])).get('design')!;
    expect(forms).toEqual([...forms].sort());
    expect(forms).toEqual(expect.arrayContaining(['design', 'designed', 'designing', 'designs']));
  });

  it('conjugates irregular verbs', async () => {
    expect((await conjugateWithCompromise(['write'])).get('write')).toEqual(expect.arrayContaining(['write', 'wrote', 'writing', 'writes']));
  });

  it('conjugates the first word of a multi-word verb and keeps the rest', async () => {
    const forms = (await conjugateWithCompromise(['set up'])).get('set up')!;
    expect(forms).toEqual(expect.arrayContaining(['set up', 'sets up', 'setting up']));
    expect(forms.every((f) => f.endsWith(' up'))).toBe(true);
  });

  it('adds British doubled-l spellings (modelled, modelling)', async () => {
    expect((await conjugateWithCompromise(['model'])).get('model')).toEqual(expect.arrayContaining(['modeled', 'modelled', 'modeling', 'modelling']));
  });
});
