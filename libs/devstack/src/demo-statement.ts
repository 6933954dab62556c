import { addDays, latestEndedFinancialYear } from '@app/domain';
import type { EntityManager } from 'typeorm';
import { DEMO_COMPANY } from './demo-supply-chain';
import { DEMO_USERS } from './seed-demo';

/**
 * The demo's annual statement: the policies and training it draws on (seeded with the rest), and a
 * draft for the last financial year, written and submitted for the board's approval, composed
 * through the API once the worker has mapped the tiers and scored the sites, as an officer would.
 * Illustrative text: no real company is meant.
 */
export async function seedDemoStatementSources(
  manager: EntityManager,
  organisationId: string,
  today: string,
): Promise<void> {
  const year = latestEndedFinancialYear(today, {
    month: DEMO_COMPANY.financialYearEndMonth,
    day: DEMO_COMPANY.financialYearEndDay,
  });
  const inYear = (days: number) => addDays(year.from, days);
  const policies = [
    [
      'Modern slavery and human trafficking policy',
      'modern_slavery',
      '3.0',
      addDays(year.from, -400),
    ],
    ['Supplier code of conduct', 'supplier_code_of_conduct', '5.1', addDays(year.from, -200)],
    ['Employer Pays policy: no worker pays for their job', 'recruitment_fees', '1.0', inYear(45)],
    ['Responsible purchasing practices', 'responsible_purchasing', '1.2', inYear(120)],
  ];
  for (const [title, topic, version, adoptedOn] of policies)
    await manager.query(
      `INSERT INTO policy_documents (organisation_id, title, topic, version, adopted_on)
       VALUES ($1, $2, $3, $4, $5)`,
      [organisationId, title, topic, version, adoptedOn],
    );
  const training = [
    [
      inYear(60),
      'Forced-labour indicators and recruitment fees',
      'procurement',
      14,
      'Fair Labour Partners',
    ],
    [inYear(150), 'Modern slavery: the board’s duties under s.54', 'board', 7, null],
    [
      inYear(210),
      'Responsible recruitment for supplier HR managers',
      'suppliers',
      23,
      'Fair Labour Partners',
    ],
  ] as const;
  for (const [heldOn, topic, audience, people, provider] of training)
    await manager.query(
      `INSERT INTO training_sessions (organisation_id, held_on, topic, audience, people_trained, provider)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [organisationId, heldOn, topic, audience, people, provider],
    );
}

export const DEMO_NARRATIVES: Record<string, string> = {
  structure:
    'Northwind Apparel UK Ltd designs and sells clothing in the United Kingdom. We do not own factories: our products are made by independent suppliers, mapped here by tier from the cut-make-trim factories we buy from (tier 1) to the fabric mills and spinners behind them.\n\nMigrant workers, many recruited through agencies in Nepal and Bangladesh, make up a large share of the workforce at our Malaysian suppliers.',
  policies:
    'Our modern slavery policy and supplier code of conduct set out what we expect of every supplier. This year we adopted an Employer Pays policy: no worker should pay for their job, and fees already paid are to be repaid.',
  due_diligence:
    'We assess every mapped site for risk, send self-assessment questionnaires to our tier-1 factories, and commission audits, unannounced where the risk is highest. We ask recruitment agencies about their fees and practices.',
  risk: 'The highest risks in our supply chain are at garment factories in Malaysia that employ migrant workers recruited through agencies charging fees, and in cotton spinning. The figures below show where our sites sit by risk band and tier.',
  effectiveness:
    'We measure our progress by the coverage of high-risk sites by due diligence, the corrective actions opened and closed, the recruitment fees repaid to workers, and the grievances workers raise with us and how quickly we resolve them.',
  training:
    'Our procurement team and our board were trained on forced-labour indicators and their duties; supplier HR managers were trained on responsible recruitment.',
};

export type Http = (
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  token?: string,
) => Promise<{ status: number; body: any }>;

/** A fetch-based client for a running API (what `npm start` uses). */
export function fetchClient(baseUrl: string): Http {
  return async (method, path, body, token) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
}

/**
 * Creates the demo draft once (a later start finds it, or whatever the user made of it, and
 * leaves it alone). Returns what it did, for the start-up message.
 */
export async function seedDemoStatement(
  http: Http,
  options: { waitMs?: number } = {},
): Promise<'created' | 'exists' | 'skipped'> {
  const officer = DEMO_USERS.find((user) => user.role === 'compliance_officer')!;
  const login = await http('POST', '/auth/login', {
    email: officer.email,
    password: officer.password,
  });
  if (login.status !== 200) return 'skipped'; // the demo users were changed: leave things be
  const token = login.body.accessToken as string;
  const existing = await http('GET', '/statements', undefined, token);
  if (existing.status !== 200) return 'skipped';
  if ((existing.body as unknown[]).length > 0) return 'exists';
  const companies = await http('GET', '/companies', undefined, token);
  const company = (companies.body as { id: string; name: string }[]).find(
    (c) => c.name === DEMO_COMPANY.name,
  );
  if (!company) return 'skipped';
  // The figures are taken when the draft is composed: wait for the tiers and the scores.
  const deadline = Date.now() + (options.waitMs ?? 60_000);
  for (;;) {
    const risk = await http('GET', `/companies/${company.id}/risk`, undefined, token);
    if (
      risk.status === 200 &&
      risk.body.sites > 0 &&
      risk.body.unscored === 0 &&
      !risk.body.recalculationPending
    )
      break;
    if (Date.now() > deadline) return 'skipped';
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const year = latestEndedFinancialYear(new Date().toISOString().slice(0, 10), {
    month: DEMO_COMPANY.financialYearEndMonth,
    day: DEMO_COMPANY.financialYearEndDay,
  });
  const created = await http(
    'POST',
    '/statements',
    { companyId: company.id, yearEnding: Number(year.to.slice(0, 4)) },
    token,
  );
  if (created.status !== 201) throw new Error(`Demo statement: ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  for (const [area, text] of Object.entries(DEMO_NARRATIVES)) {
    const written = await http('PUT', `/statements/${id}/narratives/${area}`, { text }, token);
    if (written.status !== 200) throw new Error(`Demo statement: ${JSON.stringify(written.body)}`);
  }
  const submitted = await http('POST', `/statements/${id}/submit`, undefined, token);
  if (submitted.status !== 200)
    throw new Error(`Demo statement: ${JSON.stringify(submitted.body)}`);
  return 'created';
}
