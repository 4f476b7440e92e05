import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToPlainText, looksLikeHtml } from '../../../src/input/html.js';
import { REPO } from '../helpers/dict.js';

describe('htmlToPlainText', () => {
  it('keeps headings and list items as lines, items as "- item", headings in their own case', async () => {
    const text = await htmlToPlainText('<h2>What you will do</h2><ul><li>Build <b>APIs</b></li><li>Review code</li></ul>');
    expect(text).toBe('What you will do\n\n- Build APIs\n- Review code');
  });

  it('gives links as their text only, with no URL in brackets', async () => {
    expect(await htmlToPlainText('<p>Apply on <a href="https://example.com/jobs/1">our site</a>.</p>')).toBe('Apply on our site.');
  });

  it('leaves out scripts, styles, navigation, header, footer, aside, forms, buttons, noscript and svg', async () => {
    const html =
      '<html><head><style>p{}</style><script>var Kubernetes = 1</script></head><body>' +
      '<header>Site</header><nav><a href="/">Home</a></nav><aside>Related</aside>' +
      '<p>Posting text</p><form><button>Apply</button></form><noscript>Enable JS</noscript>' +
      '<svg><text>logo</text></svg><footer>© Co</footer></body></html>';
    expect(await htmlToPlainText(html)).toBe('Posting text');
  });

  it('writes tables row by row, cells joined by " | "', async () => {
    const html = '<table><tr><th>Skill</th><th>Level</th></tr><tr><td>Python</td><td>Expert</td></tr></table>';
    expect(await htmlToPlainText(html)).toBe('Skill | Level\nPython | Expert');
  });

  it('decodes entities and keeps <br> as a line break', async () => {
    expect(await htmlToPlainText('<p>R&amp;D<br>C&#43;&#43; &lt;3</p>')).toBe('R&D\nC++ <3');
  });

  it('reads the saved page fixture without its page furniture', async () => {
    const html = readFileSync(join(REPO, 'fixtures/inputs/html/tidewater-careers.html'), 'utf8');
    const text = await htmlToPlainText(html);
    expect(text.split('\n')[0]).toBe('Platform Engineer');
    expect(text).toContain('- Run our container platform on Kubernetes and keep deployments boring.');
    expect(text).toContain('Salary | Location');
    expect(text).toContain('Our platform team keeps');
    for (const noise of ['All jobs', 'Sign in', 'dataLayer', 'font-family', 'Related jobs', 'Apply now', 'enable JavaScript', 'Privacy', 'https://']) {
      expect(text).not.toContain(noise);
    }
  });
});

describe('looksLikeHtml', () => {
  it('spots common tags in record fields', () => {
    expect(['<p>Hi</p>', 'line<br/>next', 'a<br>b', '<li>x</li>', '<div class="x">y</div>'].map(looksLikeHtml)).toEqual([true, true, true, true, true]);
  });

  it('is false for plain text with angle brackets', () => {
    expect(['C++ <3', 'x < y and y > z', 'Use <your name> here', 'Plain text'].map(looksLikeHtml)).toEqual([false, false, false, false]);
  });
});
