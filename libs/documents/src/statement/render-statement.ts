import { createA4Document } from '../create-document';
import { formatUtcDateTime } from '../date-format';
import { contentWidth, ensureSpace, measureText, pageContentHeight } from '../layout';
import { addPageFooters } from '../page-footer';
import { renderToBuffer } from '../render-to-buffer';
import { COLOURS, FONT_SIZE, LINE_GAP } from '../styles';
import { drawTable, type TableColumn } from '../table';
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
import { drawStackedBarChart } from './stacked-bar-chart';
import { draftNote, fitRow, formatLongDate, isNumericCell, orDash } from './statement-format';
import {
  type StatementFigure,
  type StatementSection,
  type StatementTable,
  type StatementView,
} from './statement-view';

type Doc = PDFKit.PDFDocument;

export const DRAFT_MARKING = 'DRAFT — not approved';
export const GAPS_HEADING = 'What our records cannot show';
export const NO_DATA = 'No data for this period.';

/** How each status is written on the cover (and in the PDF subject). */
export const STATEMENT_STATUS_LABEL: Record<StatementView['status'], string> = {
  draft: 'Draft',
  submitted: 'Submitted for approval',
  approved: 'Approved, not yet signed',
  signed: 'Approved and signed, not yet published',
  published: 'Published',
};

/** A statement is a draft until the board has approved it: drafts say so on every page. */
export function isDraftStatement(view: Pick<StatementView, 'status'>): boolean {
  return view.status === 'draft' || view.status === 'submitted';
}

/**
 * The annual statement as an A4 PDF: cover (company, regime, period, approval and signature, or in
 * words that they are missing), contents with page numbers, then each section: narrative, key
 * figures against the previous year, tables, charts and what the records cannot show, with the
 * source of every traced figure and table. Draft and submitted statements are marked as not
 * approved on the cover and in every footer.
 */
export async function renderStatementPdf(view: StatementView): Promise<Buffer> {
  const period = `${formatLongDate(view.period.from)} to ${formatLongDate(view.period.to)}`;
  const snapshot = new Date(view.snapshotAt);
  const { doc, root } = createA4Document({
    title: `${view.regimeTitle}: ${view.companyName}, ${period}`,
    author: view.companyName,
    subject: `${view.regimeTitle} for ${period}, version ${view.version} (${STATEMENT_STATUS_LABEL[view.status].toLowerCase()})`,
    keywords: 'modern slavery statement, forced labour, supply chain due diligence',
    ...(Number.isNaN(snapshot.getTime()) ? {} : { createdAt: snapshot }),
  });
  return await renderToBuffer(doc, () => {
    coverPage(doc, root, view, period);

    // Contents come second in reading order but are written last, once section pages are known.
    doc.addPage();
    const contentsPage = doc.bufferedPageRange().count - 1;
    doc.outline.addItem('Contents');
    const contents = section(root, doc);
    const contentsPages = reserveContentsPages(doc, view);

    doc.addPage();
    const sectionPages = view.sections.map((s, index) => statementSection(doc, root, s, index));

    writeContents(doc, contents, view, sectionPages, contentsPage, contentsPages);
    contents.end();
    root.end();

    const draft = isDraftStatement(view) ? `${DRAFT_MARKING} · ` : '';
    const left = `${draft}${view.companyName} · ${view.period.from} to ${view.period.to} · version ${view.version}`;
    addPageFooters(doc, (page, pages) => ({ left, right: `Page ${page} of ${pages}` }));
  });
}

function coverPage(doc: Doc, root: StructureParent, view: StatementView, period: string): void {
  const part = section(root, doc);
  paragraph(doc, part, [{ text: view.companyName, font: 'bold' }], {
    size: FONT_SIZE.h2,
    spaceAfter: 10,
  });
  heading(doc, part, 1, view.regimeTitle);
  paragraph(doc, part, `For the period ${period}`, { size: FONT_SIZE.lead, spaceAfter: 14 });

  if (isDraftStatement(view)) draftBox(doc, part, view);

  heading(doc, part, 2, 'Approval and signature', { spaceBefore: 10 });
  paragraph(
    doc,
    part,
    view.approval
      ? `Approved by ${view.approval.body} on ${formatLongDate(view.approval.approvedOn)}.`
      : 'Not yet approved.',
    { size: FONT_SIZE.lead, spaceAfter: 6 },
  );
  paragraph(
    doc,
    part,
    view.signature
      ? `Signed by ${view.signature.name}, ${view.signature.title}, on ${formatLongDate(view.signature.signedOn)}.`
      : 'Not yet signed.',
    { size: FONT_SIZE.lead, spaceAfter: 6 },
  );

  heading(doc, part, 2, 'About this version', { spaceBefore: 10 });
  labelled(doc, part, 'Version', String(view.version));
  labelled(doc, part, 'Status', STATEMENT_STATUS_LABEL[view.status]);
  labelled(doc, part, 'Figures as recorded at', formatUtcDateTime(view.snapshotAt));
  if (view.supersedes) {
    paragraph(
      doc,
      part,
      `This version supersedes version ${view.supersedes.version}, published on ${formatLongDate(view.supersedes.publishedOn)}.`,
    );
  }
  doc.y += 6;
  paragraph(
    doc,
    part,
    'Every figure in this statement was taken from our records as they stood at the time above. ' +
      'Where a figure or table can be traced to the records that produced it, its source is given beneath it.',
    { colour: COLOURS.muted },
  );
  part.end();
}

