import { COLOURS, FONT_SIZE } from './styles';
import { artifact } from './tagged-content';

export interface FooterText {
  left: string;
  right: string;
}

/**
 * Writes a footer on every page once the page count is known ("Page N of M"). Needs a document
 * created with `bufferPages: true`; call it after the last content, before `doc.end()`.
 */
export function addPageFooters(
  doc: PDFKit.PDFDocument,
  footer: (pageNumber: number, pageCount: number) => FooterText,
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const bottom = margins.bottom;
    const width = doc.page.width - margins.left - margins.right;
    const y = doc.page.height - bottom + 24;
    const { left, right } = footer(index - start + 1, count);
    // Text below the bottom margin would make pdfkit start a new page; lift the margin meanwhile.
    margins.bottom = 0;
    artifact(
      doc,
      () => {
        doc
          .moveTo(margins.left, y - 6)
          .lineTo(margins.left + width, y - 6)
          .lineWidth(0.5)
          .stroke(COLOURS.rule);
        doc.font('body').fontSize(FONT_SIZE.small).fillColor(COLOURS.muted);
        doc.text(left, margins.left, y, { width: width * 0.75, lineBreak: false });
        doc.text(right, margins.left, y, { width, align: 'right', lineBreak: false });
      },
      'Pagination',
    );
    margins.bottom = bottom;
  }
}
