import type { StatementSection, StatementTable, StatementView } from './statement-view';

const TRACE = 'https://app.fairchain.example/statements/harrow-finch/2024-25/v2/trace';
const trace = (key: string): string => `${TRACE}/${key}`;

interface SampleSite {
  name: string;
  country: string;
  tier: 1 | 2 | 3 | 4;
  activity: string;
  band: 'low' | 'medium' | 'high' | 'critical';
  indicators: string;
}

/** Thirteen sites over four tiers: the supply chain of a mid-sized UK clothing importer. */
const SITES: readonly SampleSite[] = [
  {
    name: 'Dhaka Knit Garments Ltd',
    country: 'Bangladesh',
    tier: 1,
    activity: 'Cut, make and trim (knitwear)',
    band: 'medium',
    indicators: 'Excessive overtime',
  },
  {
    name: 'Chittagong Apparel Works',
    country: 'Bangladesh',
    tier: 1,
    activity: 'Cut, make and trim (woven)',
    band: 'low',
    indicators: '',
  },
  {
    name: 'Penang Precision Garments Sdn Bhd',
    country: 'Malaysia',
    tier: 1,
    activity: 'Cut, make and trim (outerwear)',
    band: 'high',
    indicators: 'Debt bondage; Retention of identity documents',
  },
  {
    name: 'Tiruppur Cotton Wear Pvt Ltd',
    country: 'India',
    tier: 1,
    activity: 'Cut, make and trim (jersey)',
    band: 'medium',
    indicators: 'Abusive working and living conditions',
  },
  {
    name: 'İzmir Örme Tekstil A.Ş.',
    country: 'Türkiye',
    tier: 1,
    activity: 'Cut, make and trim (knitwear)',
    band: 'low',
    indicators: '',
  },
  {
    name: 'Narayanganj Dyeing & Finishing',
    country: 'Bangladesh',
    tier: 2,
    activity: 'Dyeing and finishing',
    band: 'medium',
    indicators: 'Excessive overtime',
  },
  {
    name: 'Coimbatore Spinning Mills',
    country: 'India',
    tier: 2,
    activity: 'Fabric knitting',
    band: 'high',
    indicators: 'Restriction of movement; Withholding of wages',
  },
  {
    name: 'Bursa Dokuma Sanayi',
    country: 'Türkiye',
    tier: 2,
    activity: 'Weaving',
    band: 'low',
    indicators: '',
  },
  {
    name: 'Nhơn Trạch Textile JSC',
    country: 'Vietnam',
    tier: 2,
    activity: 'Fabric knitting',
    band: 'medium',
    indicators: 'Excessive overtime',
  },
  {
    name: 'Dindigul Yarns Pvt Ltd',
    country: 'India',
    tier: 3,
    activity: 'Spinning',
    band: 'high',
    indicators: 'Restriction of movement (Sumangali scheme)',
  },
  {
    name: 'Gaziantep İplik Fabrikası',
    country: 'Türkiye',
    tier: 3,
    activity: 'Spinning',
    band: 'medium',
    indicators: 'Abuse of vulnerability (Syrian refugee workers)',
  },
  {
    name: 'Kashkadarya Cotton Cluster',
    country: 'Uzbekistan',
    tier: 4,
    activity: 'Cotton growing and ginning',
    band: 'high',
    indicators: 'Abuse of vulnerability',
  },
  {
    name: 'Xinjiang-origin cotton (trader declared)',
    country: 'China',
    tier: 4,
    activity: 'Raw cotton (via trader)',
    band: 'critical',
    indicators: 'State-imposed forced labour',
  },
];

const BANDS = ['low', 'medium', 'high', 'critical'] as const;
const TIERS = [1, 2, 3, 4] as const;

