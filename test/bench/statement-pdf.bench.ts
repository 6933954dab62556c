import { readFileSync } from 'node:fs';
import { renderStatementPdf, type StatementView } from '@app/documents';
import { largeSampleStatement } from '@app/documents/statement/sample-statement';
import { kb, pageCount, renderPlainPdf, timeRuns } from './pdf-timing';

const ROWS = 2_000;
const RUNS = 3;

/** Peak resident set size of this process so far (VmHWM), in MB. */
function peakRssMb(): number {
  const line = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return line ? Number(line[1]) / 1024 : NaN;
}

/** The statement's text, one line per paragraph, figure, table row or chart bar, without layout. */
function statementLines(view: StatementView): string[] {
  return [
    view.companyName,
    view.regimeTitle,
    `${view.period.from} to ${view.period.to}`,
    view.approval ? `Approved by ${view.approval.body} on ${view.approval.approvedOn}` : '',
    view.signature ? `Signed by ${view.signature.name}, ${view.signature.title}` : '',
    ...view.sections.map((s) => s.title),
    ...view.sections.flatMap((s) => [
      s.title,
      ...s.narrative.split(/\n\s*\n/),
      ...s.figures.map((f) => `${f.label} ${f.value} ${f.previous ?? '—'} ${f.traceUrl ?? ''}`),
      ...s.tables.flatMap((t) => [
        t.caption,
        t.columns.join(' '),
        ...t.rows.map((r) => r.join(' ')),
      ]),
      ...s.charts.flatMap((c) => [
        c.caption,
        ...c.categories.map(
          (category, i) => `${category} ${c.series.map((x) => x.values[i]).join(' ')}`,
        ),
      ]),
      ...s.gaps,
    ]),
  ];
}

/**
 * Renders the sample statement with a 2,000-row site table RUNS times (after one warm-up), against
 * the same text set as plain paragraphs. Run by run.ts as the first step of `statements` (peak
 * RSS is this bench process's, so it only means the renderer's own when `statements` runs alone).
 */
export async function statementPdfBench(): Promise<void> {
  const view = largeSampleStatement(ROWS);
  const lines = statementLines(view);
  console.log(
    `\nStatement PDF (pdfkit), ${ROWS.toLocaleString('en-GB')}-row site table, ${RUNS} runs each after one warm-up`,
  );
  const baseline = await timeRuns(() => renderPlainPdf(lines), RUNS);
  const baselineRss = peakRssMb();
  console.log(
    `  baseline   plain text, same ${lines.length.toLocaleString('en-GB')} lines and fonts, no tables/charts/tags/footers: ` +
      `min ${baseline.min.toFixed(0)} ms, median ${baseline.median.toFixed(0)} ms, ` +
      `${kb(baseline.pdf.length)}, ${pageCount(baseline.pdf)} pages, peak RSS ${baselineRss.toFixed(0)} MB`,
  );
  const statement = await timeRuns(() => renderStatementPdf(view), RUNS);
  console.log(
    `  statement  cover, contents, tables, chart, tagged structure, "Page N of M": ` +
      `min ${statement.min.toFixed(0)} ms, median ${statement.median.toFixed(0)} ms, ` +
      `${kb(statement.pdf.length)}, ${pageCount(statement.pdf)} pages, peak RSS ${peakRssMb().toFixed(0)} MB`,
  );
  console.log(
    `  ratio      the statement takes ${(statement.median / baseline.median).toFixed(2)}× the plain-text time (medians)`,
  );
}
