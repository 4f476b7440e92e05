import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jd } from '../helpers/exec.js';

/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium` package)
 * driven by playwright-core. Skipped where either is missing; see the README's
 * "HTML report" section for how to install them.
 */
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const playwright = await import('playwright-core').catch(() => null);
const ready = existsSync(CHROMIUM) && playwright !== null;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A posting whose text is markup, in a file whose name is markup too. */
const HOSTILE_NAME = 'evil "quoted" & <b>.txt';
const HOSTILE = `Senior Python Developer <script>window.__pwned = 1</script>

About the role
We build APIs in Python <script>window.__pwned = 1</script> and Django for our clients.

Requirements
- Experience with FastAPI <img src=x onerror="window.__pwned = 2"> in production.
- PostgreSQL & "Redis" at 'scale', see https://evil.example/pixel.png for details.
`;

interface Opened {
  page: Page;
  url: string;
  requests: string[];
  errors: string[];
}

describe.skipIf(!ready)('HTML report in Chromium', () => {
  let browser: Browser;
  let tmp: string;
  let report: string;
  let hostile: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'jd-html-'));
    report = join(tmp, 'python-backend.html');
    const r = jd(['fixtures/python-backend', '--format', 'html', '-o', report]);
    expect(r.code, r.stderr).toBe(0);

    const corpus = join(tmp, 'hostile');
    mkdirSync(corpus);
    writeFileSync(join(corpus, HOSTILE_NAME), HOSTILE);
    hostile = join(tmp, 'hostile.html');
    const h = jd([corpus, '--format', 'html', '-o', hostile]);
    expect(h.code, h.stderr).toBe(0);

    browser = await playwright!.chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Opens a report at laptop size, recording every request and every console error. */
  async function open(file: string): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    return { page, url, requests, errors };
  }

  it('loads nothing but its own file and logs no console errors', async () => {
    const { url, requests, errors, page } = await open(report);
    expect(requests).toContain(url); // requests are seen at all
    expect(requests.filter((u) => u !== url && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    // Nothing that could run or fetch is in the document at all.
    const counts = await page.evaluate(() => ({
      scripts: document.scripts.length,
      images: document.images.length,
      links: document.querySelectorAll('link, iframe, object, embed').length,
    }));
    expect(counts).toEqual({ scripts: 0, images: 0, links: 0 });
  });

  it('has the report headings', async () => {
    const { page } = await open(report);
    expect(await page.locator('h1').innerText()).toBe('Job postings analysis');
    expect(await page.locator('h2').allInnerTexts()).toEqual(['Summary', 'Skills', 'Responsibilities', 'Categories', 'Seniority and experience']);
    const h3 = (await page.locator('h3').allInnerTexts()).map((t) => t.replace(/\s+\d+ · .*$/, ''));
    expect(h3).toEqual(
      expect.arrayContaining(['Common skills', 'Moderate skills', 'Uncommon skills', 'Common responsibilities', 'Uncommon responsibilities', 'Seniority levels', 'Years of experience']),
    );
    expect(await page.locator('.masthead p').innerText()).toContain('24 postings from 16 files.');
  });

  it('shows posting markup as text and runs none of it', async () => {
    const { page, requests, errors, url } = await open(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const quotes = (await page.locator('blockquote').allInnerTexts()).join('\n');
    // (Quotes drop Markdown emphasis markers, so `__pwned` is quoted as `pwned`.)
    expect(quotes).toMatch(/Python <script>window\.(__)?pwned = 1<\/script> and Django/);
    expect(quotes).toMatch(/FastAPI <img src=x onerror="window\.(__)?pwned = 2"> in production/);
    expect(quotes).toContain(`PostgreSQL & "Redis" at 'scale', see https://evil.example/pixel.png`);
    expect(quotes).toContain(`${HOSTILE_NAME}, job 1, line 7`);
    expect(await page.evaluate(() => [document.scripts.length, document.images.length])).toEqual([0, 0]);
    expect(requests.filter((u) => u !== url)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws bars whose widths are proportional to the shares of the JSON report', async () => {
    const { page } = await open(report);
    const json = JSON.parse(jd(['fixtures/python-backend', '--format', 'json']).stdout);
    const bars = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('#skills table.chart .fill')).map((fill) => ({
        share: Number(fill.dataset.share),
        width: fill.getBoundingClientRect().width,
        track: (fill.parentElement as HTMLElement).getBoundingClientRect().width,
        parts: Array.from(fill.children).reduce((sum, seg) => sum + seg.getBoundingClientRect().width, 0),
      })),
    );
    expect(bars.length).toBeGreaterThan(20);
    for (const b of bars) {
      expect(Math.abs(b.width - b.share * b.track)).toBeLessThan(1);
      // The required / preferred / elsewhere segments fill the bar exactly.
      if (b.parts) expect(Math.abs(b.parts - b.width)).toBeLessThan(1.5);
    }
    // The common skills chart lists the JSON's common skills, in order, with their shares.
    const shown = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('#skills-common + table.chart .fill')).map((f) => Number(f.dataset.share)),
    );
    const common = json.skills.filter((s: { band: string }) => s.band === 'common').slice(0, 20);
    expect(shown).toEqual(common.map((s: { share: number }) => s.share));
    expect(shown[0]).toBe(1);
  });

  it('prints on white, without the navigation, with every section', async () => {
    const { page } = await open(report);
    await page.emulateMedia({ media: 'print' });
    const look = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      masthead: getComputedStyle(document.querySelector('.masthead')!).backgroundColor,
      nav: getComputedStyle(document.querySelector('nav')!).display,
      items: Array.from(document.querySelectorAll('.item')).every((el) => getComputedStyle(el).breakInside === 'avoid'),
      sections: document.querySelectorAll('section.part').length,
    }));
    expect(look).toEqual({ body: 'rgb(255, 255, 255)', masthead: 'rgb(255, 255, 255)', nav: 'none', items: true, sections: 5 });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is the same bytes on every run', () => {
    const again = join(tmp, 'again.html');
    expect(jd(['fixtures/python-backend', '--format', 'html', '-o', again]).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(report, 'utf8'));
  });
});
