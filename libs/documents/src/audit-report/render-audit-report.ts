import { createA4Document } from '../create-document';
import { formatUtcDateTime } from '../date-format';
import { contentWidth, ensureSpace, measureText, pageContentHeight } from '../layout';
import { addPageFooters } from '../page-footer';
import { renderToBuffer } from '../render-to-buffer';
import { COLOURS, FONT_SIZE } from '../styles';
import { drawTable } from '../table';
import {
  artifact,
  bulletList,
  heading,
  labelled,
  paragraph,
  resetText,
  section,
  type StructureParent,
} from '../tagged-content';
import type { AuditReportView } from './audit-report-view';

type Doc = PDFKit.PDFDocument;
type Finding = AuditReportView['findings'][number];
type Severity = Finding['severity'];

const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor', 'observation'];

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
  observation: 'Observation',
};

const SEVERITY_COLOUR: Record<Severity, string> = {
  critical: '#b3261e',
  major: '#c25400',
  minor: '#8a6d00',
  observation: '#3b6894',
};

const AUDIT_TYPE_LABEL: Record<AuditReportView['audit']['type'], string> = {
  announced: 'Announced',
  semi_announced: 'Semi-announced',
  unannounced: 'Unannounced',
};

const NOT_RECORDED = 'Not recorded';

const count = (n: number): string => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many: string): string =>
  `${count(n)} ${n === 1 ? one : many}`;

/**
 * The audit report as an A4 PDF: title block, visit, findings (counts, then each finding),
 * corrective action plan, and a footer with page numbers. Prints only what the view holds; an
 * empty or missing value is said to be not recorded rather than left out silently, except the
 * per-finding extras (workers affected, fees paid), which only some kinds of finding have.
 */
export async function renderAuditReportPdf(view: AuditReportView): Promise<Buffer> {
  const { doc, root } = createA4Document({
    title: `Audit report ${view.audit.reference}: ${view.site.name}`,
    author: view.organisationName,
    subject: `${AUDIT_TYPE_LABEL[view.audit.type]} audit of ${view.site.name}, ${view.site.country}`,
    keywords: 'audit report, forced labour, corrective action plan',
    createdAt: new Date(view.generatedAt),
  });
  return await renderToBuffer(doc, () => {
    titleBlock(doc, root, view);
    visitSection(doc, root, view);
    findingsSection(doc, root, view);
    correctiveActionSection(doc, root, view);
    root.end();
    const generated = `Audit report ${view.audit.reference} · generated ${formatUtcDateTime(view.generatedAt)}`;
    addPageFooters(doc, (page, pages) => ({ left: generated, right: `Page ${page} of ${pages}` }));
  });
}

function titleBlock(doc: Doc, root: StructureParent, view: AuditReportView): void {
  const part = section(root, doc);
  paragraph(doc, part, view.organisationName, {
    size: FONT_SIZE.lead,
    colour: COLOURS.muted,
    spaceAfter: 2,
  });
  heading(doc, part, 1, 'Audit report');
  doc.y += 4;
  paragraph(doc, part, [{ text: view.site.name, font: 'bold' }], { size: FONT_SIZE.h3 });
  paragraph(doc, part, view.site.country);
  if (view.site.address) paragraph(doc, part, view.site.address);
  doc.y += 8;
  labelled(doc, part, 'Reference', view.audit.reference);
  labelled(doc, part, 'Audit type', AUDIT_TYPE_LABEL[view.audit.type]);
  labelled(doc, part, 'Audit firm', view.audit.auditFirm ?? NOT_RECORDED);
  labelled(
    doc,
    part,
    view.audit.auditors.length === 1 ? 'Auditor' : 'Auditors',
    view.audit.auditors.length ? view.audit.auditors.join(', ') : NOT_RECORDED,
  );
  labelled(doc, part, 'Submitted', formatUtcDateTime(view.submittedAt));
  if (view.audit.scope.length) {
    paragraph(doc, part, [{ text: 'Scope', font: 'bold' }], { spaceAfter: 1 });
    bulletList(doc, part, view.audit.scope);
  } else {
    labelled(doc, part, 'Scope', NOT_RECORDED);
  }
  part.end();
}

