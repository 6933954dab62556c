import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditReportView } from './audit-report-view';
import { renderAuditReportPdf } from './render-audit-report';
import { sampleAuditReportView } from './sample-audit-report';

// Checked with the Debian tools a reader's machine would have: poppler's pdftotext and qpdf.
const PDFTOTEXT = '/usr/bin/pdftotext';
const QPDF = '/usr/bin/qpdf';

/** Wrapped lines and table padding come out as runs of spaces and newlines; compare words only. */
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('renderAuditReportPdf', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'audit-report-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function render(view: AuditReportView, name: string) {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await renderAuditReportPdf(view));
    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
    return { file, text, lines: text.split('\n').map((line) => line.trim()) };
  }

  it('renders 200 findings readably: diacritics, reading order, page numbers, a valid file', async () => {
    const view = sampleAuditReportView(200);
    const { file, text, lines } = await render(view, 'two-hundred-findings');

    expect(view.site.name).toBe('Xưởng may Đồng Tiến – Nhơn Trạch');
    expect(lines).toContain(view.site.name);
    expect(text).toContain('Anatolia Denim Tekstil A.Ş.');
    expect(text).toContain('Nguyễn Thị Lan');

    const visit = lines.indexOf('Visit');
    const findings = lines.indexOf('Findings');
    const plan = lines.indexOf('Corrective action plan');
    expect(visit).toBeGreaterThan(lines.indexOf('Audit report'));
    expect(findings).toBeGreaterThan(visit);
    expect(plan).toBeGreaterThan(findings);
    expect(lines.indexOf('Red flags recorded')).toBeGreaterThan(visit);

    const flat = words(text);
    const first = view.findings[0];
    const last = view.findings[199];
    expect(last.number).toBe(200);
    expect(flat).toContain(words(first.description));
    expect(flat).toContain(words(last.description));
    expect(flat.indexOf(words(first.description))).toBeLessThan(
      flat.indexOf(words(last.description)),
    );

    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).not.toContain(`Page ${pages + 1} of`);

    const check = spawnSync(QPDF, ['--check', file], { encoding: 'utf8' });
    expect({ status: check.status, output: check.stdout + check.stderr }).toMatchObject({
      status: 0,
    });
    expect(execFileSync(QPDF, ['--show-npages', file], { encoding: 'utf8' }).trim()).toBe(
      String(pages),
    );
  }, 30_000);

  it('puts a denied access up front and says what was not recorded', async () => {
    const sample = sampleAuditReportView(0);
    const view: AuditReportView = {
      ...sample,
      audit: { ...sample.audit, auditFirm: null, auditors: [], scope: [] },
      visit: {
        ...sample.visit,
        access: 'denied',
        accessNote: 'The guard said the owner was abroad.',
        redFlags: [],
        documentsReviewed: [],
        summary: null,
      },
      findings: [],
      correctiveActions: [],
    };
    const { file, text } = await render(view, 'access-denied');
    const flat = words(text);

    expect(flat).toContain('Access denied: the auditors were refused entry to the site.');
    expect(flat).toContain('Note: The guard said the owner was abroad.');
    expect(flat).toContain('Audit firm: Not recorded');
    expect(flat).toContain('No red flags recorded');
    expect(flat).not.toContain('Red flags recorded');
    expect(flat).toContain('No findings recorded.');
    expect(flat).toContain('No corrective actions recorded.');
    expect(flat).toMatch(/Page 1 of \d+/);
    expect(spawnSync(QPDF, ['--check', file]).status).toBe(0);
  }, 30_000);
});
