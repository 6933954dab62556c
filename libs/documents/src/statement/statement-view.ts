/**
 * What the annual statement PDF prints. Built by the statement service from a frozen snapshot of the
 * records; the renderer only lays it out, so every number here must already be traceable.
 */
export interface StatementFigure {
  label: string;
  value: string;
  previous?: string | null;
  traceUrl?: string | null;
}

export interface StatementTable {
  caption: string;
  columns: string[];
  rows: string[][];
  traceUrl?: string | null;
}

export interface StatementChart {
  caption: string;
  /** stacked bars: one bar per category, one segment per series */
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
}

export interface StatementSection {
  /** An s.54(5) area, or another regime's heading id. */
  area: string;
  title: string; // e.g. "1. Our structure, business and supply chains"
  narrative: string; // paragraphs separated by blank lines
  figures: StatementFigure[];
  tables: StatementTable[];
  charts: StatementChart[];
  /** Plain statements of what the records cannot show (never invented figures). */
  gaps: string[];
}

export interface StatementView {
  regimeTitle: string; // e.g. "Modern slavery statement (UK Modern Slavery Act 2015, section 54)"
  companyName: string;
  period: { from: string; to: string }; // YYYY-MM-DD
  snapshotAt: string; // ISO date-time the figures were frozen
  version: number;
  status: 'draft' | 'submitted' | 'approved' | 'signed' | 'published';
  approval: { body: string; approvedOn: string } | null;
  signature: { name: string; title: string; signedOn: string } | null;
  sections: StatementSection[];
  supersedes: { version: number; publishedOn: string } | null;
  /** Said on the contents page, e.g. that the records hold no data for the period. */
  notes?: string[];
}
