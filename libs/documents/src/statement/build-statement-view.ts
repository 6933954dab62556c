import {
  formatMoney,
  NO_RECORDS_NOTE,
  regimeSections,
  type BlockFigure,
  type BlockTable,
  type Regime,
  type StatementContent,
  type StatementMeta,
  type StatementNarratives,
  type TableCell,
} from '@app/domain';
import { EM_DASH } from './statement-format';
import type { StatementSection, StatementTable, StatementView } from './statement-view';

/**
 * Canada's attestation (Public Safety Canada, "Fighting Against Forced Labour and Child Labour in
 * Supply Chains Act: Guidance for entities", 2024): printed with the signature of a ca_s211 report.
 */
export const CANADA_ATTESTATION =
  'In accordance with the requirements of the Act, and in particular section 11 thereof, I attest that I have reviewed the information contained in the report for the entity listed above. Based on my knowledge, and having exercised reasonable diligence, I attest that the information in the report is true, accurate and complete in all material respects for the purposes of the Act, for the reporting year listed above.';

const count = (value: number): string => value.toLocaleString('en-GB');

export function formatFigureValue(
  figure: Pick<BlockFigure, 'unit' | 'currency'>,
  value: number | string | null | undefined,
): string {
  if (value === null || value === undefined) return EM_DASH;
  switch (figure.unit) {
    case 'money':
      return formatMoney(BigInt(String(value)), figure.currency ?? 'XXX');
    case 'percent':
      return `${Number(value).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
    case 'days':
      return `${Number(value).toLocaleString('en-GB', { maximumFractionDigits: 1 })} days`;
    case 'months':
      return `${Number(value).toLocaleString('en-GB', { maximumFractionDigits: 2 })} months`;
    default:
      return typeof value === 'number' ? count(value) : value;
  }
}

const formatCell = (cell: TableCell): string =>
  cell === null ? EM_DASH : typeof cell === 'number' ? count(cell) : cell;

/**
 * The statement as one regime's report: its headings in order, each with the narrative that
 * answers it, the figures of its data blocks (this year beside the previous one), their tables and
 * charts, and what the records cannot show. `traceBase` + a figure's key lists the records it counted.
 */
export function buildStatementView(input: {
  meta: StatementMeta;
  content: StatementContent;
  narratives: StatementNarratives;
  regime: Regime;
  traceBase: string;
}): StatementView {
  const { content, regime, meta } = input;
  const trace = (key: string) => `${input.traceBase}/${encodeURIComponent(key)}`;
  const sections: StatementSection[] = regimeSections(regime, content.blocks, input.narratives).map(
    (section, index) => {
      const blocks = section.blocks;
      const yearOnYear = blocks.some((block) =>
        block.figures.some((figure) => figure.previous !== undefined),
      );
      return {
        area: section.id,
        title: `${index + 1}. ${section.heading} (${section.source})`,
        narrative: section.narrative,
        figures: blocks.flatMap((block) =>
          block.figures.map((figure) => ({
            label: figure.label,
            value: formatFigureValue(figure, figure.value),
            ...(yearOnYear
              ? {
                  previous:
                    figure.previous === undefined
                      ? null
                      : formatFigureValue(figure, figure.previous),
                }
              : {}),
            traceUrl: figure.trace ? trace(figure.key) : null,
          })),
        ),
        tables: blocks.flatMap((block) => block.tables.map((table) => viewTable(table, trace))),
        charts: blocks.flatMap((block) =>
          block.charts.map((chart) => ({
            caption: chart.caption,
            categories: chart.categories,
            series: chart.series,
          })),
        ),
        gaps: [...new Set([...blocks.flatMap((block) => block.gaps), ...section.recordGaps])],
      };
    },
  );
  const notes: string[] = [];
  if (!content.hasRecords) notes.push(NO_RECORDS_NOTE);
  notes.push(
    `${regime.approval}; ${regime.signature.charAt(0).toLowerCase()}${regime.signature.slice(1)}. Due: ${regime.due}.`,
  );
  if (regime.id === 'ca_s211')
    notes.push(
      meta.signature
        ? `Attestation. ${CANADA_ATTESTATION} — ${meta.signature.name}, ${meta.signature.title}, ${meta.signature.signedOn}.`
        : `Attestation: not yet given (the report is not signed).`,
    );
  return {
    regimeTitle: regime.title,
    companyName: content.company.name,
    period: { from: content.period.from, to: content.period.to },
    snapshotAt: content.snapshotAt,
    version: meta.version,
    status: meta.status,
    approval: meta.approval,
    signature: meta.signature,
    sections,
    supersedes: meta.supersedes,
    notes,
  };
}

/**
 * Longest table printed in full. A longer one (e.g. fee repayment for thousands of sites) prints its
 * first rows and says where every row is listed, which keeps the PDF readable and its memory bounded.
 */
export const MAX_PRINTED_ROWS = 200;

function viewTable(table: BlockTable, trace: (key: string) => string): StatementTable {
  const cut = table.rows.length > MAX_PRINTED_ROWS;
  return {
    caption: cut
      ? `${table.caption} (the first ${count(MAX_PRINTED_ROWS)} of ${count(table.rows.length)} rows; every row is listed at the source below)`
      : table.caption,
    columns: table.columns,
    rows: table.rows.slice(0, MAX_PRINTED_ROWS).map((row) => row.map(formatCell)),
    traceUrl: table.trace ? trace(table.key) : null,
  };
}
