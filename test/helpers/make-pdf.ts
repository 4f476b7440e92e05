/**
 * Writes minimal PDFs by hand, so the tests need no PDF files in the repo and can make
 * broken ones (no text layer, truncated, encrypted) on purpose.
 */

/** What the made-up PDF holds. */
export interface PdfSpec {
  /** One entry per page: its lines of text, or null for a page with no text (an empty content stream). */
  pages: (string[] | null)[];
  /** Adds an /Encrypt dictionary to the trailer (standard security handler, RC4 40-bit). */
  encrypt?: boolean;
}

function escapePdfString(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}

function contentStream(lines: string[] | null): string {
  if (!lines) return '';
  // 14pt leading; each line is its own text-showing operation, as word processors write them.
  const body = lines.map((l, i) => `${i === 0 ? '' : '0 -14 Td '}(${escapePdfString(l)}) Tj`).join('\n');
  return `BT /F1 11 Tf 72 760 Td\n${body}\nET`;
}

/** Builds the bytes of a PDF (latin-1 text only), with a correct xref table. */
export function makePdf(spec: PdfSpec): Buffer {
  const n = spec.pages.length;
  // Objects: 1 catalog, 2 pages, 3 font, then for each page a page object and a content stream.
  const objects: string[] = [];
  const kids = spec.pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  spec.pages.forEach((lines, i) => {
    const stream = contentStream(lines);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  });
  if (spec.encrypt) {
    objects.push(
      '<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 ' +
        '/O <2d5c2f2a5e3b4c1d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3> ' +
        '/U <9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddccbbaa99887766554433221100> >>',
    );
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  const encrypt = spec.encrypt ? ` /Encrypt ${objects.length} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
