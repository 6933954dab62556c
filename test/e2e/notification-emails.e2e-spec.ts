import { freePort } from '@app/devstack/free-port';
import { startRedisServer, type RunningRedis } from '@app/devstack/redis-server';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { MAX_DELIVERY_ATTEMPTS } from '../../apps/worker/src/notifications/deliver-notifications';
import { Session, createSite, member, signUp } from './harness/personas';
import { sql, startApi, startWorker, testConfig, waitFor } from './harness/services';

interface Received {
  to: string[];
  data: string;
}

/** A real SMTP server on loopback that keeps what it receives and refuses one address. */
async function startSmtpSink(refuse: (address: string) => boolean) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse(address.address)) callback(new Error('550 mailbox unavailable'));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Quoted-printable soft line breaks undone, so long lines can be searched. */
const bodyOf = (message: Received): string => message.data.replace(/=\r?\n/g, '');

/**
 * Notification emails through SMTP (nodemailer) to a real SMTP server: recorded notifications are
 * sent on a schedule, refused ones back off and finally fail, disabled people get nothing. Runs its
 * own Redis so its delivery schedule touches no other test's worker.
 */
describe('Notification emails (SMTP)', () => {
  let redis: RunningRedis;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let app: INestApplication;
  let worker: INestApplicationContext;
  let db: Client;
  let officer: Session;
  const http = () => request(app.getHttpServer());
  const notification = async (userId: string, kind: string) =>
    (
      await db.query(
        `SELECT status, attempts, sent_at, next_attempt_at > now() AS waiting
           FROM notifications WHERE recipient_user_id = $1 AND kind = $2`,
        [userId, kind],
      )
    ).rows[0];
  const mailTo = (email: string) =>
    smtp.received.find((message) => message.to.includes(email.toLowerCase()));

  beforeAll(async () => {
    smtp = await startSmtpSink((address) => address.startsWith('refused'));
    const redisPort = await freePort();
    redis = await startRedisServer({ port: redisPort });
    const config = testConfig({
      REDIS_URL: redis.url,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Fairchain <no-reply@fairchain.test>',
      MAIL_SEND_EVERY_SECONDS: '1',
      APP_URL: 'https://fairchain.test',
    });
    app = await startApi(config);
    worker = await startWorker(config);
    db = await sql();
    officer = await signUp(app, 'mail-officer');
  });
  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await db?.end();
    await redis?.stop();
    await smtp?.close();
  });

  it('sends the welcome email and marks the notification sent', async () => {
    const message = await waitFor<Received>('the welcome email', () =>
      Promise.resolve(mailTo(officer.email) as Received),
    );
    expect(message.data).toContain('Subject: Welcome to Fairchain for Org of mail-officer');
    expect(message.data).toContain('From: Fairchain <no-reply@fairchain.test>');
    expect(bodyOf(message)).toContain('https://fairchain.test/');
    await waitFor(
      'the notification marked sent',
      async () => (await notification(officer.userId, 'welcome'))?.status === 'sent',
    );
    expect(await notification(officer.userId, 'welcome')).toMatchObject({ attempts: 1 });
  });

  it('emails a supplier the questionnaire assigned to their site, with its link and due date', async () => {
    const site = await createSite(app, officer, { name: 'Mail Site' });
    const supplier = await member(app, officer, 'supplier', site.id);
    const templates = await http()
      .get('/questionnaire-templates')
      .set('Authorization', `Bearer ${officer.token}`)
      .expect(200);
    const template = templates.body.find(
      (candidate: { key: string }) => candidate.key === 'supplier-forced-labour-self-assessment',
    );
    await http()
      .post('/questionnaire-campaigns')
      .set('Authorization', `Bearer ${officer.token}`)
      .send({
        name: 'Mail check',
        templateId: template.id,
        dueOn: '2099-01-31',
        supplierIds: [site.id],
      })
      .expect(201);
    const message = await waitFor<Received>('the questionnaire email', () =>
      Promise.resolve(
        smtp.received.find(
          (candidate) =>
            candidate.to.includes(supplier.email.toLowerCase()) &&
            candidate.data.includes('Questionnaire to complete by 2099-01-31'),
        ) as Received,
      ),
    );
    const { rows } = await db.query(
      'SELECT id FROM questionnaire_assignments WHERE supplier_id = $1',
      [site.id],
    );
    expect(bodyOf(message)).toContain(
      `https://fairchain.test/questionnaire-assignments/${rows[0].id}`,
    );
    expect(bodyOf(message)).toContain('Mail check');
  });

  it('backs off when the mail server refuses, and gives up after the last attempt', async () => {
    const invited = await http()
      .post('/users')
      .set('Authorization', `Bearer ${officer.token}`)
      .send({ email: `refused.${Date.now()}@e2e.example`, name: 'Refused Person', role: 'auditor' })
      .expect(201);
    const userId = invited.body.user.id;
    const first = await waitFor('the first refused attempt', async () => {
      const row = await notification(userId, 'invitation');
      return row?.attempts === 1 ? row : null;
    });
    expect(first).toMatchObject({ status: 'pending', waiting: true });
    // Skip the back-off: the next attempt is the last.
    await db.query(
      `UPDATE notifications SET attempts = $2, next_attempt_at = now()
        WHERE recipient_user_id = $1 AND kind = 'invitation'`,
      [userId, MAX_DELIVERY_ATTEMPTS - 1],
    );
    await waitFor(
      'the notification given up',
      async () => (await notification(userId, 'invitation'))?.status === 'failed',
    );
    expect(await notification(userId, 'invitation')).toMatchObject({
      attempts: MAX_DELIVERY_ATTEMPTS,
      sent_at: null,
    });
  });

  it('sends nothing to a person disabled since the notification was recorded', async () => {
    const auditor = await member(app, officer, 'auditor');
    await waitFor(
      'the invitation sent',
      async () => (await notification(auditor.userId, 'invitation'))?.status === 'sent',
    );
    await db.query("UPDATE users SET status = 'disabled' WHERE id = $1", [auditor.userId]);
    // Recorded before the person was disabled, delivered after.
    await db.query(
      `INSERT INTO notifications (organisation_id, recipient_user_id, kind, dedupe_key)
       VALUES ($1, $2, 'welcome', $3)`,
      [officer.organisationId, auditor.userId, `e2e-disabled:${auditor.userId}`],
    );
    await waitFor(
      'the notification dropped',
      async () => (await notification(auditor.userId, 'welcome'))?.status === 'failed',
    );
    const to = auditor.email.toLowerCase();
    expect(smtp.received.filter((message) => message.to.includes(to))).toHaveLength(1);
  });
});
