import { formatUtcDateTime } from '../date-format';
import { html, SafeHtml } from '../grievance-channel/html';
import {
  DRAFT_MARKING,
  GAPS_HEADING,
  isDraftStatement,
  NO_DATA,
  STATEMENT_STATUS_LABEL,
} from './render-statement';
import { seriesColours, tickStep, valueAt } from './stacked-bar-chart';
import {
  draftNote,
  fitRow,
  formatChartNumber,
  formatLongDate,
  isNumericCell,
  orDash,
} from './statement-format';
import type {
  StatementChart,
  StatementFigure,
  StatementSection,
  StatementTable,
  StatementView,
} from './statement-view';

/*
 * The annual statement as one self-contained HTML5 document, from the same view as the PDF and in
 * the same order: cover, contents, then each section with its narrative, key figures, tables,
 * charts, what the records cannot show and the source of every traced figure and table.
 *
 * No JavaScript and no external resource: the CSS is inline and small, charts are inline SVG with
 * the numbers repeated in a table. Every value from the view goes through escapeHtml (via the `html`
 * templates of grievance-channel/html.ts); a trace URL becomes a link only when it is http(s) or a
 * path on the same site, anything else is printed as text.
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const NO_NARRATIVE = 'No narrative has been written for this section.';

/** A CSS string literal for a constant (never for text from the view). */
const cssString = (text: string): string =>
  `"${text.replace(/[\\"<>]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;

function css(draft: boolean): string {
  return `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:#1f1f1f;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
