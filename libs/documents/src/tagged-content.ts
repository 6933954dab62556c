import type { FontName } from './fonts';
import { contentWidth, ensureSpace, measureText } from './layout';
import { COLOURS, FONT_SIZE, LINE_GAP } from './styles';

/**
 * Content is tagged (PDF structure tree: headings, paragraphs, lists, tables) so that screen readers
 * and text extraction follow the reading order; rules, fills and page furniture are artifacts.
 */
export type StructureParent = PDFKit.PDFStructureElement;

/** Draws decoration that is not content (backgrounds, rules, bullets, repeated headers, footers). */
export function artifact(
  doc: PDFKit.PDFDocument,
  draw: () => void,
  type: 'Layout' | 'Pagination' = 'Layout',
): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** A structural group (a section of the report) attached to `parent`; call `.end()` when done. */
export function section(parent: StructureParent, doc: PDFKit.PDFDocument): StructureParent {
  const element = doc.struct('Sect');
  parent.add(element);
  return element;
}

const HEADING_SIZE = { 1: FONT_SIZE.h1, 2: FONT_SIZE.h2, 3: FONT_SIZE.h3 } as const;

/**
 * A heading kept on the same page as at least a few lines of what follows it. Returns the y it was
 * drawn at (after any page break), for decorations beside it.
 */
export function heading(
  doc: PDFKit.PDFDocument,
  parent: StructureParent,
  level: 1 | 2 | 3,
  text: string,
  options: { colour?: string; spaceBefore?: number } = {},
): number {
  const size = HEADING_SIZE[level];
  const width = contentWidth(doc);
  const height = measureText(doc, text, width, 'bold', size);
  doc.y += options.spaceBefore ?? (level === 1 ? 0 : size * 0.8);
  ensureSpace(doc, height + 4 * measureText(doc, 'X', width, 'body', FONT_SIZE.body));
  const y = doc.y;
  parent.add(
    doc.struct(`H${level}`, {}, () => {
      doc
        .font('bold')
        .fontSize(size)
        .fillColor(options.colour ?? COLOURS.text)
        .text(text, doc.page.margins.left, y, { width, lineGap: LINE_GAP });
    }),
  );
  doc.y += size * 0.3;
  resetText(doc);
  return y;
}

/** A run of text within a paragraph; bold runs carry labels. */
export interface TextRun {
  text: string;
  font?: FontName;
}

export interface ParagraphOptions {
  size?: number;
  colour?: string;
  /** Left indent from the margin. */
  indent?: number;
  /** Width (default: to the right margin). */
  width?: number;
  spaceAfter?: number;
}

/** A tagged paragraph of one or more runs, wrapping (and breaking across pages) as needed. */
export function paragraph(
  doc: PDFKit.PDFDocument,
  parent: StructureParent,
  content: string | readonly TextRun[],
  options: ParagraphOptions = {},
): void {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  const x = doc.page.margins.left + (options.indent ?? 0);
  const width = options.width ?? contentWidth(doc) - (options.indent ?? 0);
  parent.add(
    doc.struct('P', {}, () => {
      const y = doc.y;
      runs.forEach((run, index) => {
        doc
          .font(run.font ?? 'body')
          .fontSize(options.size ?? FONT_SIZE.body)
          .fillColor(options.colour ?? COLOURS.text);
        const textOptions = { width, lineGap: LINE_GAP, continued: index < runs.length - 1 };
        if (index === 0) doc.text(run.text, x, y, textOptions);
        else doc.text(run.text, textOptions);
      });
    }),
  );
  doc.y += options.spaceAfter ?? 3;
  resetText(doc);
}

/** "Label: value" on one paragraph, the label in bold. */
export function labelled(
  doc: PDFKit.PDFDocument,
  parent: StructureParent,
  label: string,
  value: string,
  options: ParagraphOptions = {},
): void {
  paragraph(
    doc,
    parent,
    [
      { text: `${label}: `, font: 'bold' },
      { text: value, font: 'body' },
    ],
    options,
  );
}

/** A tagged bulleted list (L > LI > LBody); the bullets themselves are decoration. */
export function bulletList(
  doc: PDFKit.PDFDocument,
  parent: StructureParent,
  items: readonly string[],
  options: { indent?: number } = {},
): void {
  const list = doc.struct('L');
  parent.add(list);
  const x = doc.page.margins.left + (options.indent ?? 0);
  const textIndent = 12;
  const width = contentWidth(doc) - (options.indent ?? 0) - textIndent;
  for (const item of items) {
    ensureSpace(doc, measureText(doc, 'X', width, 'body', FONT_SIZE.body));
    const y = doc.y;
    artifact(doc, () => {
      doc.font('body').fontSize(FONT_SIZE.body).fillColor(COLOURS.text);
      doc.text('•', x + 2, y, { lineBreak: false });
    });
    list.add(
      doc.struct('LI', {}, [
        doc.struct('LBody', {}, () => {
          doc.font('body').fontSize(FONT_SIZE.body).fillColor(COLOURS.text);
          doc.text(item, x + textIndent, y, { width, lineGap: LINE_GAP });
        }),
      ]),
    );
    doc.y += 1.5;
  }
  list.end();
  doc.y += 3;
  resetText(doc);
}

/** Back to body text at the left margin, so one block's styling never leaks into the next. */
export function resetText(doc: PDFKit.PDFDocument): void {
  doc.font('body').fontSize(FONT_SIZE.body).fillColor(COLOURS.text);
  doc.x = doc.page.margins.left;
}
