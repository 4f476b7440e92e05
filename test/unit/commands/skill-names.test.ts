import { describe, expect, it } from 'vitest';
import { resolveSkillNames } from '../../../src/commands/skill-names.js';

const SKILLS = [
  { id: 'python', label: 'Python' },
  { id: 'postgresql', label: 'PostgreSQL' },
  { id: 'ci-cd', label: 'CI/CD' },
];

describe('resolveSkillNames', () => {
  it('takes ids and labels in any case, keeps the order and drops duplicates', () => {
    expect(resolveSkillNames(['PYTHON', 'postgreSQL', 'ci/cd', 'python'], SKILLS, '--require')).toEqual(['python', 'postgresql', 'ci-cd']);
  });

  it('rejects unknown names with a usage error naming every one', () => {
    expect(() => resolveSkillNames(['python', 'pyhton', 'cobol'], SKILLS, '--require')).toThrow('--require: unknown skill "pyhton", "cobol"');
    try {
      resolveSkillNames(['x'], SKILLS, '--require');
    } catch (err) {
      expect((err as { exitCode: number }).exitCode).toBe(2);
    }
  });
});
