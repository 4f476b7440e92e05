import type { DomNode, HtmlToTextOptions } from 'html-to-text';

/** Page furniture of a saved job page: none of it is posting text. */
const SKIPPED = ['script', 'style', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'svg', 'button', 'iframe', 'select', 'img'];

/** Tags whose presence in a record's text field means the field holds HTML, not plain text. */
const HTML_TAG = /<(?:p|br|li|ul|ol|div|span|h[1-6]|b|strong|i|em|table|tr|td|a)(?:\s[^<>]*)?\/?>/i;

/** True when text holds HTML markup (a `<p>`, `<li>`, `<br>` ...), as job-board exports put in their description fields. */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/** Whether a table cell has a cell before it in its row (then it needs a separator). */
function hasCellBefore(elem: DomNode): boolean {
  const siblings = elem.parent?.children ?? [];
  const at = siblings.indexOf(elem);
  return siblings.slice(0, at).some((n) => n.type === 'tag');
}

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  // The default truncates input over 16 MB with a message on stderr; --max-file-size is the limit.
  limits: { maxInputLength: Number.MAX_SAFE_INTEGER },
  formatters: {
    // A table row is a line, its cells joined by " | ": row by row, never a padded grid.
    tableRow(elem, walk, builder) {
      builder.openBlock({ leadingLineBreaks: 1 });
      walk(elem.children, builder);
      builder.closeBlock({ trailingLineBreaks: 1 });
    },
    tableCell(elem, walk, builder) {
      if (hasCellBefore(elem)) builder.addLiteral(' | ');
      walk(elem.children, builder);
    },
  },
  selectors: [
    ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
    // Links as their text only: a URL in brackets is noise for matching and quoting.
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    // Headings keep their case (the default upper-cases them, which hides "Python" from exact-case aliases).
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'tableRow' },
    { selector: 'th', format: 'tableCell' },
    { selector: 'td', format: 'tableCell' },
  ],
};

let convert: ((html: string) => string) | null = null;

/**
 * Converts HTML to plain text: headings and list items on lines of their own (items as
 * "- item"), links as their text, tables row by row, scripts, styles and navigation left
 * out. html-to-text is loaded on first use, so runs without HTML never load it.
 */
export async function htmlToPlainText(html: string): Promise<string> {
  if (!convert) {
    const { compile } = await import('html-to-text');
    convert = compile(OPTIONS);
  }
  return convert(html)
    .split('\n')
    .map((line) => line.replace(/^\s*\|\s+/, '').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
