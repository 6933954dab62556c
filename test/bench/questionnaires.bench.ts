import { loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/persistence';
import { once } from 'node:events';
import { DataSource } from 'typeorm';
import { createApiApp, listen } from '../../apps/api/src/create-api-app';
import { waitFor } from '../e2e/harness/services';
import { json, signUpOverHttp } from './http';
import { postConcurrently, type LoadRequest } from './load-client';
import { rawBullmq } from './raw-bullmq';
import { spawnWorker } from './risk.bench';
import { seedChain } from './supply-chain.bench';

const SITES = 10_000;
const SUBMISSIONS = 2_000;
/** Submissions posted first, untimed, so that the API's hot paths are compiled (see below). */
const WARM_UP = 2_000;
/**
 * How many of the submissions are in flight at once, each round on fresh assignments: all 2,000
 * at once (a deadline rush, the case), then 64 at a time (a steadier stream, where a
 * batch has fewer submissions to share its transaction). Sent from a thread of their own.
 */
const ROUNDS = [
  { label: 'all at once', inFlight: SUBMISSIONS },
  { label: '64 at a time', inFlight: 64 },
];

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
 * Waits until the organisation's outbox is empty: the risk recalculation that scoring asks for
 * (10 s later) has run, so that it does not fall into the next round's timing.
 */
async function settle(dataSource: DataSource, organisationId: string): Promise<void> {
  await waitFor(
    "the previous round's risk recalculation",
    async () => {
      const [{ pending }] = await dataSource.query(
        'SELECT count(*)::int AS pending FROM outbox_events WHERE organisation_id = $1 AND processed_at IS NULL',
        [organisationId],
      );
      return pending === 0;
    },
    120_000,
  );
}

async function scoredCount(dataSource: DataSource, organisationId: string): Promise<number> {
  const [{ scored }] = await dataSource.query(
    "SELECT count(*)::int AS scored FROM questionnaire_submissions WHERE organisation_id = $1 AND status = 'scored'",
    [organisationId],
  );
  return scored;
}

/**
 * Posts the submissions concurrently, then waits until the worker has scored every one: seconds
 * until all were accepted, and until all were scored.
 */
async function submitAndScore(round: {
  dataSource: DataSource;
  organisationId: string;
  headers: Record<string, string>;
  requests: LoadRequest[];
  inFlight: number;
}): Promise<{ accepted: number; total: number }> {
  const before = await scoredCount(round.dataSource, round.organisationId);
  const start = process.hrtime.bigint();
  const sent = await postConcurrently({
    requests: round.requests,
    headers: round.headers,
    inFlight: round.inFlight,
    expectedStatus: 202,
  });
  const accepted = seconds(start);
  if (sent.refused)
    throw new Error(`${sent.refused} submissions refused: ${sent.examples.join('; ')}`);
  // Polled every 20 ms (not waitFor's 100 ms): this wait is what the round is timed by.
  while (
    (await scoredCount(round.dataSource, round.organisationId)) - before <
    round.requests.length
  )
    await new Promise((resolve) => setTimeout(resolve, 20));
  return { accepted, total: seconds(start) };
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
    `\nQuestionnaires: campaign to ${SITES.toLocaleString('en-GB')} sites; ${SUBMISSIONS.toLocaleString('en-GB')} submissions posted concurrently → scored`,
  );
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: 'q'.repeat(32),
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
  };
  const api = await createApiApp(loadConfig({ ...env, PORT: '0' }));
  await listen(api, 0, '127.0.0.1');
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

    const start = process.hrtime.bigint();
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
        [campaign.id, WARM_UP + ROUNDS.length * SUBMISSIONS],
      )
    ).map((row: { id: string }) => row.id);
    let next = 0;
    const submitRound = async (count: number, inFlight: number) => {
      const from = next;
      next += count;
      await settle(dataSource, signup.user.organisationId);
      return submitAndScore({
        dataSource,
        organisationId: signup.user.organisationId,
        headers,
        inFlight,
        requests: ids.slice(from, from + count).map((id, index) => ({
          url: `${base}/questionnaire-assignments/${id}/submit`,
          body: JSON.stringify({ answers: answersFor(from + index) }),
        })),
      });
    };
    // A server that has just started compiles its hot paths while it answers: the figures are
    // for one that has been up for a while, as in production.
    await submitRound(WARM_UP, 64);
    const baseline = await rawBullmq(redisPort, SUBMISSIONS);
    const rate = (s: number) => `${Math.round(SUBMISSIONS / s).toLocaleString('en-GB')}/s`;
    console.log(
      `  baseline  raw BullMQ, ${SUBMISSIONS.toLocaleString('en-GB')} no-op jobs: ${baseline.toFixed(2)} s  ${rate(baseline)}`,
    );
    for (const round of ROUNDS) {
      const { accepted, total } = await submitRound(SUBMISSIONS, round.inFlight);
      console.log(
        `  ${round.label}: all accepted (202, recorded with their scoring job) in ${accepted.toFixed(2)} s (${rate(accepted)}); all scored in PostgreSQL ${total.toFixed(2)} s after the first request: ${rate(total)} end to end (target ≥ 500/s), ${(total / baseline).toFixed(1)}× the raw no-op time`,
      );
    }
  } finally {
    worker.kill('SIGTERM');
    await once(worker, 'exit');
    await dataSource.destroy();
    await api.close();
  }
}
