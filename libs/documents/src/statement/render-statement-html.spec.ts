import { DRAFT_MARKING, GAPS_HEADING, NO_DATA } from './render-statement';
import {
  isLinkableTraceUrl,
  renderStatementHtml,
  statementSectionIds,
} from './render-statement-html';
import { sampleStatementView } from './sample-statement';
import type { StatementSection, StatementView } from './statement-view';

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#96;': '`',
};

/** Markup with the layout whitespace around tags dropped (the source templates are prettier-formatted). */
const squash = (markup: string): string =>
  markup.replace(/\s+/g, ' ').replace(/>\s+/g, '>').replace(/\s+</g, '<');

const render = (view: StatementView): string => squash(renderStatementHtml(view));

/** What a reader sees: tags dropped, entities decoded, whitespace collapsed. */
const text = (markup: string): string =>
  markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#96);/g, (entity) => ENTITIES[entity])
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;)])/g, '$1')
    .trim();

const all = (markup: string, pattern: RegExp): RegExpExecArray[] => [
  ...markup.matchAll(
    new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
  ),
];

/** The one element (no nesting of the same tag inside) matching `open`, with its content. */
function element(markup: string, open: RegExp, tag: string): string {
  const start = markup.search(open);
  if (start < 0) throw new Error(`no element ${open}`);
  const end = markup.indexOf(`</${tag}>`, start);
  if (end < 0) throw new Error(`unclosed <${tag}>`);
  return markup.slice(start, end + tag.length + 3);
}

function sections(markup: string): Array<{ id: string; body: string }> {
  return all(
    markup,
    /<section class="statement-section" id="([^"]*)"[^>]*>([\s\S]*?)<\/section>/,
  ).map((m) => ({ id: m[1], body: m[2] }));
}

function tables(markup: string): string[] {
  return all(markup, /<table[\s\S]*?<\/table>/).map((m) => m[0]);
}

const caption = (table: string): string => text(element(table, /<caption>/, 'caption'));

const emptySection = (over: Partial<StatementSection> = {}): StatementSection => ({
  area: 'structure',
  title: '1. Structure',
  narrative: '',
  figures: [],
  tables: [],
  charts: [],
  gaps: [],
  ...over,
});

