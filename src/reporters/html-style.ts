/**
 * The stylesheet of the HTML report, inlined in its `<style>` element so that the
 * report is one file that loads nothing: system fonts only, bars drawn with CSS.
 * Print rules drop the dark masthead and the navigation, keep items whole across
 * pages and keep the bars' colours (browsers omit backgrounds when printing).
 */
export const HTML_STYLE = `
:root {
  --ink: #1e293b; --muted: #64748b; --faint: #94a3b8; --line: #e2e8f0; --page: #f4f6f9; --card: #fff;
  --track: #eef1f5; --accent: #2563eb;
  --req: #1d4ed8; --pref: #60a5fa; --else: #bfdbfe;
  --duty: #0f766e; --cat: #7c3aed; --level: #c2410c;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--page); color: var(--ink); font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.wrap { max-width: 1140px; margin: 0 auto; padding: 0 28px; }
.masthead { background: #0f172a; color: #f8fafc; padding: 28px 0 24px; }
.masthead h1 { margin: 0 0 4px; font-size: 28px; letter-spacing: -0.01em; }
.masthead p { margin: 0; color: #cbd5e1; }
.toc { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid var(--line); }
.toc ul { list-style: none; margin: 0 auto; padding: 0 20px; display: flex; flex-wrap: wrap; gap: 2px; }
.toc a { display: block; padding: 10px 8px; color: var(--muted); text-decoration: none; font-size: 14px; font-weight: 600; }
.toc a:hover { color: var(--accent); }
main { padding: 8px 0 40px; }
section.part { margin-top: 28px; }
h2 { font-size: 22px; margin: 0 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 17px; margin: 22px 0 8px; }
h3 .count { color: var(--muted); font-weight: 400; font-size: 14px; }
p.note { color: var(--muted); margin: 4px 0 10px; font-size: 14px; }
.panel { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(128px, 1fr)); gap: 12px; margin: 0 0 12px; }
.stat { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.stat b { display: block; font-size: 26px; line-height: 1.2; font-variant-numeric: tabular-nums; }
.stat span { color: var(--muted); font-size: 13px; }
.stat.warn b { color: #b45309; } .stat.bad b { color: #b91c1c; }
table { border-collapse: collapse; width: 100%; }
table.chart { background: var(--card); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.chart thead th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); font-weight: 600; padding: 8px 10px; border-bottom: 1px solid var(--line); background: #f8fafc; }
.chart td, .chart tbody th { padding: 5px 10px; text-align: left; font-weight: 400; border-top: 1px solid #f1f5f9; vertical-align: middle; font-variant-numeric: tabular-nums; }
.chart .num { text-align: right; white-space: nowrap; }
.chart .rank { color: var(--faint); width: 1%; }
.chart .name { width: 30%; }
.chart .name a { color: var(--ink); text-decoration: none; font-weight: 600; }
.chart .name a:hover { color: var(--accent); text-decoration: underline; }
.chart .name small { color: var(--muted); font-size: 12px; margin-left: 6px; }
.chart .share { width: 44%; }
.chart .pct { font-weight: 700; width: 1%; }
.bar { position: relative; height: 14px; background: var(--track); border-radius: 3px; }
.fill { display: flex; height: 100%; min-width: 2px; border-radius: 3px; overflow: hidden; background: var(--accent); }
.fill.zero { min-width: 0; }
.fill i { display: block; height: 100%; }
.fill.duty { background: var(--duty); } .fill.cat { background: var(--cat); } .fill.level { background: var(--level); }
.seg-req { background: var(--req); } .seg-pref { background: var(--pref); } .seg-else { background: var(--else); }
.mark { position: absolute; top: -3px; bottom: -3px; border-left: 1px dashed #64748b; opacity: 0.55; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 4px 0 10px; font-size: 13px; color: var(--muted); }
.legend span::before { content: ""; display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; background: var(--swatch); }
.legend .dash::before { width: 0; height: 12px; border-left: 1px dashed #64748b; border-radius: 0; margin: 0 8px 0 4px; }
.items { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 12px; margin-top: 12px; }
.item { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; break-inside: avoid; }
.item h4 { margin: 0; font-size: 15px; display: flex; align-items: baseline; gap: 8px; }
.item .figures { margin: 2px 0 6px; color: var(--muted); font-size: 13px; }
.pill { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; padding: 1px 7px; border-radius: 9px; }
.pill.common { background: #dcfce7; color: #166534; } .pill.moderate { background: #fef3c7; color: #92400e; } .pill.uncommon { background: #f3e8ff; color: #6b21a8; }
blockquote { margin: 8px 0 0; padding: 2px 0 2px 12px; border-left: 3px solid var(--line); }
blockquote p { margin: 0; font-size: 14px; overflow-wrap: anywhere; }
blockquote footer { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
cite { font-style: normal; }
.more { color: var(--muted); font-size: 13px; margin: 8px 0 0; }
code { font: 12px/1 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
.chart td.wide { font-size: 13px; line-height: 1.4; color: var(--muted); width: 46%; padding-top: 7px; padding-bottom: 7px; }
.chart.cats .share { width: 24%; } .chart.cats .name { width: 18%; }
.chart thead th.wide { text-align: left; }
.years { display: grid; grid-template-columns: repeat(3, minmax(120px, 180px)); gap: 12px; margin: 4px 0 8px; }
table.list td, table.list th { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); font-size: 14px; vertical-align: top; }
table.list th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
table.list td { overflow-wrap: anywhere; }
.status-failed { color: #b91c1c; font-weight: 600; } .status-skipped { color: #b45309; font-weight: 600; }
.colophon { color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding: 14px 0 28px; }
.item h4 .rank { color: var(--faint); font-weight: 400; }
.two { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 20px; align-items: start; }
@media (max-width: 900px) { .two { grid-template-columns: 1fr; } .items { grid-template-columns: 1fr; } .chart .name { width: auto; } }
@media print {
  @page { margin: 14mm 12mm; }
  body { background: #fff; font-size: 11pt; }
  .wrap { max-width: none; padding: 0; }
  .masthead { background: #fff; color: #000; padding: 0 0 8px; border-bottom: 2px solid #000; }
  .masthead p { color: #334155; }
  .toc { display: none; }
  a { color: inherit !important; text-decoration: none !important; }
  .bar, .fill, .fill i, .pill, .legend span::before { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .stat, .item, .panel, table.chart { border-color: #cbd5e1; }
  .chart thead th { background: #fff; }
  .chart .share { width: 26%; } .chart .name { width: 32%; }
  .chart thead th { letter-spacing: 0; }
  .chart .name small { display: block; margin-left: 0; }
  .items { grid-template-columns: 1fr 1fr; gap: 8px; }
  .item { padding: 8px 12px; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, .item, .stat, blockquote, .years { break-inside: avoid; page-break-inside: avoid; }
  .two { display: block; }
}
`;
