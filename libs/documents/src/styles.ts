/** Shared look of generated documents: sizes in PDF points, colours dark enough for print and AA contrast. */
export const FONT_SIZE = {
  small: 8,
  table: 9,
  body: 10,
  lead: 12,
  h3: 12,
  h2: 15,
  h1: 24,
} as const;

/** Extra space between wrapped lines, so dense paragraphs stay readable. */
export const LINE_GAP = 1.5;

export const COLOURS = {
  text: '#1f1f1f',
  muted: '#595959',
  rule: '#bdbdbd',
  tableHeader: '#e4e4e4',
  tableStripe: '#f5f5f5',
  alert: '#b3261e',
  alertFill: '#fbe9e7',
  warning: '#8a4b00',
  warningFill: '#fff3e0',
} as const;

/** A4 with room at the foot for the page-number footer. */
export const PAGE_MARGINS = { top: 56, bottom: 64, left: 56, right: 56 } as const;
