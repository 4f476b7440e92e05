import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHtml } from '../../../src/reporters/html.js';
import { FORMATS, REPORTERS } from '../../../src/reporters/index.js';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../../src/reporters/options.js';
import type { AnalysisResult, Frequency } from '../../../src/types.js';

const PDF = 'fixtures/python-backend/postings.pdf';
const TXT = 'fixtures/python-backend/extra.txt';
const EVIL_FILE = `exports/"quoted" & <b>'odd'.txt`;

function skill(id: string, label: string, postings: number, band: Frequency['band'], rest: Partial<Frequency> = {}): Frequency {
  return { id, label, category: 'languages', postings, share: postings / 40, mentions: postings + 1, band, examples: [], ...rest };
}

/** A small corpus by hand: every band, pages and none, hostile text everywhere, a skipped and a failed file. */
const RESULT: AnalysisResult = {
  schemaVersion: '1.0',
  tool: { name: 'jd-analyze', version: '0.1.0' },
  corpus: { files: 4, analyzedFiles: 2, skippedFiles: 1, failedFiles: 1, postings: 40 },
  thresholds: { common: 0.25, uncommon: 0.1 },
  dictionary: { skills: 120, responsibilities: 40, sources: ['builtin:skills/languages.yaml'] },
  skills: [
    skill('python', 'Python', 37, 'common', {
      share: 0.925,
      mentions: 52,
      required: 30,
      preferred: 4,
      examples: [
        { text: 'Proficiency in Python', file: PDF, page: 19, job: 24, line: 12 },
        { text: 'Strong Python programming skills', file: TXT, page: null, job: 38, line: 5 },
        { text: 'Python 3.11+', file: TXT, page: null, job: 39, line: 2 },
      ],
    }),
    skill('postgresql', 'PostgreSQL <b>&</b>', 16, 'common', {
      category: 'databases',
      required: 10,
      preferred: 0,
      examples: [
        { text: `PostgreSQL | MySQL <script>alert("x")</script> <img src=x onerror='alert(1)'> & more`, file: EVIL_FILE, page: null, job: 1, line: 30 },
      ],
    }),
    skill('docker', 'Docker', 6, 'moderate', { examples: [{ text: 'Hands-on experience with Docker', file: PDF, page: 25, job: 36, line: 8 }] }),
    skill('graphql', 'GraphQL', 2, 'uncommon', {
      examples: [{ text: 'See https://example.com/logo.png and http://evil.example/x.js \u001b[31mred\u001b[0m', file: PDF, page: 24, job: 35, line: 14 }],
    }),
    skill('odoo', 'Odoo', 1, 'uncommon', { examples: [{ text: 'Odoo, the "ERP" framework', file: PDF, page: 19, job: 26, line: 4 }] }),
  ],
  responsibilities: [
    {
      id: 'develop-apis',
      label: 'Develop and maintain APIs',
      category: 'responsibilities',
      postings: 30,
      share: 0.75,
      mentions: 41,
      band: 'common',
      examples: [{ text: 'Develop and maintain backend services and APIs', file: PDF, page: 17, job: 19, line: 3 }],
    },
    {
      id: 'open-source',
      label: 'Contribute to open source',
      category: 'responsibilities',
      postings: 2,
      share: 0.05,
      mentions: 2,
      band: 'uncommon',
      examples: [{ text: '# Contributing to *open source* `libs` & more', file: TXT, page: null, job: 40, line: 7 }],
    },
  ],
  categories: [
    {
      id: 'languages',
      label: 'Programming <languages>',
      kind: 'skills',
      postings: 37,
      share: 0.925,
      members: [
        { id: 'python', label: 'Python', postings: 37, share: 0.925 },
        { id: 'graphql', label: 'GraphQL', postings: 2, share: 0.05 },
      ],
    },
    { id: 'databases', label: 'Databases', kind: 'skills', postings: 16, share: 0.4, members: [{ id: 'postgresql', label: 'PostgreSQL', postings: 16, share: 0.4 }] },
    { id: 'responsibilities', label: 'Responsibilities', kind: 'responsibilities', postings: 30, share: 0.75, members: [] },
  ],
  levels: [
    { value: 'Junior', postings: 4, share: 0.1 },
    { value: 'Middle', postings: 12, share: 0.3 },
    { value: 'Senior', postings: 16, share: 0.4 },
    { value: 'Lead', postings: 0, share: 0 },
    { value: 'Principal', postings: 0, share: 0 },
    { value: null, postings: 8, share: 0.2 },
  ],
  experience: {
    postings: 30,
    minYears: { min: 1, median: 4, max: 10 },
    histogram: [
      { years: 1, postings: 6 },
      { years: 4, postings: 20 },
      { years: 10, postings: 4 },
    ],
  },
  inputs: [
    { file: TXT, status: 'analyzed', reason: null, detail: null, format: 'text', encoding: 'utf-8', postings: 3 },
    { file: PDF, status: 'analyzed', reason: null, detail: null, format: 'pdf', encoding: null, postings: 37 },
    { file: 'fixtures/empty.txt', status: 'skipped', reason: 'empty', detail: 'File is empty', format: 'text', encoding: null, postings: 0 },
    { file: 'scans/<cv>.pdf', status: 'failed', reason: 'no-text-layer', detail: 'no text layer; "OCR" is not supported', format: 'pdf', encoding: null, postings: 0 },
  ],
};

