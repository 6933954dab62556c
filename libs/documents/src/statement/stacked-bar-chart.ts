import { contentWidth, ensureSpace, pageContentHeight } from '../layout';
import { COLOURS, FONT_SIZE } from '../styles';
import { drawTable } from '../table';
import { heading, paragraph, resetText, type StructureParent } from '../tagged-content';
import { formatChartNumber } from './statement-format';
import type { StatementChart } from './statement-view';

type Doc = PDFKit.PDFDocument;

/**
 * Yellow → orange → red → dark red (ColorBrewer YlOrRd): ordered by lightness, so neighbouring
 * series stay apart when printed in greyscale (luma 245 → 57) as well as in colour.
 */
const PALETTE = ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'];

/** Spreads n series over the palette so that they differ as much as the palette allows. */
export function seriesColours(n: number): string[] {
  if (n <= 1) return [PALETTE[2]];
  if (n > PALETTE.length) return Array.from({ length: n }, (_, i) => PALETTE[i % PALETTE.length]);
  return Array.from(
    { length: n },
    (_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (n - 1))],
  );
}

function luma(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
}

/** A value as drawn: missing, negative or non-finite values count as nothing. */
export function valueAt(values: readonly number[], index: number): number {
  const value = values[index];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** A step of 1, 2 or 5 × 10^k giving about five ticks; whole numbers only when the data are. */
export function tickStep(max: number, integral: boolean): number {
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  return integral ? Math.max(1, Math.round(step)) : step;
}

/** Shortens `text` with an ellipsis until it fits `width` in the current font. */
function fitText(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const BAR = 16;
const BAR_GAP = 8;
const LEGEND_SWATCH = 9;
const AXIS_HEIGHT = 22;

/**
 * A horizontal stacked bar chart (one bar per category, one segment per series) drawn with vector
 * primitives: category labels, a value axis with ticks, a legend, the value of each segment written
 * on it when it fits and each bar's total at its end. The numbers then follow as a tagged table, so
 * they can be read (and extracted) whatever the colours. A chart with nothing to show says so.
 */
export function drawStackedBarChart(
  doc: Doc,
  parent: StructureParent,
  chart: StatementChart,
): void {
  heading(doc, parent, 3, chart.caption);
  const { categories, series } = chart;
  const totals = categories.map((_, c) => series.reduce((sum, s) => sum + valueAt(s.values, c), 0));
  const maxTotal = Math.max(0, ...totals);
  if (!categories.length || !series.length || maxTotal <= 0) {
    paragraph(doc, parent, 'No data for this period.');
    return;
  }

  const colours = seriesColours(series.length);
  const integral = series.every((s) =>
    s.values.every((v) => !Number.isFinite(v) || Number.isInteger(v)),
  );
  const step = tickStep(maxTotal, integral);
  const scaleMax = Math.ceil(maxTotal / step) * step;

  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.font('body').fontSize(FONT_SIZE.table);
  const labelWidth = Math.min(
    Math.max(...categories.map((c) => doc.widthOfString(c))) + 8,
    width * 0.3,
  );
  const totalWidth = Math.max(24, doc.widthOfString(formatChartNumber(scaleMax)) + 10);
  const plotX = left + labelWidth;
  const plotWidth = width - labelWidth - totalWidth;

  // Legend rows, laid out once: [x offset, row] per series.
  doc.font('body').fontSize(FONT_SIZE.small);
  const legend: Array<{ x: number; row: number }> = [];
  let legendX = 0;
  let legendRow = 0;
  for (const s of series) {
    const itemWidth = LEGEND_SWATCH + 4 + doc.widthOfString(s.name) + 14;
    if (legendX > 0 && legendX + itemWidth > width - labelWidth) {
      legendX = 0;
      legendRow += 1;
    }
    legend.push({ x: legendX, row: legendRow });
    legendX += itemWidth;
  }
  const legendHeight = (legendRow + 1) * 14 + 6;

  // Categories that do not fit on one page go on as further charts with the same scale.
  const perPage = Math.max(
    1,
    Math.floor((pageContentHeight(doc) - legendHeight - AXIS_HEIGHT - 8) / (BAR + BAR_GAP)),
  );
  for (let first = 0; first < categories.length; first += perPage) {
    const indices = categories.map((_, i) => i).slice(first, first + perPage);
    const height = legendHeight + indices.length * (BAR + BAR_GAP) + AXIS_HEIGHT;
    ensureSpace(doc, height);
    const top = doc.y;
    const alt =
      `Stacked bar chart: ${chart.caption}. One bar for each of ${indices.map((i) => categories[i]).join(', ')}; ` +
      `segments: ${series.map((s) => s.name).join(', ')}. The numbers are in the table that follows.`;
    parent.add(
      doc.struct('Figure', { alt }, () => {
        // Legend.
        doc.font('body').fontSize(FONT_SIZE.small);
        series.forEach((s, i) => {
          const x = plotX + legend[i].x;
          const y = top + legend[i].row * 14;
          doc.rect(x, y + 1, LEGEND_SWATCH, LEGEND_SWATCH).fillAndStroke(colours[i], COLOURS.muted);
          doc.fillColor(COLOURS.text).text(s.name, x + LEGEND_SWATCH + 4, y, { lineBreak: false });
        });

        const barsTop = top + legendHeight;
        const axisY = barsTop + indices.length * (BAR + BAR_GAP);
        const xOf = (value: number): number => plotX + (value / scaleMax) * plotWidth;

        // Grid lines and ticks.
        doc.lineWidth(0.5);
        for (let tick = 0; tick <= scaleMax + step / 1000; tick += step) {
          const x = xOf(tick);
          doc
            .moveTo(x, barsTop - 2)
            .lineTo(x, axisY)
            .stroke('#e0e0e0');
          doc
            .moveTo(x, axisY)
            .lineTo(x, axisY + 3)
            .stroke(COLOURS.muted);
          const label = formatChartNumber(tick);
          doc.font('body').fontSize(FONT_SIZE.small).fillColor(COLOURS.muted);
          const labelW = doc.widthOfString(label);
          doc.text(label, x - labelW / 2, axisY + 5, { lineBreak: false });
        }
        doc
          .moveTo(plotX, axisY)
          .lineTo(plotX + plotWidth, axisY)
          .stroke(COLOURS.muted);
        doc
          .moveTo(plotX, barsTop - 2)
          .lineTo(plotX, axisY)
          .stroke(COLOURS.muted);

        // Bars.
        indices.forEach((c, row) => {
          const y = barsTop + row * (BAR + BAR_GAP) + BAR_GAP / 2;
          doc.font('body').fontSize(FONT_SIZE.table).fillColor(COLOURS.text);
          const label = fitText(doc, categories[c], labelWidth - 8);
          doc.text(label, left, y + (BAR - doc.currentLineHeight()) / 2, {
            width: labelWidth - 8,
            align: 'right',
            lineBreak: false,
          });
          let x = plotX;
          series.forEach((s, i) => {
            const value = valueAt(s.values, c);
            if (value <= 0) return;
            const w = (value / scaleMax) * plotWidth;
            // White edges keep neighbouring segments apart; the outline keeps pale ones visible.
            doc.lineWidth(0.75).rect(x, y, w, BAR).fillAndStroke(colours[i], '#ffffff');
            doc.font('body').fontSize(FONT_SIZE.small);
            const text = formatChartNumber(value);
            const textWidth = doc.widthOfString(text);
            if (textWidth + 4 <= w) {
              doc
                .fillColor(luma(colours[i]) < 140 ? '#ffffff' : COLOURS.text)
                .text(text, x + (w - textWidth) / 2, y + (BAR - doc.currentLineHeight()) / 2, {
                  lineBreak: false,
                });
            }
            x += w;
          });
          doc
            .lineWidth(0.5)
            .rect(plotX, y, x - plotX, BAR)
            .stroke(COLOURS.muted);
          doc.font('bold').fontSize(FONT_SIZE.table).fillColor(COLOURS.text);
          doc.text(formatChartNumber(totals[c]), x + 4, y + (BAR - doc.currentLineHeight()) / 2, {
            lineBreak: false,
          });
        });
      }),
    );
    doc.y = top + height + 4;
    resetText(doc);
  }

  drawTable(doc, parent, {
    columns: [
      { header: 'Category', width: 2 },
      ...series.map((s) => ({ header: s.name, width: 1, align: 'right' as const })),
      { header: 'Total', width: 1, align: 'right' },
    ],
    rows: [
      ...categories.map((category, c) => [
        category,
        ...series.map((s) => formatChartNumber(valueAt(s.values, c))),
        formatChartNumber(totals[c]),
      ]),
      [
        'Total',
        ...series.map((s) =>
          formatChartNumber(categories.reduce((sum, _, c) => sum + valueAt(s.values, c), 0)),
        ),
        formatChartNumber(totals.reduce((sum, t) => sum + t, 0)),
      ],
    ],
  });
}
