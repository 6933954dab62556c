import { loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/persistence';
import { once } from 'node:events';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { json, signUpOverHttp } from './http';
import { postConcurrently } from './load-client';
import { rawBullmq } from './raw-bullmq';
import { spawnWorker } from './risk.bench';
import { seedChain } from './supply-chain.bench';

const SITES = 10_000;
const SUBMISSIONS = 2_000;
/**
 * Requests in flight at once (a browser fleet, not one client waiting for each answer), sent from
 * a thread of their own.
 */
const IN_FLIGHT = 64;

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

/** Eight questions of the common types, one conditional: a short supplier check. */
const TEMPLATE = {
  key: 'bench-check',
  title: 'Bench check',
  description: 'Benchmark template',
  baseLocale: 'en',
  audience: 'supplier',
  sections: [
    {
      id: 'main',
      title: 'Main',
      questions: [
        {
          id: 'docs',
          type: 'yes_no',
          text: 'Passports held?',
          required: true,
          fact: 'documents_retained',
          options: [
            { value: 'yes', label: 'Yes', riskWeight: 10, indicators: ['retention_of_documents'] },
            { value: 'no', label: 'No', riskWeight: 0, indicators: [] },
          ],
        },
        {
          id: 'docs_back',
          type: 'single_choice',
          text: 'Returned when?',
          required: true,
          showIf: { question: 'docs', in: ['yes'] },
          options: [
            { value: 'now', label: 'On request', riskWeight: 2, indicators: [] },
            {
              value: 'never',
              label: 'Never',
              riskWeight: 10,
              indicators: ['restriction_of_movement'],
            },
          ],
        },
        { id: 'fee', type: 'money', text: 'Fee', required: true, fact: 'worker_fee_amount' },
        { id: 'wage', type: 'money', text: 'Wage', required: true, fact: 'monthly_wage' },
        {
          id: 'overtime',
          type: 'integer',
          text: 'Overtime hours a week',
          required: true,
          min: 0,
          max: 100,
          riskBands: [
            { from: 0, to: 12, riskWeight: 0, indicators: [] },
            { from: 12, riskWeight: 8, indicators: ['excessive_overtime'] },
          ],
        },
        {
          id: 'migrants',
          type: 'percentage',
          text: 'Migrant share',
          required: true,
          fact: 'migrant_share',
        },
        { id: 'adopted', type: 'date', text: 'Policy adopted', required: false },
        { id: 'note', type: 'text', text: 'Comments', required: false },
      ],
    },
  ],
};

function answersFor(index: number): Record<string, unknown> {
  const held = index % 3 === 0;
  return {
    docs: held ? 'yes' : 'no',
    ...(held ? { docs_back: index % 2 === 0 ? 'never' : 'now' } : {}),
    fee: { amountMinor: (index % 5) * 50_000, currency: 'MYR' },
    wage: { amountMinor: 150_000, currency: 'MYR' },
    overtime: index % 30,
    migrants: index % 100,
    note: `Answer ${index}`,
  };
}

/**
 * A campaign of 10,000 recipients created over HTTP; then 2,000 submissions posted concurrently
 * and timed until every one is scored in PostgreSQL by the worker (its own process), against raw
 * BullMQ moving the same number of no-op jobs in the same run.
 */
export async function questionnairesBench(
  databaseUrl: string,
  redisUrl: string,
  redisPort: number,
): Promise<void> {
  console.log(
    `\nQuestionnaires: campaign to ${SITES.toLocaleString('en-GB')} sites; ${SUBMISSIONS.toLocaleString('en-GB')} submissions posted concurrently (${IN_FLIGHT} in flight) → scored`,
  );
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: 'q'.repeat(32),
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
  };
  const api = await createApiApp(loadConfig({ ...env, PORT: '0' }));
  await api.listen(0, '127.0.0.1');
  const base = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = await new DataSource(
    dataSourceOptions(databaseUrl, 'bench-questionnaires'),
  ).initialize();
  const signup = await signUpOverHttp(base, 'Questionnaire Bench', 'questionnaires@bench.example');
  const headers = {
    authorization: `Bearer ${signup.accessToken}`,
    'content-type': 'application/json',
  };
  await seedChain(dataSource, signup.user.organisationId, {
    sites: SITES,
    links: SITES * 3,
    tierOne: 200,
  });
  const worker = spawnWorker(env);
  try {
    const template = await json<{ id: string }>(
      await fetch(`${base}/questionnaire-templates`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ definition: TEMPLATE }),
      }),
    );
    await json(
      await fetch(`${base}/questionnaire-templates/${template.id}/publish`, {
        method: 'POST',
        headers,
      }),
    );

    let start = process.hrtime.bigint();
    const campaign = await json<{ id: string; progress: { recipients: number } }>(
      await fetch(`${base}/questionnaire-campaigns`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          name: 'Everyone',
          templateId: template.id,
          dueOn: '2099-12-31',
          filter: {},
        }),
      }),
    );
    const created = seconds(start);
    console.log(
      `  campaign  ${campaign.progress.recipients.toLocaleString('en-GB')} recipients created in ${created.toFixed(2)} s (target < 5 s)`,
    );

    const ids: string[] = (
      await dataSource.query(
        'SELECT id FROM questionnaire_assignments WHERE campaign_id = $1 ORDER BY id LIMIT $2',
        [campaign.id, SUBMISSIONS],
      )
    ).map((row: { id: string }) => row.id);
    const baseline = await rawBullmq(redisPort, SUBMISSIONS);
    const requests = ids.map((id, index) => ({
      url: `${base}/questionnaire-assignments/${id}/submit`,
      body: JSON.stringify({ answers: answersFor(index) }),
    }));
    start = process.hrtime.bigint();
    const sent = await postConcurrently({
      requests,
      headers,
      inFlight: IN_FLIGHT,
      expectedStatus: 202,
    });
    const accepted = seconds(start);
    if (sent.refused)
      throw new Error(`${sent.refused} submissions refused: ${sent.examples.join('; ')}`);
    for (;;) {
      const [{ scored }] = await dataSource.query(
        "SELECT count(*)::int AS scored FROM questionnaire_submissions WHERE organisation_id = $1 AND status = 'scored'",
        [signup.user.organisationId],
      );
      if (scored >= SUBMISSIONS) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const total = seconds(start);
    const rate = (s: number) => `${Math.round(SUBMISSIONS / s).toLocaleString('en-GB')}/s`;
    console.log(
      `  baseline  raw BullMQ, ${SUBMISSIONS.toLocaleString('en-GB')} no-op jobs: ${baseline.toFixed(2)} s  ${rate(baseline)}`,
    );
    console.log(
      `  submit    all accepted (202, recorded with their scoring job) in ${accepted.toFixed(2)} s  ${rate(accepted)}`,
    );
    console.log(
      `  scored    all scored in PostgreSQL ${total.toFixed(2)} s after the first request: ${rate(total)} end to end (target ≥ 500/s); ${(total / baseline).toFixed(1)}× the raw no-op time`,
    );
  } finally {
    worker.kill('SIGTERM');
    await once(worker, 'exit');
    await dataSource.destroy();
    await api.close();
  }
}
