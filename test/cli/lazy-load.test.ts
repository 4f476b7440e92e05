import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/exec.js';

// The heavy readers (pdf-parse with pdf.js, html-to-text, csv-parse) load only when a file
// of their type is read. A module-resolve hook records every module the CLI loads.

const HEAVY = /node_modules\/(?:pdf-parse|pdfjs-dist|html-to-text|csv-parse)\//;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jd-lazy-'));
  writeFileSync(
    join(dir, 'hooks.mjs'),
    "import { appendFileSync } from 'node:fs';\n" +
      'export async function resolve(specifier, context, next) {\n' +
      '  const r = await next(specifier, context);\n' +
      "  appendFileSync(process.env.JD_TRACE, r.url + '\\n');\n" +
      '  return r;\n' +
      '}\n',
  );
  writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister(new URL('./hooks.mjs', import.meta.url));\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The modules the CLI resolved while running with these arguments. */
function loaded(args: string[], name: string): string[] {
  const trace = join(dir, `${name}.trace`);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, JD_TRACE: trace, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(r.status === 0 || r.status === 3).toBe(true);
  return existsSync(trace) ? readFileSync(trace, 'utf8').split('\n').filter(Boolean) : [];
}

describe('heavy modules load only when needed', () => {
  it('--version loads none of them', () => {
    expect(loaded(['--version'], 'version').filter((u) => HEAVY.test(u))).toEqual([]);
  });

  it('a text-only run loads none of them', () => {
    const urls = loaded(['fixtures/cli/single', '--format', 'json'], 'text');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => HEAVY.test(u))).toEqual([]);
  });

  it('a PDF run loads pdf-parse, and only it', () => {
    const heavy = loaded(['fixtures/inputs/pdf/va_digital_service_expert.pdf', '--format', 'json'], 'pdf').filter((u) => HEAVY.test(u));
    expect(heavy.some((u) => u.includes('/pdf-parse/'))).toBe(true);
    expect(heavy.filter((u) => /html-to-text|csv-parse/.test(u))).toEqual([]);
  });

  it('fast-glob loads only when an argument is not an existing path (a glob pattern)', () => {
    const fastGlob = (urls: string[]) => urls.filter((u) => /node_modules\/fast-glob\//.test(u));
    expect(fastGlob(loaded(['fixtures/cli/single', '--format', 'json'], 'folder'))).toEqual([]);
    expect(fastGlob(loaded(['fixtures/cli/single/*', '--format', 'json'], 'glob')).length).toBeGreaterThan(0);
  });
});