function sitesByTierAndCountry(): StatementTable {
  const counts = new Map<string, number>();
  for (const site of SITES) {
    const key = `Tier ${site.tier}\u0000${site.country}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {
    caption: 'Sites by tier and country',
    columns: ['Tier', 'Country', 'Sites'],
    rows: [...counts].map(([key, n]) => [...key.split('\u0000'), String(n)]),
    traceUrl: trace('sites-by-tier-and-country'),
  };
}

function sections(): StatementSection[] {
  return [
    {
      area: 'structure',
      title: '1. Our structure, business and supply chains',
      narrative:
        'Harrow & Finch Apparel Ltd designs and imports womenswear, menswear and childrenswear, which we sell through 42 stores in the United Kingdom and online. We employ 1,150 people in the UK and had a turnover of £118 million in the financial year.\n\n' +
        'We do not own any factories. In the year we mapped 13 sites in our supply chain across four tiers: 5 garment factories that make our products (tier 1), 4 fabric mills and dye houses (tier 2), 2 spinning mills (tier 3) and 2 sources of raw cotton (tier 4), in seven countries.',
      figures: [
        { label: 'Sites mapped', value: '13', previous: '9', traceUrl: trace('sites-mapped') },
        { label: 'Tier 1 factories', value: '5', previous: '5', traceUrl: trace('tier-1-sites') },
        { label: 'Countries', value: '7', previous: '5' },
      ],
      tables: [sitesByTierAndCountry()],
      charts: [],
      gaps: [
        'Our records name the country of origin of raw cotton for 2 of the 4 fabric mills only; the others buy from traders who do not disclose it.',
      ],
    },
    {
      area: 'policies',
      title: '2. Our policies on slavery and human trafficking',
      narrative:
        'Our Supplier Code of Conduct prohibits forced, bonded and child labour, and requires that no worker pays for their job (the Employer Pays Principle). Our Responsible Recruitment Policy, adopted in June 2024, sets out how suppliers must recruit and repay any fees charged.\n\n' +
        'Our Whistleblowing Policy lets workers and staff raise concerns anonymously, in their own language, through the channel described in section 5.',
      figures: [
        {
          label: 'Tier 1 factories that signed the Supplier Code of Conduct',
          value: '5 of 5',
          previous: '5 of 5',
          traceUrl: trace('code-signatures'),
        },
      ],
      tables: [
        {
          caption: 'Policies and when they were last reviewed',
          columns: ['Policy', 'Owner', 'Last reviewed'],
          rows: [
            ['Supplier Code of Conduct', 'Head of Sourcing', '2024-05-14'],
            ['Responsible Recruitment Policy', 'Head of Sourcing', '2024-06-03'],
            ['Whistleblowing Policy', 'General Counsel', '2024-11-20'],
          ],
        },
      ],
      charts: [],
      gaps: [],
    },
    {
      area: 'due_diligence',
      title: '3. Our due diligence processes',
      narrative:
        'Every tier 1 and tier 2 site completes our self-assessment questionnaire each year. We commission independent audits of sites where the questionnaire or country risk indicates a concern, and we ask for a share of them to be unannounced.\n\n' +
        'Auditors interview workers privately and in their own language, including migrant and agency workers, and record findings against the ILO indicators of forced labour.',
      figures: [
        {
          label: 'Questionnaire response rate',
          value: '72%',
          previous: '61%',
          traceUrl: trace('questionnaire-response-rate'),
        },
        { label: 'Audits carried out', value: '9', previous: '6', traceUrl: trace('audits') },
        {
          label: 'of which unannounced',
          value: '3',
          previous: '1',
          traceUrl: trace('audits-unannounced'),
        },
      ],
      tables: [
        {
          caption: 'Audit findings by ILO indicator of forced labour',
          columns: ['ILO indicator', 'Findings', 'Sites'],
          rows: [
            ['Excessive overtime', '7', '4'],
            ['Retention of identity documents', '3', '1'],
            ['Debt bondage', '2', '1'],
            ['Withholding of wages', '2', '1'],
            ['Restriction of movement', '2', '2'],
            ['Abusive working and living conditions', '1', '1'],
          ],
          traceUrl: trace('findings-by-ilo-indicator'),
        },
      ],
      charts: [],
      gaps: [
        'No site at tiers 3 and 4 was audited: our records of those sites come from supplier declarations only.',
      ],
    },
    {
      area: 'risk',
      title: '4. Risk assessment and management',
      narrative:
        'We score every mapped site for forced-labour risk from its country and sector, its workforce (migrant and agency workers), questionnaire answers and audit findings, and group the scores into four bands.\n\n' +
        'Five sites are in the high or critical band. We have stopped buying fabric made with cotton that a trader declared to be of Xinjiang origin, and we are working with the Malaysian factory on the repayment of recruitment fees (section 5).',
      figures: [
        {
          label: 'Sites in the high or critical risk band',
          value: '5',
          previous: '4',
          traceUrl: trace('high-critical-sites'),
        },
      ],
      tables: [
        {
          caption: 'Sites in the high or critical risk band',
          columns: ['Site', 'Country', 'Tier', 'Risk band', 'Main concerns'],
          rows: SITES.filter((site) => site.band === 'high' || site.band === 'critical').map(
            (site) => [site.name, site.country, String(site.tier), site.band, site.indicators],
          ),
          traceUrl: trace('high-critical-site-list'),
        },
      ],
      charts: [
        {
          caption: 'Sites by risk band and tier',
          categories: TIERS.map((tier) => `Tier ${tier}`),
          series: BANDS.map((band) => ({
            name: band,
            values: TIERS.map(
              (tier) => SITES.filter((s) => s.tier === tier && s.band === band).length,
            ),
          })),
        },
      ],
      gaps: [],
    },
    {
      area: 'effectiveness',
      title: '5. Effectiveness and performance indicators',
      narrative:
        'We measure our effectiveness by whether problems found are put right: corrective action plans closed on time, recruitment fees repaid to workers, and grievances resolved.',
      figures: [
        {
          label: 'Corrective action plans opened',
          value: '23',
          previous: '15',
          traceUrl: trace('caps-opened'),
        },
        {
          label: 'Corrective action plans closed',
          value: '15',
          previous: '11',
          traceUrl: trace('caps-closed'),
        },
        {
          label: 'Corrective action plans overdue at year end',
          value: '4',
          previous: '2',
          traceUrl: trace('caps-overdue'),
        },
        {
          label: 'Recruitment fees repaid to workers',
          value: 'MYR 171,000.00 of MYR 171,000.00',
          previous: null,
          traceUrl: trace('fees-repaid'),
        },
        {
          label: 'Grievances received',
          value: '14',
          previous: '6',
          traceUrl: trace('grievances-received'),
        },
        {
          label: 'Grievances resolved',
          value: '9',
          previous: '4',
          traceUrl: trace('grievances-resolved'),
        },
        {
          label: 'Median days to resolve a grievance',
          value: '41',
          previous: null,
          traceUrl: trace('grievance-resolution-days'),
        },
      ],
      tables: [],
      charts: [],
      gaps: [
        'Whether workers at tier 3 and tier 4 sites were charged recruitment fees: no worker interviews were held there.',
        'The previous year’s median time to resolve a grievance: resolution dates were not recorded before April 2024.',
      ],
    },
    {
      area: 'training',
      title: '6. Training',
      narrative:
        'Our buying, sourcing and quality teams attend a half-day course on forced labour risks and responsible purchasing practices; new starters attend within three months.',
      figures: [
        {
          label: 'Training sessions held',
          value: '6',
          previous: '4',
          traceUrl: trace('training-sessions'),
        },
        {
          label: 'People trained',
          value: '180',
          previous: '95',
          traceUrl: trace('people-trained'),
        },
      ],
      tables: [],
      charts: [],
      gaps: [
        'Whether supplier managers trained by our tier 1 factories passed the training on to their own recruitment agents.',
      ],
    },
  ];
}

/** A signed, published statement (version 2, correcting version 1) of a UK apparel importer. */
export function sampleStatementView(): StatementView {
  return {
    regimeTitle: 'Modern slavery statement (UK Modern Slavery Act 2015, section 54)',
    companyName: 'Harrow & Finch Apparel Ltd',
    period: { from: '2024-04-01', to: '2025-03-31' },
    snapshotAt: '2025-06-12T09:30:00Z',
    version: 2,
    status: 'published',
    approval: {
      body: 'the Board of Directors of Harrow & Finch Apparel Ltd',
      approvedOn: '2025-07-15',
    },
    signature: {
      name: 'Eleanor Marsh',
      title: 'Chief Executive Officer and Director',
      signedOn: '2025-07-16',
    },
    sections: sections(),
    supersedes: { version: 1, publishedOn: '2025-07-30' },
  };
}

const COUNTRIES = [
  'Bangladesh',
  'India',
  'Türkiye',
  'Vietnam',
  'Malaysia',
  'China',
  'Pakistan',
  'Cambodia',
];

/** The sample with a risk-score table of `rows` sites in section 4, for the bench. */
export function largeSampleStatement(rows: number): StatementView {
  const view = sampleStatementView();
  const risk = view.sections.find((s) => s.area === 'risk');
  if (risk) {
    risk.tables.push({
      caption: `Risk score of every mapped site (${rows.toLocaleString('en-GB')} sites)`,
      columns: ['Site', 'Country', 'Tier', 'Score', 'Risk band'],
      rows: Array.from({ length: rows }, (_, i) => {
        const score = (i * 37) % 100;
        const band =
          score >= 85 ? 'critical' : score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low';
        return [
          `Site ${String(i + 1).padStart(5, '0')} · ${COUNTRIES[i % COUNTRIES.length]} supplier ${(i % 97) + 1}`,
          COUNTRIES[i % COUNTRIES.length],
          String((i % 4) + 1),
          String(score),
          band,
        ];
      }),
      traceUrl: trace('risk-scores'),
    });
  }
  return view;
}
