import type { FontName } from './fonts';
import { LINE_GAP } from './styles';

/** Width between the page margins. */
export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Space left above the bottom margin on the current page. */
export function spaceLeft(doc: PDFKit.PDFDocument): number {
  return doc.page.maxY() - doc.y;
}

/** Height of a full page of content, the most any block can be kept together on. */
export function pageContentHeight(doc: PDFKit.PDFDocument): number {
  return doc.page.maxY() - doc.page.margins.top;
}

/**
 * Starts a new page when fewer than `height` points are left, so a heading is not stranded at the
 * foot of a page or a short block split in two. A page that is still empty is kept as it is.
 */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (height > spaceLeft(doc) && doc.y > doc.page.margins.top) doc.addPage();
}

/** Height `text` takes when wrapped to `width` in the given font (leaves that font selected). */
export function measureText(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  font: FontName,
  size: number,
): number {
  doc.font(font).fontSize(size);
  return Math.max(
    doc.heightOfString(text, { width, lineGap: LINE_GAP }),
    doc.currentLineHeight(true),
  );
}
