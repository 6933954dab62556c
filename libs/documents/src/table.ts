import { contentWidth, ensureSpace, pageContentHeight } from './layout';
import type { FontName } from './fonts';
import { COLOURS, FONT_SIZE, LINE_GAP } from './styles';
import { artifact, resetText, type StructureParent } from './tagged-content';

export interface TableColumn {
  header: string;
  /** Share of the table width: shares are relative, so [1, 3] gives a quarter and three quarters. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableOptions {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  fontSize?: number;
}

const PAD_X = 5;
const PAD_Y = 3.5;

/**
 * A full-width table with wrapping cells. Rows are never split: a row that does not fit goes to the
 * next page, where the header row is drawn again (as an artifact, so assistive technology reads it
 * once). A row taller than a whole page is cut with an ellipsis rather than overflowing the footer.
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  parent: StructureParent,
  { columns, rows, fontSize = FONT_SIZE.table }: TableOptions,
): void {
  const left = doc.page.margins.left;
  const totalShare = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => (column.width / totalShare) * contentWidth(doc));
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  const headers = columns.map((column) => column.header);

  const measureRow = (cells: readonly string[], font: FontName): number => {
    doc.font(font).fontSize(fontSize);
    const lineHeight = doc.currentLineHeight(true);
    const heights = cells.map((text, i) =>
      Math.max(
        lineHeight,
        doc.heightOfString(text, { width: widths[i] - 2 * PAD_X, lineGap: LINE_GAP }),
      ),
    );
    return Math.max(...heights) + 2 * PAD_Y;
  };

  const drawCells = (
    cells: readonly string[],
    font: FontName,
    y: number,
    height: number,
    cellText: (drawText: () => void, index: number) => void,
  ): void => {
    cells.forEach((text, i) => {
      cellText(() => {
        doc.font(font).fontSize(fontSize).fillColor(COLOURS.text);
        // The explicit height keeps pdfkit from ever starting a page inside a cell; +1 absorbs rounding.
        doc.text(text, xs[i] + PAD_X, y + PAD_Y, {
          width: widths[i] - 2 * PAD_X,
          height: height - 2 * PAD_Y + 1,
          ellipsis: true,
          align: columns[i].align ?? 'left',
          lineGap: LINE_GAP,
        });
      }, i);
    });
  };

  const background = (y: number, height: number, fill: string | null): void => {
    artifact(doc, () => {
      if (fill) doc.rect(left, y, contentWidth(doc), height).fill(fill);
      doc
        .moveTo(left, y + height)
        .lineTo(left + contentWidth(doc), y + height)
        .lineWidth(0.5)
        .stroke(COLOURS.rule);
    });
  };

  const table = doc.struct('Table');
  parent.add(table);
  const headerHeight = measureRow(headers, 'bold');

  const drawHeader = (tagged: boolean): void => {
    const y = doc.y;
    background(y, headerHeight, COLOURS.tableHeader);
    if (tagged) {
      const row = doc.struct('TR');
      table.add(row);
      drawCells(headers, 'bold', y, headerHeight, (drawText) =>
        row.add(doc.struct('TH', {}, drawText)),
      );
      row.end();
    } else {
      artifact(
        doc,
        () => drawCells(headers, 'bold', y, headerHeight, (drawText) => drawText()),
        'Pagination',
      );
    }
    doc.y = y + headerHeight;
  };

  const tallest = pageContentHeight(doc) - headerHeight;
  const firstRowHeight = rows.length ? Math.min(measureRow(rows[0], 'body'), tallest) : 0;
  ensureSpace(doc, headerHeight + firstRowHeight);
  drawHeader(true);

  rows.forEach((cells, index) => {
    const height = Math.min(measureRow(cells, 'body'), tallest);
    // The tolerance keeps a row clipped to exactly a full page from breaking again on rounding.
    if (doc.y + height > doc.page.maxY() + 0.01) {
      doc.addPage();
      drawHeader(false);
    }
    const y = doc.y;
    background(y, height, index % 2 === 1 ? COLOURS.tableStripe : null);
    const row = doc.struct('TR');
    table.add(row);
    drawCells(cells, 'body', y, height, (drawText) => row.add(doc.struct('TD', {}, drawText)));
    row.end();
    doc.y = y + height;
  });

  table.end();
  doc.y += 8;
  resetText(doc);
}
