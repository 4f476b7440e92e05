import { beforeAll, describe, it, expect } from 'vitest';
import { segment } from '../../../src/postings/segment.js';
import { testHeadings } from '../helpers/dict.js';
import { withExecBudget } from '../helpers/guard.js';

let headings: [string, string][];
beforeAll(async () => {
  headings = await testHeadings();
});

/** Each sentence as "text|section|flags" (H heading, B bullet). Guards against runaway loops. */
function seg(text: string): string[] {
  return withExecBudget(() => segment(text, headings)).map(
    (s) => `${text.slice(s.start, s.end)}|${s.section}|${s.heading ? 'H' : ''}${s.bullet ? 'B' : ''}`,
  );
}

describe('segment: lines and bullets', () => {
  it('makes each line a sentence and marks bullets of every marker kind', () => {
    expect(seg('Title\n- dash\n* star\n• dot\n1. one\n2) two\na) letter\nplain line')).toEqual([
      'Title|none|',
      'dash|none|B',
      'star|none|B',
      'dot|none|B',
      'one|none|B',
      'two|none|B',
      'letter|none|B',
      'plain line|none|',
    ]);
  });

  it('drops blank lines and lines without letters or digits', () => {
    expect(seg('Title\n\n   \n---\n- \nBody')).toEqual(['Title|none|', 'Body|none|']);
  });

  it('gives offsets into the text, trimmed', () => {
    const text = 'Title\n  -   Build APIs  \n';
    const [, s] = segment(text, headings);
    expect([s.start, s.end, text.slice(s.start, s.end)]).toEqual([12, 22, 'Build APIs']);
  });

  it('does not read a bold line as a * bullet', () => {
    expect(seg('Title\n**Nice to have:**\n- Kafka')).toEqual(['Title|none|', '**Nice to have:**|preferred|H', 'Kafka|preferred|B']);
  });
});

describe('segment: sentence boundaries', () => {
  it('splits at ". X", "! X", "? X" and "; x"', () => {
    expect(seg('Title\nWe ship. You build! Why? Because; we care.')).toEqual([
      'Title|none|',
      'We ship.|none|',
      'You build!|none|',
      'Why?|none|',
      'Because|none|',
      'we care.|none|',
    ]);
  });

  it('does not split after abbreviations (e.g., Dr., Approx.)', () => {
    expect(seg('Title\nWe use tools, e.g. Python and Go. Next one.\nWork with Dr. Smith. Approx. 3 yrs. of exp.')).toEqual([
      'Title|none|',
      'We use tools, e.g. Python and Go.|none|',
      'Next one.|none|',
      'Work with Dr. Smith.|none|',
      'Approx. 3 yrs. of exp.|none|',
    ]);
  });

  it('does not split inside dotted names and numbers (Node.js, .NET, 2.0, www.example.com)', () => {
    expect(seg('Title\nWe use Node.js and .NET daily. Version 2.0 shipped. See www.example.com today.')).toEqual([
      'Title|none|',
      'We use Node.js and .NET daily.|none|',
      'Version 2.0 shipped.|none|',
      'See www.example.com today.|none|',
    ]);
  });

  it('marks only the first sentence of a bullet as the bullet', () => {
    expect(seg('Title\n- Build APIs. Own them.')).toEqual(['Title|none|', 'Build APIs.|none|B', 'Own them.|none|']);
  });

  // Regression test (fixed bug).
  it('splits a glued "word.Next" boundary', () => {
    expect(seg('Title\nBuilt APIs.Then more')).toEqual(['Title|none|', 'Built APIs.|none|', 'Then more|none|']);
  });
});

describe('segment: sections', () => {
  it('tags sentences with the section of the heading above them', () => {
    expect(seg('Title\nIntro text\n## Requirements\n- Python\nWhat we offer\n- Pension')).toEqual([
      'Title|none|',
      'Intro text|none|',
      '## Requirements|requirements|H',
      'Python|requirements|B',
      'What we offer|benefits|H',
      'Pension|benefits|B',
    ]);
  });

  it('never reads the first line as a heading (it is the title)', () => {
    expect(seg('Requirements\nPython')).toEqual(['Requirements|none|', 'Python|none|']);
  });

  it('does not read a bullet "- Requirements gathering" as a heading', () => {
    expect(seg("Title\nWhat you'll do\n- Requirements gathering\n- Build APIs")).toEqual([
      "Title|none|",
      "What you'll do|responsibilities|H",
      'Requirements gathering|responsibilities|B',
      'Build APIs|responsibilities|B',
    ]);
  });

  it('splits an inline heading from its content ("Requirements: Python, Go")', () => {
    expect(seg('Title\nRequirements: Python, Go')).toEqual(['Title|none|', 'Requirements:|requirements|H', 'Python, Go|requirements|']);
  });
});

describe('segment: Dice-style one-line postings', () => {
  it('cuts inline * bullets and inline headings out of one long line', () => {
    const text =
      'Senior Engineer at Acme\nWe build things. Responsibilities:*   Build backend services in Go.*   Review pull requests.  ' +
      'Requirements:*   5+ years of Python, e.g. Django.*   Experience with AWS';
    expect(seg(text)).toEqual([
      'Senior Engineer at Acme|none|',
      'We build things.|none|',
      'Responsibilities:|responsibilities|H',
      'Build backend services in Go.|responsibilities|B',
      'Review pull requests.|responsibilities|B',
      'Requirements:|requirements|H',
      '5+ years of Python, e.g. Django.|requirements|B',
      'Experience with AWS|requirements|B',
    ]);
  });

  // Regression test (fixed bug).
  it('handles "Responsibilities:" glued to the sentence before it', () => {
    const text = 'Senior Engineer at Acme\nWe build things.Responsibilities:*   Build backend services in Go.*   Review pull requests.';
    expect(seg(text)).toEqual([
      'Senior Engineer at Acme|none|',
      'We build things.|none|',
      'Responsibilities:|responsibilities|H',
      'Build backend services in Go.|responsibilities|B',
      'Review pull requests.|responsibilities|B',
    ]);
  });
});
