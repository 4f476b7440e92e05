import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cleanPdfPages, joinHyphenated, normalizeBullet, removeRunningLines, replaceLigatures } from '../../../src/input/pdf-clean.js';

describe('replaceLigatures', () => {
  it('spells out ﬁ ﬂ ﬀ ﬃ ﬄ', () => {
    expect(replaceLigatures('ﬁnance, ﬂask, staﬀ, eﬃcient, baﬄe')).toBe('finance, flask, staff, efficient, baffle');
  });
});

describe('normalizeBullet', () => {
  it.each(['\uf0b7', '•', '▪', '◦', '\uf0a7', '●', '·'])('turns a leading %s into "- "', (glyph) => {
    expect(normalizeBullet(`${glyph} Python`)).toBe('- Python');
    expect(normalizeBullet(`${glyph}Python`)).toBe('- Python');
  });

  it('keeps the indentation, and leaves glyphs inside a line alone', () => {
    expect(normalizeBullet('   ● Docker')).toBe('   - Docker');
    expect(normalizeBullet('Remote • Full-time')).toBe('Remote • Full-time');
    expect(normalizeBullet('- already a dash')).toBe('- already a dash');
  });
});

describe('joinHyphenated', () => {
  it('rejoins a word broken across a line end, moving its rest up', () => {
    expect(joinHyphenated(['Software develop-', 'ment in Python'])).toEqual(['Software development', 'in Python']);
  });

  it('keeps punctuation with the moved part and leaves an emptied line empty', () => {
    expect(joinHyphenated(['strong require-', 'ments, and more'])).toEqual(['strong requirements,', 'and more']);
    expect(joinHyphenated(['a develop-', 'ment', 'next'])).toEqual(['a development', '', 'next']);
  });

  it('keeps a compound broken after its last hyphen ("end-to-" / "end")', () => {
    expect(joinHyphenated(['own features end-to-', 'end with the team'])).toEqual(['own features end-to-end', 'with the team']);
  });

  it('keeps the hyphen when the document spells the pair hyphenated or apart elsewhere', () => {
    expect(joinHyphenated(['user-centered design.', 'We value user-', 'centered work'])).toEqual([
      'user-centered design.',
      'We value user-centered',
      'work',
    ]);
    expect(joinHyphenated(['user centered design.', 'We value user-', 'centered work'])[1]).toBe('We value user-centered');
  });

  it('keeps the hyphen after a compound head ("self-", "non-")', () => {
    expect(joinHyphenated(['must show self-', 'motivation and non-', 'technical skills'])).toEqual([
      'must show self-motivation',
      'and non-technical',
      'skills',
    ]);
  });

  it('leaves capitalised parts, dashes with spaces and digits alone', () => {
    const lines = ['Python-', 'based tools', 'Open Lab -', 'contractor', 'ISO-', '27001 audits', 'COVID-', '19', 'micro-', 'Services'];
    expect(joinHyphenated(lines)).toEqual(lines);
  });

  it('steps over empty lines (an empty page between the two halves)', () => {
    expect(joinHyphenated(['develop-', '', 'ment'])).toEqual(['development', '', '']);
  });

  it('never adds or drops a line, and only ever removes hyphens', () => {
    const line = fc.array(fc.constantFrom('develop-', 'ment', 'end-to-', 'end', 'Python', ' ', '-', 'x', 'self-', 'ab'), { maxLength: 6 }).map((p) => p.join(' ').trim());
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const out = joinHyphenated(lines);
        expect(out.length).toBe(lines.length);
        const letters = (ls: string[]) => ls.join('').replace(/[\s-]/g, '');
        expect(letters(out)).toBe(letters(lines));
      }),
      { numRuns: 200 },
    );
  });
});

const pageOf = (n: number, body: string[], opts: { head?: string; foot?: string } = {}) => [
  ...(opts.head ? [opts.head] : []),
  ...body,
  ...(opts.foot ? [opts.foot.replace('{n}', String(n))] : []),
];

