import { Chalk } from 'chalk';
import type { DictListing } from '../commands/dict.js';
import { SCHEMA_VERSION } from '../types.js';
import { fit, oneLine, plural } from './bars.js';
import { finish, newTable } from './cells.js';
import type { ReportOptions } from './options.js';

export type DictReporter = (d: DictListing, options: ReportOptions) => string;

/** `12: Postgres, PostgreSQL, psql, …`: the count, then as many aliases as fit. */
function listCell(items: string[], max: number): string {
  return fit(`${items.length}: ${items.map(oneLine).join(', ')}`, max);
}

export const renderDictTable: DictReporter = (d, o) => {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(60, Math.floor(o.width) || 100);
  const blocks = [
    `${c.bold('Dictionary')}\n${plural(d.skills.length, 'skill')} in ${plural(d.categories.length, 'category', 'categories')}, ${plural(d.responsibilities.length, 'responsibility', 'responsibilities')}. Sources: ${d.sources.length} files.`,
  ];
  // One table per category: the category is the heading, so the aliases get its column's room.
  for (const cat of d.categories) {
    const skills = d.skills.filter((s) => s.category === cat.id);
    const idW = Math.min(22, Math.max(2, ...skills.map((s) => s.id.length)));
    const labelW = Math.min(22, Math.max(5, ...skills.map((s) => oneLine(s.label).length)));
    const impliesW = Math.min(16, Math.max(7, ...skills.map((s) => s.implies.join(', ').length)));
    // 4 columns of borders and padding (13).
    const aliasW = Math.max(12, width - 13 - idW - labelW - impliesW);
    const t = newTable(['Id', 'Label', 'Aliases', 'Implies'], ['left', 'left', 'left', 'left'], c);
    for (const s of skills) t.push([fit(s.id, idW), fit(oneLine(s.label), labelW), listCell(s.aliases, aliasW), fit(s.implies.join(', '), impliesW)]);
    blocks.push(`${c.bold(`${oneLine(cat.label)}`)} (${cat.id}, ${plural(cat.skills, 'skill')})\n${t.toString()}`);
  }
  if (d.responsibilities.length) {
    const idW = Math.min(28, Math.max(2, ...d.responsibilities.map((r) => r.id.length)));
    // 4 columns (13); label, verbs and objects share the rest.
    const rest = Math.max(36, width - 13 - idW);
    const [labelW, verbW] = [Math.floor(rest * 0.4), Math.floor(rest * 0.25)];
    const t = newTable(['Id', 'Label', 'Verbs', 'Objects'], ['left', 'left', 'left', 'left'], c);
    for (const r of d.responsibilities) {
      t.push([fit(r.id, idW), fit(oneLine(r.label), labelW), listCell(r.verbs, verbW), listCell([...r.objects, ...r.phrases], rest - labelW - verbW)]);
    }
    blocks.push(`${c.bold('Responsibilities')}\n${t.toString()}`);
  }
  return finish(blocks);
};

export const renderDictJson: DictReporter = (d) => `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, command: 'dict list', ...d }, null, 2)}\n`;

/** Dictionary listing reporters by format name. */
export const DICT_REPORTERS: Record<string, DictReporter> = {
  table: renderDictTable,
  json: renderDictJson,
};