const EMPTY: AnalysisResult = {
  ...RESULT,
  corpus: { files: 0, analyzedFiles: 0, skippedFiles: 0, failedFiles: 0, postings: 0 },
  skills: [],
  responsibilities: [],
  categories: [],
  levels: [...RESULT.levels.map((l) => ({ ...l, postings: 0, share: 0 }))],
  experience: { postings: 0, minYears: null, histogram: [] },
  inputs: [],
};

const OPTIONS: ReportOptions = { ...DEFAULT_REPORT_OPTIONS };
const html = renderHtml(RESULT, OPTIONS);

/** Every tag the report itself writes; anything else got in from the data. */
const OWN_TAGS = new Set(
  'html head meta title style body header div h1 h2 h3 h4 p nav ul li a main section table thead tbody tr th td span small i b abbr article blockquote footer cite code'.split(' '),
);

function tags(page: string): string[] {
  return [...page.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
}

describe('renderHtml', () => {
  afterEach(() => vi.useRealTimers());

  it('is registered as the `html` format', async () => {
    expect(FORMATS).toContain('html');
    expect(await REPORTERS.html()).toBe(renderHtml);
  });

  it('writes one standalone page with the sections in order', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    const headings = [
      '<h1>Job postings analysis</h1>',
      '<h2>Summary</h2>',
      '<h3>Inputs not analyzed',
      '<h2>Skills</h2>',
      '<h3 id="skills-common">Common skills',
      '<h3 id="skills-moderate">Moderate skills',
      '<h3 id="skills-uncommon">Uncommon skills',
      '<h2>Responsibilities</h2>',
      '<h3 id="responsibilities-common">Common responsibilities',
      '<h3 id="responsibilities-uncommon">Uncommon responsibilities',
      '<h2>Categories</h2>',
      '<h2>Seniority and experience</h2>',
    ];
    const at = headings.map((h) => html.indexOf(h));
    expect(at).not.toContain(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('summarizes the corpus, the thresholds and the inputs not analyzed', () => {
    expect(html).toContain('40 postings from 2 of 4 files (1 skipped, 1 failed). Thresholds: common &gt;= 25% of postings, uncommon &lt;= 10%.');
    expect(html).toContain('<div class="stat"><b>40</b><span>postings</span></div>');
    expect(html).toContain('<div class="stat bad"><b>1</b><span>files failed</span></div>');
    expect(html).toContain('<td>scans/&lt;cv&gt;.pdf</td><td class="status-failed">failed</td><td>no-text-layer</td><td>no text layer; &quot;OCR&quot; is not supported</td>');
    expect(html).toContain('<td>fixtures/empty.txt</td><td class="status-skipped">skipped</td>');
  });

  it('escapes & < > " \' in posting text, labels and file names', () => {
    expect(tags(html).filter((t) => !OWN_TAGS.has(t))).toEqual([]);
    expect(html).not.toMatch(/<script|<img|<cv>|<languages>/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain(
      '“PostgreSQL | MySQL &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;img src=x onerror=&#39;alert(1)&#39;&gt; &amp; more”',
    );
    expect(html).toContain('<cite>exports/&quot;quoted&quot; &amp; &lt;b&gt;&#39;odd&#39;.txt, job 1, line 30</cite>');
    expect(html).toContain('PostgreSQL &lt;b&gt;&amp;&lt;/b&gt;');
    expect(html).toContain('Programming &lt;languages&gt;');
  });

  it('writes no colour escapes, control characters, scripts or resource URLs', () => {
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(html).toContain('http://evil.example/x.js red”');
    // Links in quotes are text; no tag carries a URL, and every link is to an anchor.
    expect(html).not.toMatch(/<[^>]*https?:\/\/[^>]*>/i);
    expect(html).not.toMatch(/<[^>]*\s(src|srcset|action|formaction|poster|background|data)=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    for (const m of html.matchAll(/\shref="([^"]*)"/g)) expect(m[1]).toMatch(/^#[\w-]+$/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
  });

  it('cites every example with file, page when there is one, job and line', () => {
    expect(html).toContain('<blockquote><p>“Proficiency in Python”</p><footer><cite>fixtures/python-backend/postings.pdf, page 19, job 24, line 12</cite></footer></blockquote>');
    expect(html).toContain('<cite>fixtures/python-backend/extra.txt, job 38, line 5</cite>');
  });

  it('shows required and only-preferred counts of skills as numbers and as a stacked bar', () => {
    expect(html).toContain('<td class="num">30 / 4</td>');
    expect(html).toContain('37 of 40 postings (93%) · 52 mentions · required in 30, only preferred in 4');
    // 30, 4 and 3 of Python's 37 postings, inside a fill 92.5% of the track.
    expect(html).toContain(
      '<div class="fill skill" data-share="0.925" style="width:92.5%"><i class="seg-req" style="width:81.08%"></i><i class="seg-pref" style="width:10.81%"></i><i class="seg-else" style="width:8.11%"></i></div>',
    );
    expect(html).not.toMatch(/Req \/ pref[\s\S]*<h2>Responsibilities<\/h2>[\s\S]*Req \/ pref/);
  });

  it('draws each bar as wide as its share, with the thresholds marked', () => {
    expect(html).toContain('data-share="0.75" style="width:75%"');
    expect(html).toContain('<span class="mark" style="left:10%"></span><span class="mark" style="left:25%"></span>');
    expect(html).toContain('<div class="fill level" data-share="0.4" style="width:40%"></div>');
  });

  it('rolls up skill categories and gives levels and years', () => {
    expect(html).toMatch(/Programming &lt;languages&gt;<\/span><\/th><td class="share">.*?92\.5%.*?<td class="wide">Python 93%, GraphQL 5%<\/td>/);
    expect(html).not.toContain('<span>Responsibilities</span>');
    expect(html).toContain('<span>Not stated</span>');
    expect(html).toContain('<div class="stat"><b>4</b><span>median years</span></div>');
    expect(html).toContain('over the 30 postings that ask a number (of 40)');
    // The years histogram: 20 of the 40 postings ask 4 years.
    expect(html).toContain('<span>4 years</span></th><td class="share"><div class="bar"><div class="fill level" data-share="0.5" style="width:50%"></div></div></td><td class="num pct">50%</td><td class="num">20</td>');
    expect(html).toContain('<span>1 year</span>');
    const old = renderHtml({ ...RESULT, experience: { postings: 30, minYears: RESULT.experience.minYears } } as unknown as AnalysisResult, OPTIONS);
    expect(old).not.toContain('Years asked');
  });

  it('lists at most `top` items and quotes at most `examples` per item', () => {
    expect(html).toContain('Strong Python programming skills');
    expect(html).not.toContain('Python 3.11+');
    const small = renderHtml(RESULT, { ...OPTIONS, top: 1, examples: 1 });
    expect(small).not.toContain('PostgreSQL');
    expect(small).not.toContain('Strong Python programming skills');
    expect(small).toContain('1 more common skills not shown');
    const none = renderHtml(RESULT, { ...OPTIONS, examples: 0 });
    expect(none).not.toContain('<blockquote>');
    expect(none).not.toContain('<a href="#skills-1">');
  });

  it('is deterministic: the same bytes at any time, whatever the colour option', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-02-03T04:05:06Z'));
    const later = renderHtml(RESULT, { ...OPTIONS, color: true, width: 40 });
    expect(later).toBe(html);
    expect(later).not.toMatch(/2031|\b20\d\d-\d\d-\d\d\b/);
  });

  it('renders an empty corpus', () => {
    const page = renderHtml(EMPTY, OPTIONS);
    expect(page).toContain('0 postings from 0 files.');
    expect(page).toContain('<h3 id="skills-common">Common skills <span class="count">0 · ≥ 25%</span></h3>\n<p class="note">None at this threshold.</p>');
    expect(page).toContain('No skill categories.');
    expect(page).toContain('No posting asks a number of years.');
    expect(page).not.toMatch(/NaN|Infinity|undefined|null/);
    expect(tags(page).filter((t) => !OWN_TAGS.has(t))).toEqual([]);
  });
});