describe('renderStatementHtml', () => {
  const view = sampleStatementView();
  const out = render(view);

  it('is one self-contained HTML5 document with no script and no outside resource', () => {
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out).toMatch(/<html lang="en">/);
    expect(out).toMatch(/<meta charset="utf-8" \/>/);
    expect(all(out, /<style>/)).toHaveLength(1);
    expect(out).toMatch(/@media print/);
    expect(out).not.toMatch(/<script|<link|<img|<iframe|<object|@import|url\(|\bsrc=|\bon[a-z]+=/i);
    expect(out.trimEnd().endsWith('</html>')).toBe(true);
    expect(all(out, /<h1>/)).toHaveLength(1);
    expect(out).toContain(
      `<title>${'Modern slavery statement (UK Modern Slavery Act 2015, section 54): Harrow &amp; Finch Apparel Ltd, 1 April 2024 to 31 March 2025'}</title>`,
    );
  });

  it('puts the cover facts first: company, regime, period, approval, signature, version', () => {
    const cover = text(element(out, /<header class="cover">/, 'header'));
    expect(text(element(out, /<h1>/, 'h1'))).toBe(view.regimeTitle);
    expect(cover).toContain('Harrow & Finch Apparel Ltd');
    expect(cover).toContain('For the period 1 April 2024 to 31 March 2025');
    expect(cover).toContain(
      'Approved by the Board of Directors of Harrow & Finch Apparel Ltd on 15 July 2025.',
    );
    expect(cover).toContain(
      'Signed by Eleanor Marsh, Chief Executive Officer and Director, on 16 July 2025.',
    );
    expect(cover).toContain('About this version Version 2 Status Published');
    expect(cover).toContain('Figures as recorded at 2025-06-12 09:30 UTC');
    expect(cover).toContain('This version supersedes version 1, published on 30 July 2025.');
    expect(out).toContain('<time datetime="2024-04-01">1 April 2024</time>');
    expect(out).not.toContain('DRAFT');
    expect(out).not.toContain('Not yet');

    // Reading order: cover, contents, the sections in the order of the view.
    const cover_ = out.indexOf('<header class="cover">');
    const nav = out.indexOf('<nav');
    const main = out.indexOf('<main');
    expect(cover_).toBeGreaterThan(0);
    expect(nav).toBeGreaterThan(cover_);
    expect(main).toBeGreaterThan(nav);
  });

  it('links each contents entry to its section, in order, with unique ids', () => {
    const nav = element(out, /<nav /, 'nav');
    expect(text(element(nav, /<h2 /, 'h2'))).toBe('Contents');
    const links = all(nav, /<a href="#([^"]+)">([\s\S]*?)<\/a>/).map((m) => ({
      id: m[1],
      title: text(m[2]),
    }));
    const found = sections(out);
    expect(found).toHaveLength(view.sections.length);
    expect(links).toEqual(found.map((s, i) => ({ id: s.id, title: view.sections[i].title })));
    expect(found.map((s) => s.id)).toEqual([
      'section-structure',
      'section-policies',
      'section-due-diligence',
      'section-risk',
      'section-effectiveness',
      'section-training',
    ]);
    found.forEach((s, i) => {
      expect(text(element(s.body, /<h2 /, 'h2'))).toBe(view.sections[i].title);
    });
    const ids = all(out, /\sid="([^"]+)"/).map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const labelled of all(out, /aria-labelledby="([^"]+)"/)) {
      expect(ids).toContain(labelled[1]);
    }
  });

  it('writes each narrative paragraph, then figures, tables, charts and gaps in order', () => {
    const [structure] = sections(out);
    const paragraphs = all(structure.body, /<p>([\s\S]*?)<\/p>/).map((m) => text(m[1]));
    expect(paragraphs).toEqual(
      view.sections[0].narrative.split('\n\n').map((p) => text(p.replace(/&/g, '&amp;'))),
    );
    const order = ['<p>', 'Key figures', 'Sites by tier and country', GAPS_HEADING].map((s) =>
      structure.body.indexOf(s),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text(structure.body)).toContain(
      `${GAPS_HEADING} Our records name the country of origin of raw cotton`,
    );
    // Sections without gaps have no gaps heading.
    expect(sections(out)[1].body).not.toContain(GAPS_HEADING);
  });

  it('renders key figures and tables with captions, column headers and right-aligned numbers', () => {
    const [structure, policies, dueDiligence, risk, effectiveness] = sections(out);

    const figures = tables(structure.body)[0];
    expect(caption(figures)).toBe('Key figures');
    expect(figures).toContain('<th scope="col">Measure</th>');
    expect(figures).toContain('<th scope="col" class="num">This year</th>');
    expect(figures).toContain('<th scope="col" class="num">Previous year</th>');
    expect(figures).toMatch(
      /<th scope="row">Sites mapped<\/th>\s*<td class="num">13<\/td>\s*<td class="num">9<\/td>/,
    );
    // A figure with no previous value shows a dash.
    expect(tables(effectiveness.body)[0]).toMatch(
      /Median days to resolve a grievance<\/th>\s*<td class="num">41<\/td>\s*<td class="num">—<\/td>/,
    );

    const sites = tables(structure.body)[1];
    expect(caption(sites)).toBe('Sites by tier and country');
    expect(all(sites, /<th scope="col"[^>]*>/).map((m) => m[0])).toEqual([
      '<th scope="col">',
      '<th scope="col">',
      '<th scope="col" class="num">',
    ]);
    expect(sites).toMatch(/<td>Tier 1<\/td>\s*<td>Bangladesh<\/td>\s*<td class="num">2<\/td>/);
    expect(all(sites, /<tbody>[\s\S]*?<\/tbody>/)[0][0].match(/<tr>/g)).toHaveLength(
      view.sections[0].tables[0].rows.length,
    );

    expect(caption(tables(policies.body)[1])).toBe('Policies and when they were last reviewed');
    const findings = tables(dueDiligence.body)[1];
    expect(caption(findings)).toBe('Audit findings by ILO indicator of forced labour');
    expect(findings).toMatch(/<td>Debt bondage<\/td>\s*<td class="num">2<\/td>/);

    // A text column stays left-aligned even when some cells are numbers.
    const highRisk = tables(risk.body)[1];
    expect(caption(highRisk)).toBe('Sites in the high or critical risk band');
    expect(highRisk).toContain('<th scope="col">Site</th>');
    expect(highRisk).toContain('<th scope="col" class="num">Tier</th>');
    expect(highRisk).toContain('<th scope="col">Risk band</th>');
  });

  it('draws the chart as an inline SVG with a summary, and repeats its numbers in a table', () => {
    const risk = sections(out)[3].body;
    const figure = element(risk, /<figure class="chart">/, 'figure');
    expect(text(element(figure, /<figcaption>/, 'figcaption'))).toBe('Sites by risk band and tier');

    const svg = element(figure, /<svg/, 'svg');
    expect(svg).toMatch(/role="img"/);
    const label = /aria-label="([^"]*)"/.exec(svg)?.[1] ?? '';
    expect(label).toContain('Stacked bar chart: Sites by risk band and tier.');
    expect(label).toContain('Tier 1: 5 (low 2, medium 2, high 1, critical 0)');
    expect(label).toContain('Tier 4: 2 (low 0, medium 0, high 1, critical 1)');
    expect(text(element(svg, /<title>/, 'title'))).toBe(text(label));
    // One coloured segment per non-zero value (10 of 16), plus 4 legend swatches and 4 outlines.
    const segments = all(svg, /<rect[^>]*stroke="#ffffff"/);
    expect(segments).toHaveLength(10);
    expect(all(svg, /<rect/)).toHaveLength(10 + 4 + 4);
    // Tier 1 is 5 sites on a scale of 5: its bar spans the whole plot; tier 3 (2 sites) two fifths.
    const widths = (y: string) =>
      all(svg, new RegExp(`<rect[^>]*y="${y}" width="([\\d.]+)"[^>]*stroke="#ffffff"`)).reduce(
        (sum, m) => sum + Number(m[1]),
        0,
      );
    expect(widths('31')).toBeCloseTo(559.7, 0);
    expect(widths('91') / widths('31')).toBeCloseTo(0.4, 2);
    for (const name of ['low', 'medium', 'high', 'critical']) expect(text(svg)).toContain(name);

    const table = tables(figure)[0];
    expect(caption(table)).toBe('Sites by risk band and tier: the numbers');
    expect(all(table, /<th scope="col"[^>]*>([^<]*)<\/th>/).map((m) => m[1])).toEqual([
      'Category',
      'low',
      'medium',
      'high',
      'critical',
      'Total',
    ]);
    expect(text(element(table, /<tbody>/, 'tbody'))).toBe(
      'Tier 1 2 2 1 0 5 Tier 2 1 2 1 0 4 Tier 3 0 1 1 0 2 Tier 4 0 0 1 1 2',
    );
    expect(text(element(table, /<tfoot>/, 'tfoot'))).toBe('Total 3 5 4 1 13');
    expect(out).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('links every traced figure and table to its source', () => {
    const traces = view.sections.flatMap((s) => [
      ...s.figures.map((f) => ({ url: f.traceUrl, label: ` (${f.label})` })),
      ...s.tables.map((t) => ({ url: t.traceUrl, label: '' })),
    ]);
    const traced = traces.filter((t): t is { url: string; label: string } => Boolean(t.url));
    expect(traced.length).toBeGreaterThan(10);
    for (const { url, label } of traced) {
      expect(out).toContain(
        squash(
          `<p class="source"><strong>Source:</strong> <a href="${url}">${url}</a>${label.replace(/&/g, '&amp;')}</p>`,
        ),
      );
    }
    expect(all(out, /<p class="source">/)).toHaveLength(traced.length);
    // "Countries" has no trace: no source line for it.
    expect(out).not.toContain('(Countries)');
  });

  it('marks a draft on the cover, in the title and at the foot, and says what is missing', () => {
    const draft = render({
      ...view,
      status: 'draft',
      approval: null,
      signature: null,
      supersedes: null,
    });
    const cover = text(element(draft, /<header class="cover">/, 'header'));
    expect(cover).toContain(
      `${DRAFT_MARKING} Work in progress. Not approved by the board and not signed: do not publish.`,
    );
    expect(cover).toContain('Approval and signature Not yet approved. Not yet signed.');
    expect(cover).toContain('Status Draft');
    expect(cover).not.toContain('supersedes');
    expect(text(element(draft, /<title>/, 'title')).startsWith(`${DRAFT_MARKING}: `)).toBe(true);
    expect(text(element(draft, /<footer/, 'footer'))).toBe(
      `${DRAFT_MARKING} · Harrow & Finch Apparel Ltd · 2024-04-01 to 2025-03-31 · version 2`,
    );
    expect(draft).toContain(`@bottom-left{content:"${DRAFT_MARKING}"`);

    const submitted = render({ ...view, status: 'submitted' });
    expect(text(submitted)).toContain(`${DRAFT_MARKING} Submitted for approval.`);
    expect(text(submitted)).toContain('Status Submitted for approval');

    const approved = render({ ...view, status: 'approved', signature: null });
    expect(approved).not.toContain(DRAFT_MARKING);
    expect(text(approved)).toContain('Not yet signed.');
    expect(text(approved)).toContain('Status Approved, not yet signed');
  });

  it('escapes every value from the view, so names cannot become markup', () => {
    const evil = 'Acme <script>alert(1)</script> & Co';
    const attr = '"onmouseover="alert(1)';
    const sample = sampleStatementView();
    const hostile: StatementView = {
      ...sample,
      companyName: evil,
      regimeTitle: `Statement ${evil}`,
      approval: { body: evil, approvedOn: '2025-07-15' },
      signature: { name: evil, title: evil, signedOn: '<b>soon</b>' },
      notes: [evil],
      sections: [
        emptySection({
          area: `x"><script>`,
          title: evil,
          narrative: `${evil}\n\n<img src=x onerror=alert(1)>`,
          figures: [
            { label: evil, value: evil, previous: evil, traceUrl: `https://e.example/${attr}` },
          ],
          tables: [
            { caption: evil, columns: [evil, 'n'], rows: [[evil, '1']], traceUrl: `/t/${evil}` },
          ],
          charts: [{ caption: evil, categories: [evil], series: [{ name: evil, values: [3] }] }],
          gaps: [evil],
        }),
      ],
    };
    const page = render(hostile);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img|<b>|"onmouseover/i);
    expect(page).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i); // no event-handler attribute in any tag
    expect(page).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(text(element(page, /<header class="cover">/, 'header'))).toContain(
      'Acme <script>alert(1)</script> & Co',
    );
    expect(text(element(page, /<nav /, 'nav'))).toContain(`Contents ${evil} ${evil}`);
    const [section] = sections(page);
    expect(section.id).toBe('section-x-script');
    // The escaped name is in the heading, narrative, figures, table, chart, its summary and gaps.
    expect(
      section.body.split('Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co').length - 1,
    ).toBeGreaterThanOrEqual(12);
    expect(page).toContain('<a href="https://e.example/&quot;onmouseover=&quot;alert(1)">');
    expect(page).toContain('&lt;b&gt;soon&lt;/b&gt;');
    expect(text(page)).toContain(`Signed by ${evil}, ${evil}, on <b>soon</b>.`);
  });

  it('prints a trace URL that is not http(s) or a site path as text, not as a link', () => {
    const sample = sampleStatementView();
    const urls = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      '//evil.example/trace',
      'vbscript:msgbox(1)',
      'https://ok.example/a b',
    ];
    const page = render({
      ...sample,
      sections: [
        emptySection({
          figures: urls.map((url, i) => ({ label: `F${i}`, value: '1', traceUrl: url })),
          tables: [
            { caption: 'T', columns: ['a'], rows: [['1']], traceUrl: '/statements/1/trace' },
          ],
        }),
      ],
    });
    expect(page).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    expect(page).not.toContain('href="//');
    expect(all(page, /<a href="/)).toHaveLength(2); // the contents entry and the one site path
    expect(page).toContain(squash('<strong>Source:</strong> javascript:alert(1) (F0)</p>'));
    expect(page).toContain(
      squash('<strong>Source:</strong> data:text/html,&lt;b&gt;x&lt;/b&gt; (F2)</p>'),
    );
    expect(page).toContain(
      squash('<strong>Source:</strong> <a href="/statements/1/trace">/statements/1/trace</a></p>'),
    );
  });

  it('says what is missing in an empty statement instead of printing nothing or "undefined"', () => {
    const page = render({
      ...sampleStatementView(),
      status: 'draft',
      approval: null,
      signature: null,
      supersedes: null,
      notes: ['The records hold no data for this period.', '   '],
      sections: [
        emptySection(),
        emptySection({ area: 'policies', title: '2. Policies', narrative: ' \n\n \n' }),
        emptySection({
          area: 'risk',
          title: '4. Risk',
          tables: [{ caption: 'Sites', columns: ['Site', 'Band'], rows: [] }],
          charts: [
            { caption: 'Nothing', categories: ['Tier 1'], series: [{ name: 'low', values: [0] }] },
            { caption: 'Nobody', categories: [], series: [] },
          ],
        }),
      ],
    });
    const found = sections(page);
    expect(found).toHaveLength(3);
    for (const s of found) {
      expect(text(s.body)).toContain('No narrative has been written for this section.');
      expect(s.body).not.toContain('Key figures');
      expect(s.body).not.toContain(GAPS_HEADING);
    }
    expect(found[0].body).not.toMatch(/<table|<svg|<figure/);
    expect(text(found[2].body)).toContain(`Sites Site Band ${NO_DATA}`);
    expect(text(found[2].body)).toContain(`Nothing ${NO_DATA}`);
    expect(text(found[2].body)).toContain(`Nobody ${NO_DATA}`);
    expect(found[2].body).not.toContain('<svg');
    expect(all(text(element(page, /<nav /, 'nav')), /The records hold no data/)).toHaveLength(1);
    expect(page).not.toMatch(/undefined|NaN|null|Infinity|\[object/);

    const none = render({ ...sampleStatementView(), sections: [] });
    expect(sections(none)).toHaveLength(0);
    expect(none).not.toMatch(/undefined|NaN|null/);
  });

  it('keeps odd chart values and ragged rows readable', () => {
    const page = render({
      ...sampleStatementView(),
      sections: [
        emptySection({
          tables: [{ caption: 'Ragged', columns: ['a', 'b'], rows: [['1'], ['2', '3', '4']] }],
          charts: [
            {
              caption: 'Odd',
              categories: ['A', 'B'],
              series: [
                { name: 's', values: [Number.NaN, 2.5] },
                { name: 't', values: [-1] },
              ],
            },
          ],
        }),
      ],
    });
    const [ragged, odd] = tables(page);
    expect(text(element(ragged, /<tbody>/, 'tbody'))).toBe('1 2 3 · 4');
    expect(text(element(odd, /<tbody>/, 'tbody'))).toBe('A 0 0 0 B 2.5 0 2.5');
    expect(page).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('statementSectionIds', () => {
  it('makes unique, safe ids from the areas', () => {
    expect(
      statementSectionIds([
        { area: 'due_diligence' },
        { area: 'due_diligence' },
        { area: 'Due diligence!' },
        { area: '***' },
        { area: 'approval' },
        { area: 'due-diligence-heading' },
      ]),
    ).toEqual([
      'section-due-diligence',
      'section-due-diligence-2',
      'section-due-diligence-3',
      'section-4',
      'section-approval',
      'section-due-diligence-heading-2',
    ]);
  });
});

describe('isLinkableTraceUrl', () => {
  it.each([
    ['https://app.example/trace/1', true],
    ['HTTP://app.example/trace/1', true],
    ['/statements/1/trace', true],
    ['javascript:alert(1)', false],
    ['//evil.example', false],
    ['/\\evil.example', false],
    ['statements/1', false],
    ['https:evil.example', false],
    ['https://', false],
    ['https://a.example/\nx', false],
    ['', false],
  ])('%j → %s', (url, linkable) => {
    expect(isLinkableTraceUrl(url)).toBe(linkable);
  });
});