.page{max-width:52rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.9rem;line-height:1.25;margin:.25rem 0 .75rem}
h2{font-size:1.4rem;line-height:1.3;margin:2.25rem 0 .75rem}
h3{font-size:1.1rem;line-height:1.3;margin:1.5rem 0 .5rem}
p{margin:0 0 .75rem}
a{color:#0b57d0;overflow-wrap:anywhere}
a:focus{outline:3px solid #f9a825;outline-offset:2px}
.company{font-size:1.3rem;font-weight:700;margin:0}
.period{font-size:1.15rem}
.muted,.note{color:#595959}
.draft{background:#fbe9e7;border:2px solid #b3261e;padding:.75rem 1rem;margin:1rem 0}
.draft-marking{color:#b3261e;font-size:1.3rem;font-weight:700;margin:0 0 .25rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 .75rem}
dl.facts dt{font-weight:700}
dl.facts dd{margin:0}
nav ol{padding-left:1.5rem}
nav li{margin:.25rem 0}
table{border-collapse:collapse;width:100%;margin:1.25rem 0 .5rem;font-size:.92rem}
caption{text-align:left;font-weight:700;font-size:1.05rem;padding:0 0 .4rem}
th,td{border-bottom:1px solid #d0d0d0;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #595959;background:#f3f3f3}
tfoot th,tfoot td{border-top:2px solid #595959;font-weight:700}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.empty{color:#595959;font-style:italic}
.source{font-size:.85rem;color:#595959;margin:.1rem 0}
figure.chart{margin:1.5rem 0}
figure.chart figcaption{font-weight:700;font-size:1.05rem;margin:0 0 .5rem}
figure.chart svg{display:block;width:100%;height:auto;max-width:44rem}
.doc-footer{margin-top:3rem;padding-top:.5rem;border-top:1px solid #d0d0d0;font-size:.85rem;color:#595959}
@media print{
@page{size:A4;margin:18mm 16mm 20mm;${draft ? `@bottom-left{content:${cssString(DRAFT_MARKING)};color:#b3261e;font:700 9pt sans-serif}` : ''}@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt sans-serif}}
body{font-size:10.5pt}
.page{max-width:none;padding:0}
a{color:inherit}
.cover{break-after:page}
nav{break-after:page}
h2,h3,caption,figcaption{break-after:avoid}
tr,figure.chart svg,.draft{break-inside:avoid}
thead{display:table-header-group}
thead th{background:none}
}
`
    .trim()
    .replace(/\n/g, '');
}

/** A date as written in the statement, machine-readable too when it is a real calendar date. */
function longDate(isoDate: string): SafeHtml {
  const text = formatLongDate(isoDate);
  return text === isoDate ? html`${text}` : html`<time datetime="${isoDate.trim()}">${text}</time>`;
}

function utcDateTime(iso: string): SafeHtml {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? html`${iso}`
    : html`<time datetime="${date.toISOString()}">${formatUtcDateTime(iso)}</time>`;
}

/**
 * Where a trace URL may point: http(s), or a path on this site ("/…", not "//host"). Whitespace or
 * control characters make it text, as does anything else (javascript:, data:, mailto:, …).
 */
export function isLinkableTraceUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (!url || /[\s\u0000-\u001f\u007f]/.test(url)) return false;
  if (/^\/(?![/\\])/.test(url)) return true;
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function traceLink(url: string): SafeHtml {
  const trimmed = url.trim();
  return isLinkableTraceUrl(trimmed) ? html`<a href="${trimmed}">${trimmed}</a>` : html`${url}`;
}

function sourceLine(url: string, label?: string): SafeHtml {
  return html`<p class="source">
    <strong>Source:</strong> ${traceLink(url)}${label ? ` (${label})` : ''}
  </p>`;
}

function cell(text: string, numeric: boolean): SafeHtml {
  return numeric ? html`<td class="num">${text}</td>` : html`<td>${text}</td>`;
}

function figuresTable(figures: readonly StatementFigure[]): SafeHtml {
  const withPrevious = figures.some((f) => f.previous !== undefined);
  const traced = figures.filter((f) => f.traceUrl);
  return html`<table class="figures">
      <caption>
        Key figures
      </caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col" class="num">This year</th>
          ${withPrevious ? html`<th scope="col" class="num">Previous year</th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${figures.map(
          (f) =>
            html`<tr>
              <th scope="row">${f.label}</th>
              ${cell(orDash(f.value), true)} ${withPrevious ? cell(orDash(f.previous), true) : ''}
            </tr>`,
        )}
      </tbody>
    </table>
    ${traced.map((f) => sourceLine(f.traceUrl as string, f.label))}`;
}

function dataTable(table: StatementTable): SafeHtml {
  const { columns } = table;
  const rows = table.rows.map((row) => fitRow(row, columns.length));
  const numeric = columns.map((_, i) => {
    const cells = rows.map((row) => row[i]).filter((text) => text.trim() !== '');
    return cells.length > 0 && cells.every((text) => isNumericCell(text));
  });
  const head = columns.length
    ? html`<thead>
        <tr>
          ${columns.map((header, i) =>
            numeric[i]
              ? html`<th scope="col" class="num">${header}</th>`
              : html`<th scope="col">${header}</th>`,
          )}
        </tr>
      </thead>`
    : '';
  const body =
    columns.length && rows.length
      ? rows.map(
          (row) =>
            html`<tr>
              ${row.map((text, i) => cell(text, numeric[i]))}
            </tr>`,
        )
      : html`<tr>
          <td class="empty" colspan="${Math.max(1, columns.length)}">${NO_DATA}</td>
        </tr>`;
  return html`<table>
      <caption>
        ${table.caption}
      </caption>
      ${head}
      <tbody>
        ${body}
      </tbody>
    </table>
    ${table.traceUrl ? sourceLine(table.traceUrl) : ''}`;
}

function luma(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
}

/** Rough text width in SVG units for a sans-serif font of `size`: enough to lay out labels. */
const textWidth = (text: string, size: number): number => [...text].length * size * 0.56;

function fitText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('')}…`;
}

const round = (n: number): number => Math.round(n * 10) / 10;

const SUMMARY_CATEGORIES = 12;

function chartSummary(chart: StatementChart, totals: readonly number[]): string {
  const shown = chart.categories.slice(0, SUMMARY_CATEGORIES).map((category, c) => {
    const parts = chart.series.map((s) => `${s.name} ${formatChartNumber(valueAt(s.values, c))}`);
    return `${category}: ${formatChartNumber(totals[c])} (${parts.join(', ')})`;
  });
  const more = chart.categories.length - shown.length;
  return (
    `Stacked bar chart: ${chart.caption}. ${shown.join('; ')}` +
    `${more > 0 ? `; and ${more} more` : ''}. The numbers are in the table that follows.`
  );
}

const SVG_WIDTH = 640;
const BAR = 20;
const BAR_GAP = 10;
const FONT = 12;
const SMALL = 11;
const LEGEND_ROW = 18;
const SWATCH = 10;
const AXIS = 24;

function chartSvg(chart: StatementChart, totals: readonly number[], summary: string): SafeHtml {
  const { categories, series } = chart;
  const colours = seriesColours(series.length);
  const maxTotal = Math.max(...totals);
  const integral = series.every((s) =>
    s.values.every((v) => !Number.isFinite(v) || Number.isInteger(v)),
  );
  const step = tickStep(maxTotal, integral);
  const scaleMax = Math.ceil(maxTotal / step) * step;

  const labelWidth = Math.min(
    Math.max(...categories.map((c) => textWidth(c, FONT))) + 10,
    SVG_WIDTH * 0.3,
  );
  const totalWidth = Math.max(30, textWidth(formatChartNumber(scaleMax), FONT) + 12);
  const plotX = labelWidth;
  const plotWidth = SVG_WIDTH - labelWidth - totalWidth;
  const xOf = (value: number): number => plotX + (value / scaleMax) * plotWidth;

  const legend: Array<{ x: number; row: number }> = [];
  let legendX = 0;
  let legendRow = 0;
  for (const s of series) {
    const itemWidth = SWATCH + 4 + textWidth(s.name, SMALL) + 14;
    if (legendX > 0 && legendX + itemWidth > plotWidth + totalWidth) {
      legendX = 0;
      legendRow += 1;
    }
    legend.push({ x: legendX, row: legendRow });
    legendX += itemWidth;
  }
  const barsTop = (legendRow + 1) * LEGEND_ROW + 8;
  const axisY = barsTop + categories.length * (BAR + BAR_GAP);
  const height = axisY + AXIS;

  const ticks: number[] = [];
  for (let tick = 0; tick <= scaleMax + step / 1000; tick += step) ticks.push(tick);

  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    role="img"
    aria-label="${summary}"
    viewBox="0 0 ${SVG_WIDTH} ${height}"
    width="${SVG_WIDTH}"
    height="${height}"
    font-family="system-ui, sans-serif"
    font-size="${FONT}"
  >
    <title>${summary}</title>
    <g class="legend">
      ${series.map(
        (s, i) =>
          html`<rect
              x="${round(plotX + legend[i].x)}"
              y="${legend[i].row * LEGEND_ROW + 3}"
              width="${SWATCH}"
              height="${SWATCH}"
              fill="${colours[i]}"
              stroke="#595959"
            /><text
              x="${round(plotX + legend[i].x + SWATCH + 4)}"
              y="${legend[i].row * LEGEND_ROW + 12}"
              font-size="${SMALL}"
              fill="#1f1f1f"
            >
              ${s.name}
            </text>`,
      )}
    </g>
    <g class="axis">
      ${ticks.map(
        (tick) =>
          html`<line
              x1="${round(xOf(tick))}"
              y1="${barsTop - 2}"
              x2="${round(xOf(tick))}"
              y2="${axisY}"
              stroke="#e0e0e0"
            /><text
              x="${round(xOf(tick))}"
              y="${axisY + 16}"
              font-size="${SMALL}"
              fill="#595959"
              text-anchor="middle"
            >
              ${formatChartNumber(tick)}
            </text>`,
      )}
      <line
        x1="${plotX}"
        y1="${axisY}"
        x2="${round(plotX + plotWidth)}"
        y2="${axisY}"
        stroke="#595959"
      />
      <line x1="${plotX}" y1="${barsTop - 2}" x2="${plotX}" y2="${axisY}" stroke="#595959" />
    </g>
    <g class="bars">
      ${categories.map((category, c) => {
        const y = barsTop + c * (BAR + BAR_GAP) + BAR_GAP / 2;
        let x = plotX;
        const segments = series.map((s, i) => {
          const value = valueAt(s.values, c);
          if (value <= 0) return '';
          const w = (value / scaleMax) * plotWidth;
          const text = formatChartNumber(value);
          const label =
            textWidth(text, SMALL) + 4 <= w
              ? html`<text
                  x="${round(x + w / 2)}"
                  y="${y + BAR / 2 + 4}"
                  font-size="${SMALL}"
                  text-anchor="middle"
                  fill="${luma(colours[i]) < 140 ? '#ffffff' : '#1f1f1f'}"
                >
                  ${text}
                </text>`
              : '';
          const segment = html`<rect
              x="${round(x)}"
              y="${y}"
              width="${round(w)}"
              height="${BAR}"
              fill="${colours[i]}"
              stroke="#ffffff"
              stroke-width="0.75"
            />${label}`;
          x += w;
          return segment;
        });
        return html`<text x="${plotX - 6}" y="${y + BAR / 2 + 4}" text-anchor="end" fill="#1f1f1f">
            ${fitText(category, labelWidth - 10, FONT)}
          </text>
          ${segments}
          <rect
            x="${plotX}"
            y="${y}"
            width="${round(x - plotX)}"
            height="${BAR}"
            fill="none"
            stroke="#595959"
            stroke-width="0.5"
          />
          <text x="${round(x + 4)}" y="${y + BAR / 2 + 4}" font-weight="700" fill="#1f1f1f">
            ${formatChartNumber(totals[c])}
          </text>`;
      })}
    </g>
  </svg>`;
}

function chartBlock(chart: StatementChart): SafeHtml {
  const { categories, series } = chart;
  const totals = categories.map((_, c) => series.reduce((sum, s) => sum + valueAt(s.values, c), 0));
  if (!categories.length || !series.length || Math.max(0, ...totals) <= 0) {
    return html`<figure class="chart">
      <figcaption>${chart.caption}</figcaption>
      <p class="empty">${NO_DATA}</p>
    </figure>`;
  }
  const summary = chartSummary(chart, totals);
  const seriesTotals = series.map((s) =>
    categories.reduce((sum, _, c) => sum + valueAt(s.values, c), 0),
  );
  return html`<figure class="chart">
    <figcaption>${chart.caption}</figcaption>
    ${chartSvg(chart, totals, summary)}
    <table>
      <caption>
        ${chart.caption}: the numbers
      </caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          ${series.map((s) => html`<th scope="col" class="num">${s.name}</th>`)}
          <th scope="col" class="num">Total</th>
        </tr>
      </thead>
      <tbody>
        ${categories.map(
          (category, c) =>
            html`<tr>
              <th scope="row">${category}</th>
              ${series.map((s) => cell(formatChartNumber(valueAt(s.values, c)), true))}
              ${cell(formatChartNumber(totals[c]), true)}
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          ${seriesTotals.map((total) => cell(formatChartNumber(total), true))}
          ${cell(formatChartNumber(totals.reduce((sum, t) => sum + t, 0)), true)}
        </tr>
      </tfoot>
    </table>
  </figure>`;
}

function narrative(text: string): SafeHtml {
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return paragraphs.length
    ? html`${paragraphs.map((p) => html`<p>${p}</p>`)}`
    : html`<p class="empty">${NO_NARRATIVE}</p>`;
}

function statementSection(s: StatementSection, id: string): SafeHtml {
  const gaps = s.gaps.map((gap) => gap.trim()).filter(Boolean);
  return html`<section class="statement-section" id="${id}" aria-labelledby="${id}-heading">
    <h2 id="${id}-heading">${s.title}</h2>
    ${narrative(s.narrative)} ${s.figures.length ? figuresTable(s.figures) : ''}
    ${s.tables.map(dataTable)} ${s.charts.map(chartBlock)}
    ${
      gaps.length
        ? html`<h3>${GAPS_HEADING}</h3>
            <ul class="gaps">
              ${gaps.map((gap) => html`<li>${gap}</li>`)}
            </ul>`
        : ''
    }
  </section>`;
}

const FIXED_IDS = ['approval-heading', 'version-heading', 'contents-heading', 'statement'];

/**
 * One id per section, from its area ("due_diligence" → "section-due-diligence"), unique within
 * the document (a repeated area gets "-2", "-3", …); an area with no letters or digits uses the
 * section's position.
 */
export function statementSectionIds(sections: readonly Pick<StatementSection, 'area'>[]): string[] {
  const used = new Set(FIXED_IDS);
  return sections.map((s, index) => {
    const slug = s.area
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    const base = `section-${slug || index + 1}`;
    let id = base;
    for (let n = 2; used.has(id) || used.has(`${id}-heading`); n++) id = `${base}-${n}`;
    used.add(id);
    used.add(`${id}-heading`);
    return id;
  });
}

function cover(view: StatementView): SafeHtml {
  const draft = isDraftStatement(view);
  const note = draftNote(view.status);
  return html`<header class="cover">
    <p class="company">${view.companyName}</p>
    <h1>${view.regimeTitle}</h1>
    <p class="period">
      For the period ${longDate(view.period.from)} to ${longDate(view.period.to)}
    </p>
    ${
      draft
        ? html`<div class="draft" role="note">
            <p class="draft-marking">${DRAFT_MARKING}</p>
            <p>${note}</p>
          </div>`
        : ''
    }
    <section aria-labelledby="approval-heading">
      <h2 id="approval-heading">Approval and signature</h2>
      <p>
        ${
          view.approval
            ? html`Approved by ${view.approval.body} on ${longDate(view.approval.approvedOn)}.`
            : 'Not yet approved.'
        }
      </p>
      <p>
        ${
          view.signature
            ? html`Signed by ${view.signature.name}, ${view.signature.title}, on
              ${longDate(view.signature.signedOn)}.`
            : 'Not yet signed.'
        }
      </p>
    </section>
    <section aria-labelledby="version-heading">
      <h2 id="version-heading">About this version</h2>
      <dl class="facts">
        <dt>Version</dt>
        <dd>${String(view.version)}</dd>
        <dt>Status</dt>
        <dd>${STATEMENT_STATUS_LABEL[view.status] ?? view.status}</dd>
        <dt>Figures as recorded at</dt>
        <dd>${utcDateTime(view.snapshotAt)}</dd>
      </dl>
      ${
        view.supersedes
          ? html`<p>
              This version supersedes version ${String(view.supersedes.version)}, published on
              ${longDate(view.supersedes.publishedOn)}.
            </p>`
          : ''
      }
      <p class="muted">
        Every figure in this statement was taken from our records as they stood at the time above.
        Where a figure or table can be traced to the records that produced it, its source is given
        beneath it.
      </p>
    </section>
  </header>`;
}

function contents(view: StatementView, ids: readonly string[]): SafeHtml {
  const notes = (view.notes ?? []).map((note) => note.trim()).filter(Boolean);
  return html`<nav aria-labelledby="contents-heading">
    <h2 id="contents-heading">Contents</h2>
    <ol>
      ${view.sections.map((s, i) => html`<li><a href="#${ids[i]}">${s.title}</a></li>`)}
    </ol>
    ${notes.map((note) => html`<p class="note">${note}</p>`)}
  </nav>`;
}

/**
 * The statement as an HTML5 document: the same facts, in the same order, as renderStatementPdf.
 * Drafts and submitted statements carry the draft marking at the top, in the page title, at the
 * foot and (when printed) on every page.
 */
export function renderStatementHtml(view: StatementView): string {
  const draft = isDraftStatement(view);
  const period = `${formatLongDate(view.period.from)} to ${formatLongDate(view.period.to)}`;
  const title = `${draft ? `${DRAFT_MARKING}: ` : ''}${view.regimeTitle}: ${view.companyName}, ${period}`;
  const ids = statementSectionIds(view.sections);
  const footer = `${draft ? `${DRAFT_MARKING} · ` : ''}${view.companyName} · ${view.period.from} to ${view.period.to} · version ${view.version}`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="${CSP}" />
        <meta name="referrer" content="no-referrer" />
        <title>${title}</title>
        <style>
          ${new SafeHtml(css(draft))}
        </style>
      </head>
      <body>
        <div class="page">
          ${cover(view)} ${contents(view, ids)}
          <main id="statement">${view.sections.map((s, i) => statementSection(s, ids[i]))}</main>
          <footer class="doc-footer">
            <p>${footer}</p>
          </footer>
        </div>
      </body>
    </html>`.value;
}
