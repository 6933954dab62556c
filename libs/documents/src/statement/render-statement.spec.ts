import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderStatementPdf } from './render-statement';
import { sampleStatementView } from './sample-statement';
import type { StatementView } from './statement-view';

// Checked with the Debian tools a reader's machine would have: poppler's pdftotext and qpdf.
const PDFTOTEXT = '/usr/bin/pdftotext';
const QPDF = '/usr/bin/qpdf';

/** Wrapped lines and table padding come out as runs of spaces and newlines; compare words only. */
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('renderStatementPdf', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'statement-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function render(view: StatementView, name: string) {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await renderStatementPdf(view));
    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
    const pageText = (page: number): string =>
      execFileSync(PDFTOTEXT, ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
        encoding: 'utf8',
      });
    return { file, text, flat: words(text), pageText };
  }

  it('renders the sample: cover, contents with page numbers, sections in order, chart, footers', async () => {
    const view = sampleStatementView();
    const { file, text, flat, pageText } = await render(view, 'sample');

    const cover = words(pageText(1));
    expect(cover).toContain('Harrow & Finch Apparel Ltd');
    expect(cover).toContain('Modern slavery statement (UK Modern Slavery Act 2015, section 54)');
    expect(cover).toContain('For the period 1 April 2024 to 31 March 2025');
    expect(cover).toContain(
      'Approved by the Board of Directors of Harrow & Finch Apparel Ltd on 15 July 2025.',
    );
    expect(cover).toContain(
      'Signed by Eleanor Marsh, Chief Executive Officer and Director, on 16 July 2025.',
    );
    expect(cover).toContain('Version: 2');
    expect(cover).toContain('Figures as recorded at: 2025-06-12 09:30 UTC');
    expect(cover).toContain('This version supersedes version 1, published on 30 July 2025.');
    expect(cover).not.toContain('DRAFT');

    // Contents: every title with the page its section starts on.
    const contents = pageText(2).split('\n').map(words);
    expect(contents).toContain('Contents');
    for (const section of view.sections) {
      const entry = contents.find((line) => line.startsWith(section.title));
      expect(entry).toMatch(/ (\d+)$/);
      const page = Number(/ (\d+)$/.exec(entry ?? '')?.[1]);
      expect(words(pageText(page))).toContain(section.title);
    }

    // Sections in order after the contents page.
    const body = words(text.slice(text.indexOf('Page 2 of')));
    const positions = view.sections.map((section) => body.indexOf(section.title));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // The chart: caption, legend, and the numbers of the Tier 1 bar (low 2, medium 2, high 1, critical 0, total 5).
    expect(flat).toContain('Sites by risk band and tier');
    expect(flat).toContain('low medium high critical');
    expect(flat).toContain('Tier 1 2 2 1 0 5');
    expect(flat).toContain('Tier 4 0 0 1 1 2');
    expect(flat).toContain('Total 3 5 4 1 13');

    // Figures with their previous year and sources; gaps.
    expect(flat).toContain('Questionnaire response rate 72% 61%');
    expect(flat).toContain('Recruitment fees repaid to workers MYR 171,000.00 of MYR 171,000.00 —');
    expect(flat).toContain(
      'Source: https://app.fairchain.example/statements/harrow-finch/2024-25/v2/trace/questionnaire-response-rate',
    );
    expect(flat).toContain('What our records cannot show');
    expect(flat).toContain('no worker interviews were held there.');

    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(flat).not.toMatch(/NaN|undefined/);

    const check = spawnSync(QPDF, ['--check', file], { encoding: 'utf8' });
    expect({ status: check.status, output: check.stdout + check.stderr }).toMatchObject({
      status: 0,
    });
    expect(execFileSync(QPDF, ['--show-npages', file], { encoding: 'utf8' }).trim()).toBe(
      String(pages),
    );
    const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Author:\s+Harrow & Finch Apparel Ltd/);
    expect(info).toMatch(/Title:\s+Modern slavery statement/);
    expect(info).toMatch(/Tagged:\s+yes/);
  }, 30_000);

  it('marks a draft as not approved on the cover and on every page', async () => {
    const view: StatementView = {
      ...sampleStatementView(),
      status: 'draft',
      approval: null,
      signature: null,
      supersedes: null,
    };
    const { file, text, pageText } = await render(view, 'draft');
    const cover = words(pageText(1));
    expect(cover).toContain('DRAFT — not approved');
    expect(cover).toContain('Not yet approved.');
    expect(cover).toContain('Not yet signed.');
    expect(cover).not.toContain('supersedes');
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    for (let page = 1; page <= pages; page++) {
      expect(pageText(page)).toContain('DRAFT — not approved');
    }
    expect(spawnSync(QPDF, ['--check', file]).status).toBe(0);
  }, 30_000);

  it('renders an empty period: narrative and gaps only, no bars for an all-zero chart', async () => {
    const sample = sampleStatementView();
    const view: StatementView = {
      ...sample,
      status: 'submitted',
      approval: null,
      signature: null,
      supersedes: null,
      sections: sample.sections.map((section) => ({
        ...section,
        narrative: section.area === 'training' ? '' : section.narrative,
        figures: [],
        tables: [],
        charts: section.charts.map((chart) => ({
          ...chart,
          series: chart.series.map((s) => ({ ...s, values: s.values.map(() => 0) })),
        })),
        gaps: [`No ${section.area.replace('_', ' ')} records exist for this period.`],
      })),
    };
    const { file, flat } = await render(view, 'empty');
    expect(flat).toContain('DRAFT — not approved');
    expect(flat).toContain('Sites by risk band and tier No data for this period.');
    for (const section of view.sections) expect(flat).toContain(section.gaps[0]);
    expect(flat).toContain('No narrative has been written for this section.');
    expect(flat).not.toContain('Key figures');
    expect(flat).not.toMatch(/NaN|undefined|Infinity/);
    expect(spawnSync(QPDF, ['--check', file]).status).toBe(0);
  }, 30_000);

  it('prints the statement notes on the contents page', async () => {
    const sample = sampleStatementView();
    const view: StatementView = {
      ...sample,
      sections: sample.sections.filter((section) => section.area !== 'training'),
      notes: ['This statement does not report on: (f) training.'],
    };
    const { flat } = await render(view, 'five-areas');
    expect(flat).toContain('This statement does not report on: (f) training.');
  }, 30_000);
});