function visitSection(doc: Doc, root: StructureParent, view: AuditReportView): void {
  const { visit } = view;
  const part = section(root, doc);
  heading(doc, part, 2, 'Visit', { spaceBefore: 18 });
  doc.outline.addItem('Visit');
  labelled(doc, part, 'Arrived', formatUtcDateTime(visit.arrivedAt));
  if (visit.access === 'granted') {
    labelled(doc, part, 'Access', 'granted');
    if (visit.accessNote) labelled(doc, part, 'Access note', visit.accessNote);
  } else {
    accessAlert(doc, part, visit.access, visit.accessNote);
  }

  heading(doc, part, 3, 'Workers interviewed');
  const w = visit.workersInterviewed;
  drawTable(doc, part, {
    columns: ['Female', 'Male', 'Other gender', 'Migrant', 'Agency', 'On site', 'Off site'].map(
      (header) => ({ header, width: 1, align: 'right' as const }),
    ),
    rows: [[w.female, w.male, w.otherGender, w.migrant, w.agency, w.onSite, w.offSite].map(count)],
  });
  paragraph(
    doc,
    part,
    'A worker can count in more than one column (for example a female migrant worker interviewed on site).',
    { size: FONT_SIZE.small, colour: COLOURS.muted },
  );

  heading(doc, part, 3, 'Documents reviewed');
  if (visit.documentsReviewed.length) bulletList(doc, part, visit.documentsReviewed);
  else paragraph(doc, part, 'No documents recorded as reviewed.');

  if (visit.redFlags.length) {
    heading(doc, part, 3, 'Red flags recorded', { colour: COLOURS.alert });
    bulletList(doc, part, visit.redFlags);
  } else {
    heading(doc, part, 3, 'No red flags recorded');
  }

  heading(doc, part, 3, 'Summary');
  paragraph(doc, part, visit.summary ?? 'No summary recorded.');
  part.end();
}

/** A delayed or denied access is a finding in itself: boxed and in bold, not a line among others. */
function accessAlert(
  doc: Doc,
  parent: StructureParent,
  access: 'delayed' | 'denied',
  note: string | null,
): void {
  const denied = access === 'denied';
  const title = denied
    ? 'Access denied: the auditors were refused entry to the site.'
    : 'Access delayed: the auditors were not let in when they arrived.';
  const pad = 8;
  const bar = 4;
  const innerWidth = contentWidth(doc) - 2 * pad - bar;
  const noteText = note ? `Note: ${note}` : null;
  const titleHeight = measureText(doc, title, innerWidth, 'bold', FONT_SIZE.lead);
  const noteHeight = noteText ? measureText(doc, noteText, innerWidth, 'body', FONT_SIZE.body) : 0;
  const height = Math.min(
    titleHeight + (noteText ? noteHeight + 4 : 0) + 2 * pad,
    pageContentHeight(doc),
  );
  doc.y += 6;
  ensureSpace(doc, height);
  const top = doc.y;
  const left = doc.page.margins.left;
  const colour = denied ? COLOURS.alert : COLOURS.warning;
  artifact(doc, () => {
    doc
      .rect(left, top, contentWidth(doc), height)
      .fill(denied ? COLOURS.alertFill : COLOURS.warningFill);
    doc.rect(left, top, bar, height).fill(colour);
  });
  doc.y = top + pad;
  paragraph(doc, parent, [{ text: title, font: 'bold' }], {
    size: FONT_SIZE.lead,
    colour,
    indent: bar + pad,
    width: innerWidth,
    spaceAfter: 4,
  });
  if (noteText) paragraph(doc, parent, noteText, { indent: bar + pad, width: innerWidth });
  doc.y = Math.max(doc.y, top + height) + 6;
  resetText(doc);
}

