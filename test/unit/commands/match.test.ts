import { describe, expect, it } from 'vitest';
import { matchPosting, matchResume } from '../../../src/commands/match.js';
import { posting } from '../helpers/results.js';

const resume = { file: 'cv.md', skills: [{ id: 'python', label: 'Python' }, { id: 'docker', label: 'Docker' }, { id: 'aws', label: 'AWS' }] };

describe('matchPosting', () => {
  it('splits coverage by strength and lists what is missing in posting order', () => {
    const row = matchPosting(posting(4, { skills: ['python', 'kafka', 'docker:preferred', 'k8s:preferred', 'aws:unspecified'] }), new Set(['python', 'docker', 'aws']));
    expect(row).toEqual({
      job: 4,
      file: 'jobs.txt',
      title: 'Job 4',
      required: { covered: 1, total: 2, share: 0.5, missing: ['kafka'] },
      preferred: { covered: 1, total: 2, share: 0.5, missing: ['k8s'] },
      unspecified: { covered: 1, total: 1, share: 1, missing: [] },
    });
  });

  it('gives a null share when the posting names no skill of a strength', () => {
    expect(matchPosting(posting(1, { skills: ['python'] }), new Set()).preferred).toEqual({ covered: 0, total: 0, share: null, missing: [] });
  });
});

describe('matchResume', () => {
  const postings = [
    posting(1, { skills: ['python', 'kafka', 'k8s'] }), // 1/3
    posting(2, { skills: ['python', 'docker'] }), // 2/2
    posting(3, { skills: ['kafka:preferred'] }), // no required skill
    posting(4, { skills: ['python', 'kafka:preferred'] }), // 1/1
    posting(5, { skills: ['aws', 'k8s'] }), // 1/2
  ];

  it('sorts postings by required coverage, best first; postings with nothing required last', () => {
    const report = matchResume(resume, postings);
    expect(report.postings.map((r) => r.job)).toEqual([2, 4, 5, 1, 3]);
  });

  it('counts the skills most often missing, with required counts and shares', () => {
    expect(matchResume(resume, postings).missing).toEqual([
      { id: 'kafka', label: 'KAFKA', category: 'tech', postings: 3, share: 0.6, required: 1 },
      { id: 'k8s', label: 'K8S', category: 'tech', postings: 2, share: 0.4, required: 2 },
    ]);
  });

  it('lists the resume skills by label', () => {
    expect(matchResume(resume, []).resume.skills.map((s) => s.id)).toEqual(['aws', 'docker', 'python']);
  });
});