describe('removeRunningLines', () => {
  it('removes "Page N of M" footers from every page of a 4-page document', () => {
    const words = ['alpha', 'beta', 'gamma', 'delta'];
    const pages = [1, 2, 3, 4].map((n) => pageOf(n, [words[n - 1]], { foot: 'Page {n} of 4' }));
    expect(removeRunningLines(pages).map((p) => p.text)).toEqual(words);
  });

  it('removes bare page numbers and a constant header, shifting firstLine past the header', () => {
    const bodies = [['Senior engineer', 'Python'], ['Requirements', 'Go'], ['Benefits', 'Rust']];
    const pages = [1, 2, 3].map((n) => pageOf(n, bodies[n - 1], { head: 'Northwind Ltd — Confidential', foot: '{n}' }));
    expect(removeRunningLines(pages)).toEqual(bodies.map((b) => ({ text: b.join('\n'), firstLine: 2 })));
  });

  it('removes a header missing from the title page when it heads most pages', () => {
    const bodies = ['Python', 'Go', 'Rust', 'Java'];
    const pages = [['Title page', 'intro'], ...[2, 3, 4, 5].map((n) => pageOf(n, [bodies[n - 2]], { head: 'Acme Careers' }))];
    expect(removeRunningLines(pages).map((p) => p.text)).toEqual(['Title page\nintro', ...bodies]);
  });

  it('does nothing to documents of fewer than 3 pages', () => {
    const pages = [1, 2].map((n) => pageOf(n, ['body'], { foot: 'Page {n} of 2' }));
    expect(removeRunningLines(pages).map((p) => p.text)).toEqual(['body\nPage 1 of 2', 'body\nPage 2 of 2']);
  });

  it('peels a two-line footer from the edge inward, keeping the body above it', () => {
    const pages = ['Python', 'Go', 'Rust'].map((w, i) => [w, 'Acme Ltd, 1 Main St', `Page ${i + 1}`]);
    expect(removeRunningLines(pages).map((p) => p.text)).toEqual(['Python', 'Go', 'Rust']);
  });

  it('keeps numbered job headings and separator rules that start every page', () => {
    const pages = [1, 2, 3].map((n) => [`Job ${n}: Engineer`, 'body', '__________']);
    expect(removeRunningLines(pages).map((p) => p.text)).toEqual(pages.map((p) => p.join('\n')));
  });

  it('keeps numbered lines whose numbers do not follow the page number', () => {
    const pages = [
      ['Requirement 7', 'a'],
      ['Requirement 2', 'b'],
      ['Requirement 9', 'c'],
    ];
    expect(removeRunningLines(pages).map((p) => p.text)).toEqual(['Requirement 7\na', 'Requirement 2\nb', 'Requirement 9\nc']);
  });

  it('keeps a line that repeats on only a few of the pages', () => {
    const pages = [['About the job', 'a'], ['About the job', 'b'], ['x', 'c'], ['y', 'd'], ['z', 'e']];
    expect(removeRunningLines(pages).map((p) => p.text)).toEqual(pages.map((p) => p.join('\n')));
  });
});

describe('cleanPdfPages', () => {
  it('repairs a word hyphenated across a page break once the footer between is gone', () => {
    const pages = cleanPdfPages(['Intro\nsoftware develop-\nPage 1 of 3', 'ment team\nmore\nPage 2 of 3', 'end\nPage 3 of 3']);
    expect(pages).toEqual([
      { text: 'Intro\nsoftware development', firstLine: 1 },
      { text: 'team\nmore', firstLine: 1 },
      { text: 'end', firstLine: 1 },
    ]);
  });

  it('applies ligatures and bullets, keeping one entry per page (empty pages too)', () => {
    expect(cleanPdfPages(['ﬁnance\n● Python', ''])).toEqual([
      { text: 'finance\n- Python', firstLine: 1 },
      { text: '', firstLine: 1 },
    ]);
  });

  it('keeps every remaining line at its number in the extracted page', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('Page 1 of 9', 'Acme', 'text', 'more text', '', '● item', 'develop-', 'ment'), { maxLength: 8 }), { maxLength: 6 }), (raw) => {
        const cleaned = cleanPdfPages(raw.map((lines) => lines.join('\n')));
        expect(cleaned.length).toBe(raw.length);
        cleaned.forEach((page, i) => {
          if (!page.text) return;
          // Lines after the removed header keep their place: none is added, none is moved down.
          expect(page.firstLine - 1 + page.text.split('\n').length).toBeLessThanOrEqual(Math.max(raw[i].length, 1));
        });
      }),
      { numRuns: 200 },
    );
  });
});
