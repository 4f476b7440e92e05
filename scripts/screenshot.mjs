#!/usr/bin/env node
// Renders the HTML report of fixtures/python-backend in headless Chromium and saves
// docs/report-screenshot.png (full page, 1366 wide) for the README, plus a print
// check: the page with print media emulated, as a PDF and a PNG, in a temp folder.
// Fails when the page fetches anything or logs a console error.
//
//   npm run build && npm run screenshot
//   npm run screenshot -- --top 10                    (extra arguments go to jd-analyze)
//   CHROMIUM=/path/to/chromium npm run screenshot     (default /usr/bin/chromium)
//
// Needs the dev dependency playwright-core and a Chromium (Debian: apt-get install chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const out = join(root, 'docs', 'report-screenshot.png');
const tmp = mkdtempSync(join(tmpdir(), 'jd-analyze-screenshot-'));
const report = join(tmp, 'report.html');

if (!existsSync(join(root, 'dist', 'main.js'))) fail('dist/ is missing: run `npm run build` first');
if (!existsSync(executablePath)) fail(`no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM)`);

const cli = spawnSync(process.execPath, ['bin/jd-analyze.js', 'fixtures/python-backend', '--format', 'html', '-o', report, ...process.argv.slice(2)], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1' },
});
if (cli.status !== 0) fail(`jd-analyze exited with ${cli.status}\n${cli.stderr}`);

const started = Date.now();
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 1000 } });
  const url = pathToFileURL(report).href;
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(url, { waitUntil: 'load' });

  mkdirSync(join(root, 'docs'), { recursive: true });
  // The first screen: what a hiring manager sees on opening the file (the full page is long).
  await page.screenshot({ path: out, fullPage: false });
  console.log(`screen: ${out}`);

  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: join(tmp, 'report-print.pdf'), format: 'A4', printBackground: false });
  // A4 at 96 dpi minus the page margins: what the print layout looks like, in one image.
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.screenshot({ path: join(tmp, 'report-print.png'), fullPage: true });
  console.log(`print:  ${join(tmp, 'report-print.pdf')}, ${join(tmp, 'report-print.png')}`);
} finally {
  await browser.close();
}
console.log(`rendered in ${Date.now() - started} ms`);
if (problems.length) fail(problems.join('\n'));

function fail(message) {
  console.error(`screenshot: ${message}`);
  process.exit(1);
}