function draftBox(doc: Doc, parent: StructureParent, view: StatementView): void {
  const pad = 10;
  const innerWidth = contentWidth(doc) - 2 * pad;
  const note = draftNote(view.status);
  const height =
    2 * pad +
    measureText(doc, DRAFT_MARKING, innerWidth, 'bold', FONT_SIZE.h2) +
    4 +
    measureText(doc, note, innerWidth, 'body', FONT_SIZE.body);
  ensureSpace(doc, height);
  const top = doc.y;
  const left = doc.page.margins.left;
  artifact(doc, () => {
    doc.rect(left, top, contentWidth(doc), height).fill(COLOURS.alertFill);
    doc.lineWidth(2).rect(left, top, contentWidth(doc), height).stroke(COLOURS.alert);
  });
  doc.y = top + pad;
  paragraph(doc, parent, [{ text: DRAFT_MARKING, font: 'bold' }], {
    size: FONT_SIZE.h2,
    colour: COLOURS.alert,
    indent: pad,
    width: innerWidth,
    spaceAfter: 4,
  });
  paragraph(doc, parent, note, { indent: pad, width: innerWidth });
  doc.y = Math.max(doc.y, top + height) + 8;
  resetText(doc);
}

const CONTENTS_NUMBER_WIDTH = 36;

function contentsEntryHeight(doc: Doc, title: string): number {
  return (
    measureText(doc, title, contentWidth(doc) - CONTENTS_NUMBER_WIDTH - 8, 'body', FONT_SIZE.lead) +
    6
  );
}

function contentsNotes(view: StatementView): string[] {
  return (view.notes ?? []).map((note) => note.trim()).filter(Boolean);
}

/** Blank pages for the contents (one, unless there are very many sections); returns their count. */
function reserveContentsPages(doc: Doc, view: StatementView): number {
  const headingHeight = 60;
  const height =
    headingHeight +
    view.sections.reduce((sum, s) => sum + contentsEntryHeight(doc, s.title), 0) +
    contentsNotes(view).reduce(
      (sum, note) => sum + measureText(doc, note, contentWidth(doc), 'body', FONT_SIZE.body) + 16,
      0,
    );
  const pages = Math.max(1, Math.ceil(height / pageContentHeight(doc)));
  for (let page = 1; page < pages; page++) doc.addPage();
  return pages;
}

function writeContents(
  doc: Doc,
  part: StructureParent,
  view: StatementView,
  sectionPages: readonly number[],
  firstPage: number,
  pageCount: number,
): void {
  let page = firstPage;
  doc.switchToPage(page);
  doc.y = doc.page.margins.top;
  resetText(doc);
  heading(doc, part, 2, 'Contents', { spaceBefore: 0 });
  doc.y += 6;

  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const titleWidth = width - CONTENTS_NUMBER_WIDTH - 8;
  const toc = doc.struct('TOC');
  part.add(toc);
  view.sections.forEach((s, index) => {
    const height = contentsEntryHeight(doc, s.title);
    if (doc.y + height > doc.page.maxY() && page < firstPage + pageCount - 1) {
      page += 1;
      doc.switchToPage(page);
      doc.y = doc.page.margins.top;
    }
    const y = doc.y;
    const number = String(sectionPages[index]);
    toc.add(
      doc.struct('TOCI', {}, () => {
        doc.font('body').fontSize(FONT_SIZE.lead).fillColor(COLOURS.text);
        doc.text(s.title, left, y, { width: titleWidth, lineGap: LINE_GAP });
        doc.text(number, left + width - CONTENTS_NUMBER_WIDTH, y, {
          width: CONTENTS_NUMBER_WIDTH,
          align: 'right',
          lineBreak: false,
        });
      }),
    );
    // A dotted leader from a one-line title to its page number.
    doc.font('body').fontSize(FONT_SIZE.lead);
    const from = left + doc.widthOfString(s.title) + 6;
    const to = left + width - doc.widthOfString(number) - 6;
    if (doc.widthOfString(s.title) <= titleWidth && to - from > 12) {
      artifact(doc, () => {
        const baseline = y + FONT_SIZE.lead * 0.95;
        doc
          .lineWidth(0.8)
          .dash(0.8, { space: 3 })
          .moveTo(from, baseline)
          .lineTo(to, baseline)
          .stroke(COLOURS.muted)
          .undash();
      });
    }
    doc.y = y + height;
  });
  toc.end();

  for (const note of contentsNotes(view)) {
    doc.y += 10;
    paragraph(doc, part, note, { colour: COLOURS.muted });
  }
  resetText(doc);
}

