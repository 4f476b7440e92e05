#!/usr/bin/env node
// The benchmark: builds a corpus from the shipped fixtures scaled to a given size, runs
// the whole pipeline on it (the built CLI, as users run it) and prints MB/s, postings/s
// and peak RSS; with --jobs it also runs 1 and N workers; where ripgrep is installed it
// times `rg -c -i -w -F -f <all dictionary aliases>` on the same files in the same run.
//
//   npm run bench                      # ~60 MB, ~20,000 postings
//   npm run bench -- --size 200MB --jobs 2
//   npm run bench -- --postings 100000 # size from a posting count
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'jd-analyze.js');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const parseSize = (s) => {
  const m = /^(\d+(?:\.\d+)?)\s*(kb|mb|gb)?$/i.exec(String(s));
  if (!m) throw new Error(`bad size: ${s}`);
  const unit = (m[2] ?? 'mb').toLowerCase();
  return Math.round(Number(m[1]) * (unit === 'gb' ? 1e9 : unit === 'kb' ? 1e3 : 1e6));
};
const jobs = Number(opt('--jobs', '0')) || Math.min(2, cpus().length);
const perFile = Number(opt('--per-file', '10'));

// Source postings: every posting of the text fixtures, cut at separator lines.
function fixturePostings() {
  const out = [];
  for (const dir of ['fixtures/python-backend', 'fixtures/data-engineering']) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const text = readFileSync(join(ROOT, dir, name), 'utf8');
      if (/---\n\n## /.test(text)) out.push(text.trim());
      else out.push(...text.split(/\n(?:-{3,}|\* \* \*)\n/).map((t) => t.trim()).filter((t) => t.length > 200));
    }
  }
  return out;
}

function buildCorpus(bytes) {
  const base = fixturePostings();
  const dir = join(ROOT, '.bench', `corpus-${bytes}`);
  if (existsSync(join(dir, '.done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  let written = 0;
  let n = 0;
  for (let f = 0; written < bytes; f++) {
    const sub = join(dir, String(Math.floor(f / 1000)).padStart(3, '0'));
    if (f % 1000 === 0) mkdirSync(sub, { recursive: true });
    const parts = [];
    for (let k = 0; k < perFile; k++, n++) {
      // Vary the title so postings are not byte-identical copies.
      const p = base[n % base.length];
      parts.push(p.replace(/^(.*)$/m, `$1 (#${n + 1})`));
    }
    const text = `${parts.join('\n\n----------\n\n')}\n`;
    writeFileSync(join(sub, `postings-${String(f).padStart(6, '0')}.txt`), text);
    written += Buffer.byteLength(text);
  }
  writeFileSync(join(dir, '.done'), `${written} ${n}\n`);
  return dir;
}

function corpusStats(dir) {
  const [bytes, postings] = readFileSync(join(dir, '.done'), 'utf8').trim().split(' ').map(Number);
  return { bytes, postings };
}

/** Runs the CLI; returns wall seconds and peak RSS (MB) reported by --verbose. */
function runCli(dir, extra) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, dir, '--format', 'json', '--output', '/dev/null', '--verbose', ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`jd-analyze exited ${r.status}: ${r.stderr}`);
  const rss = /peak RSS (\d+(?:\.\d+)?) MB/.exec(r.stderr);
  return { seconds, rssMb: rss ? Number(rss[1]) : NaN, stderr: r.stderr };
}

function hasRg() {
  return spawnSync('rg', ['--version'], { encoding: 'utf8' }).status === 0;
}

function runRg(dir) {
  const patterns = join(ROOT, '.bench', 'aliases.txt');
  const list = execFileSync(process.execPath, [BIN, 'dict', 'list', '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const data = JSON.parse(list);
  const aliases = new Set();
  for (const s of data.skills) for (const a of s.aliases) aliases.add(typeof a === 'string' ? a : a.term);
  writeFileSync(patterns, `${[...aliases].join('\n')}\n`);
  const t0 = process.hrtime.bigint();
  spawnSync('rg', ['-c', '-i', '-w', '-F', '-f', patterns, dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, patterns: aliases.size };
}

const postingsArg = opt('--postings', null);
const size = postingsArg ? Math.round(Number(postingsArg) * 3000) : parseSize(opt('--size', '60MB'));
const dir = buildCorpus(size);
const { bytes, postings } = corpusStats(dir);
const mb = bytes / 1e6;
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model?.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`corpus: ${dir} — ${mb.toFixed(1)} MB, ${postings} postings, ${Math.ceil(postings / perFile)} files`);

const one = runCli(dir, ['--jobs', '1']);
console.log(`jd-analyze --jobs 1: ${one.seconds.toFixed(2)} s, ${(mb / one.seconds).toFixed(1)} MB/s, ${Math.round(postings / one.seconds)} postings/s, peak RSS ${one.rssMb} MB`);
if (jobs > 1) {
  const many = runCli(dir, ['--jobs', String(jobs)]);
  console.log(
    `jd-analyze --jobs ${jobs}: ${many.seconds.toFixed(2)} s, ${(mb / many.seconds).toFixed(1)} MB/s, ${Math.round(postings / many.seconds)} postings/s, peak RSS ${many.rssMb} MB, speed-up ${(one.seconds / many.seconds).toFixed(2)}x`,
  );
}
if (hasRg()) {
  const rg = runRg(dir);
  console.log(`rg -c -i -w -F -f <${rg.patterns} aliases>: ${rg.seconds.toFixed(2)} s, ${(mb / rg.seconds).toFixed(1)} MB/s; jd-analyze --jobs 1 takes ${(one.seconds / rg.seconds).toFixed(2)}x rg's time`);
} else {
  console.log('rg (ripgrep) not installed: skipping the ripgrep comparison (apt-get install ripgrep)');
}
const files = statSync(dir).isDirectory();
if (!files) process.exit(1);
