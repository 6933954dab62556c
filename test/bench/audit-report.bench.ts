import { formatUtcDateTime, renderAuditReportPdf, type AuditReportView } from '@app/documents';
import { sampleAuditReportView } from '@app/documents/audit-report/sample-audit-report';
import { kb, pageCount, renderPlainPdf, timeRuns } from './pdf-timing';

const FINDINGS = 200;
const RUNS = 5;

/** The report's text, one line per paragraph, list item or table row, without any layout. */
function reportLines(view: AuditReportView): string[] {
  const { audit, visit } = view;
  const w = visit.workersInterviewed;
  return [
    view.organisationName,
    'Audit report',
    view.site.name,
    view.site.country,
    view.site.address ?? '',
    `Reference: ${audit.reference}`,
    `Audit type: ${audit.type}`,
    `Audit firm: ${audit.auditFirm ?? 'Not recorded'}`,
    `Auditors: ${audit.auditors.join(', ')}`,
    `Submitted: ${formatUtcDateTime(view.submittedAt)}`,
    ...audit.scope,
    'Visit',
    `Arrived: ${formatUtcDateTime(visit.arrivedAt)}`,
    `Access: ${visit.access}`,
    visit.accessNote ?? '',
    'Female Male Other gender Migrant Agency On site Off site',
    [w.female, w.male, w.otherGender, w.migrant, w.agency, w.onSite, w.offSite].join(' '),
    ...visit.documentsReviewed,
    ...visit.redFlags,
    visit.summary ?? '',
    'Findings',
    ...view.findings.flatMap((f) => [
      `Finding ${f.number} · ${f.severity}`,
      `Category: ${f.category}`,
      `ILO indicators: ${f.indicators.join('; ')}`,
      `Workers affected: ${f.workersAffected ?? ''}`,
      `Fees paid: ${f.feesPaid ?? ''}`,
      f.description,
    ]),
    'Corrective action plan',
    ...view.correctiveActions.map((a) => `${a.findingNumber} ${a.severity} ${a.dueOn} ${a.status}`),
  ];
}

/** Renders the 200-finding audit report RUNS times, against plain text of the same length. */
export async function auditReportPdfBench(): Promise<void> {
  const view = sampleAuditReportView(FINDINGS);
  const lines = reportLines(view);
  console.log(
    `Audit report PDF (pdfkit), ${FINDINGS} findings, ${RUNS} runs each after one warm-up`,
  );
  const baseline = await timeRuns(() => renderPlainPdf(lines), RUNS);
  console.log(
    `  baseline  plain text, same ${lines.length.toLocaleString('en-GB')} lines and fonts, no tables/tags/footers: ` +
      `min ${baseline.min.toFixed(0)} ms, median ${baseline.median.toFixed(0)} ms, ` +
      `${kb(baseline.pdf.length)}, ${pageCount(baseline.pdf)} pages`,
  );
  const report = await timeRuns(() => renderAuditReportPdf(view), RUNS);
  console.log(
    `  report    tables, tagged structure, outline, "Page N of M": ` +
      `min ${report.min.toFixed(0)} ms, median ${report.median.toFixed(0)} ms, ` +
      `${kb(report.pdf.length)}, ${pageCount(report.pdf)} pages`,
  );
  console.log(
    `  ratio     the report takes ${(report.median / baseline.median).toFixed(2)}× the plain-text time (medians)`,
  );
}