/** One section; returns the (1-based) page its title is on. */
function statementSection(
  doc: Doc,
  root: StructureParent,
  s: StatementSection,
  index: number,
): number {
  const part = section(root, doc);
  heading(doc, part, 2, s.title, { spaceBefore: index === 0 ? 0 : 24 });
  const pageNumber = doc.bufferedPageRange().count;
  doc.outline.addItem(s.title);

  const paragraphs = s.narrative
    .split(/\n[ \t]*\n/)
    .map((text) => text.trim())
    .filter(Boolean);
  if (paragraphs.length) {
    for (const text of paragraphs) paragraph(doc, part, text, { spaceAfter: 6 });
  } else {
    paragraph(doc, part, 'No narrative has been written for this section.', {
      colour: COLOURS.muted,
    });
  }

  if (s.figures.length) figuresBlock(doc, part, s.figures);
  for (const table of s.tables) tableBlock(doc, part, table);
  for (const chart of s.charts) drawStackedBarChart(doc, part, chart);

  const gaps = s.gaps.map((gap) => gap.trim()).filter(Boolean);
  if (gaps.length) {
    heading(doc, part, 3, GAPS_HEADING);
    bulletList(doc, part, gaps);
  }
  part.end();
  return pageNumber;
}

function sourceLine(doc: Doc, parent: StructureParent, url: string, label?: string): void {
  paragraph(
    doc,
    parent,
    [{ text: 'Source: ', font: 'bold' }, { text: label ? `${url} (${label})` : url }],
    { size: FONT_SIZE.small, colour: COLOURS.muted, spaceAfter: 1 },
  );
}

function figuresBlock(
  doc: Doc,
  parent: StructureParent,
  figures: readonly StatementFigure[],
): void {
  heading(doc, parent, 3, 'Key figures');
  const withPrevious = figures.some((f) => f.previous !== undefined);
  const headers = withPrevious
    ? ['Measure', 'This year', 'Previous year']
    : ['Measure', 'This year'];
  const rows = figures.map((f) =>
    withPrevious ? [f.label, orDash(f.value), orDash(f.previous)] : [f.label, orDash(f.value)],
  );
  const columns = tableColumns(doc, { caption: '', columns: headers, rows }).map((column, i) => ({
    ...column,
    align: i === 0 ? ('left' as const) : ('right' as const),
  }));
  drawTable(doc, parent, { columns, rows });
  const traced = figures.filter((f) => f.traceUrl);
  for (const f of traced) sourceLine(doc, parent, f.traceUrl as string, f.label);
  if (traced.length) doc.y += 4;
}

/**
 * Column widths from the text (rows sampled): every column at least as wide as its longest word,
 * the rest of the width shared in proportion to how much more each column's longest cell wants.
 * Columns of numbers are right-aligned.
 */
function tableColumns(doc: Doc, table: StatementTable): TableColumn[] {
  const sample = table.rows.slice(0, 200);
  const padding = 12;
  const total = contentWidth(doc);
  const measured = table.columns.map((header, i) => {
    const cells = sample.map((row) => row[i] ?? '').filter((cell) => cell.trim() !== '');
    const widest = (texts: readonly string[], font: 'body' | 'bold') => {
      doc.font(font).fontSize(FONT_SIZE.table);
      let word = 0;
      let whole = 0;
      for (const text of texts) {
        whole = Math.max(whole, doc.widthOfString(text));
        for (const part of text.split(/\s+/)) word = Math.max(word, doc.widthOfString(part));
      }
      return { word, whole };
    };
    const head = widest([header], 'bold');
    const body = widest(cells, 'body');
    const min = Math.min(Math.max(head.word, body.word) + padding, total / 3);
    const wanted = Math.max(min, Math.min(Math.max(head.whole, body.whole) + padding, total * 0.6));
    const numeric = cells.length > 0 && cells.every((cell) => isNumericCell(cell));
    return { header, min, wanted, numeric };
  });
  const minSum = measured.reduce((sum, c) => sum + c.min, 0);
  const wantedSum = measured.reduce((sum, c) => sum + c.wanted, 0);
  return measured.map(({ header, min, wanted, numeric }) => ({
    header,
    width:
      wantedSum <= total || minSum >= total
        ? wanted
        : min + ((wanted - min) / (wantedSum - minSum)) * (total - minSum),
    align: numeric ? ('right' as const) : ('left' as const),
  }));
}

function tableBlock(doc: Doc, parent: StructureParent, table: StatementTable): void {
  heading(doc, parent, 3, table.caption);
  if (!table.columns.length || !table.rows.length) {
    paragraph(doc, parent, NO_DATA);
  } else {
    drawTable(doc, parent, {
      columns: tableColumns(doc, table),
      rows: table.rows.map((row) => fitRow(row, table.columns.length)),
    });
  }
  if (table.traceUrl) {
    sourceLine(doc, parent, table.traceUrl);
    doc.y += 4;
  }
}
