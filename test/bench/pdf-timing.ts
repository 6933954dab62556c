import { registerFonts, renderToBuffer } from '@app/documents';
import PDFDocument from 'pdfkit';

/** What the PDF benches share: sizes, page counts, a plain-text baseline and timed runs. */
export const kb = (bytes: number): string =>
  `${Math.round(bytes / 1024).toLocaleString('en-GB')} KB`;

export const pageCount = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Baseline: the same lines with the same embedded fonts on A4, but no tables, tags or footers. */
export function renderPlainPdf(lines: readonly string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56 });
  registerFonts(doc);
  return renderToBuffer(doc, () => {
    doc.fontSize(10);
    for (const line of lines) doc.text(line);
  });
}

/** `runs` timed renders after one warm-up (module and font loading, JIT): min and median in ms. */
export async function timeRuns(render: () => Promise<Buffer>, runs: number) {
  const pdf = await render();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    await render();
    times.push(ms(start));
  }
  times.sort((a, b) => a - b);
  return { min: times[0], median: times[Math.floor(times.length / 2)], pdf };
}