function findingsSection(doc: Doc, root: StructureParent, view: AuditReportView): void {
  const { findings } = view;
  const part = section(root, doc);
  heading(doc, part, 2, 'Findings', { spaceBefore: 18 });
  const outline = doc.outline.addItem('Findings');
  if (!findings.length) {
    paragraph(doc, part, 'No findings recorded.');
    part.end();
    return;
  }
  paragraph(doc, part, `${plural(findings.length, 'finding', 'findings')}.`);

  heading(doc, part, 3, 'By severity');
  drawTable(doc, part, {
    columns: [
      { header: 'Severity', width: 3 },
      { header: 'Findings', width: 1, align: 'right' },
    ],
    rows: SEVERITIES.map((severity) => [
      SEVERITY_LABEL[severity],
      count(findings.filter((finding) => finding.severity === severity).length),
    ]),
  });

  heading(doc, part, 3, 'By ILO indicator');
  const byIndicator = new Map<string, number>();
  for (const finding of findings) {
    for (const indicator of new Set(finding.indicators)) {
      byIndicator.set(indicator, (byIndicator.get(indicator) ?? 0) + 1);
    }
  }
  if (byIndicator.size) {
    drawTable(doc, part, {
      columns: [
        { header: 'ILO indicator', width: 3 },
        { header: 'Findings', width: 1, align: 'right' },
      ],
      rows: [...byIndicator]
        .sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'en'))
        .map(([indicator, n]) => [indicator, count(n)]),
    });
    paragraph(
      doc,
      part,
      'A finding can cite several indicators, so these counts can add up to more than the number of findings.',
      { size: FONT_SIZE.small, colour: COLOURS.muted },
    );
  } else {
    paragraph(doc, part, 'No finding cites an ILO indicator.');
  }

  for (const finding of findings) findingBlock(doc, part, finding, outline);
  part.end();
}

/** One finding, kept on one page when it fits on one. */
function findingBlock(
  doc: Doc,
  parent: StructureParent,
  finding: Finding,
  outline: PDFKit.PDFOutline,
): void {
  const title = `Finding ${finding.number} · ${SEVERITY_LABEL[finding.severity]}`;
  const lines: Array<[label: string, value: string]> = [['Category', finding.category]];
  if (finding.indicators.length) {
    lines.push([
      finding.indicators.length === 1 ? 'ILO indicator' : 'ILO indicators',
      finding.indicators.join('; '),
    ]);
  }
  if (finding.workersAffected !== null) {
    lines.push(['Workers affected', count(finding.workersAffected)]);
  }
  if (finding.feesPaid !== null) lines.push(['Fees paid', finding.feesPaid]);

  const width = contentWidth(doc);
  const height =
    14 +
    measureText(doc, title, width, 'bold', FONT_SIZE.h3) +
    lines.reduce(
      (sum, [label, value]) =>
        sum + 3 + measureText(doc, `${label}: ${value}`, width, 'bold', FONT_SIZE.body),
      0,
    ) +
    measureText(doc, finding.description, width, 'body', FONT_SIZE.body) +
    6;
  doc.y += 10;
  if (height <= pageContentHeight(doc)) ensureSpace(doc, height);

  const item = section(parent, doc);
  const top = heading(doc, item, 3, title, { spaceBefore: 0 });
  outline.addItem(title);
  artifact(doc, () => {
    doc
      .rect(doc.page.margins.left - 10, top + 2, 3, FONT_SIZE.h3 + 2)
      .fill(SEVERITY_COLOUR[finding.severity]);
  });
  for (const [label, value] of lines) labelled(doc, item, label, value);
  doc.y += 2;
  paragraph(doc, item, finding.description);
  item.end();
}

function correctiveActionSection(doc: Doc, root: StructureParent, view: AuditReportView): void {
  const part = section(root, doc);
  heading(doc, part, 2, 'Corrective action plan', { spaceBefore: 22 });
  doc.outline.addItem('Corrective action plan');
  if (view.correctiveActions.length) {
    drawTable(doc, part, {
      columns: [
        { header: 'Finding', width: 1, align: 'right' },
        { header: 'Severity', width: 1.5 },
        { header: 'Due', width: 1.5 },
        { header: 'Status', width: 3 },
      ],
      rows: view.correctiveActions.map((action) => [
        String(action.findingNumber),
        SEVERITY_LABEL[action.severity],
        action.dueOn,
        action.status,
      ]),
    });
  } else {
    paragraph(doc, part, 'No corrective actions recorded.');
  }
  part.end();
}
