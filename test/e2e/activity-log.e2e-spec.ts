import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { member, Session, signUp, uniqueEmail } from './harness/personas';
import { sql, startApi } from './harness/services';

describe('Activity log', () => {
  let app: INestApplication;
  let admin: Session;
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });

  beforeAll(async () => {
    app = await startApi();
    admin = await signUp(app, 'activity');
  });
  afterAll(() => app.close());

  it('records who changed what and when, with before and after', async () => {
    const email = uniqueEmail('logged');
    const invited = await http()
      .post('/users')
      .set(as(admin))
      .send({ email, name: 'Ravi Kumar', role: 'auditor' })
      .expect(201);
    const userId = invited.body.user.id;
    await http().patch(`/users/${userId}`).set(as(admin)).send({ role: 'executive' }).expect(200);
    await http().patch('/organisation').set(as(admin)).send({ name: 'Renamed Ltd' }).expect(200);

    const page = await http()
      .get(`/activity?entityType=user&entityId=${userId}`)
      .set(as(admin))
      .expect(200);
    expect(page.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'user.updated',
      'user.invited',
    ]);
    const [updated] = page.body.items;
    expect(updated).toMatchObject({
      actorKind: 'user',
      actorUserId: admin.userId,
      entityType: 'user',
      entityId: userId,
      before: { role: 'auditor', email },
      after: { role: 'executive', email },
    });
    expect(updated.requestId).toEqual(expect.any(String));
    expect(new Date(updated.occurredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(page.body)).not.toMatch(/password|token|hash/i);

    const renamed = await http()
      .get('/activity?entityType=organisation')
      .set(as(admin))
      .expect(200);
    expect(renamed.body.items[0]).toMatchObject({
      action: 'organisation.renamed',
      before: { name: 'Org of activity' },
      after: { name: 'Renamed Ltd' },
    });
  });

  it('pages newest first with a cursor', async () => {
    const first = await http().get('/activity?limit=2').set(as(admin)).expect(200);
    expect(first.body.items).toHaveLength(2);
    const next = await http()
      .get(`/activity?limit=2&before=${first.body.nextBefore}`)
      .set(as(admin))
      .expect(200);
    expect(Number(next.body.items[0].id)).toBeLessThan(Number(first.body.items[1].id));
    const bad = await http().get('/activity?limit=500&before=abc').set(as(admin)).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'before',
      'limit',
    ]);
  });

  it('is readable by compliance officers but not by other roles', async () => {
    const officer = await member(app, admin, 'compliance_officer');
    await http().get('/activity').set(as(officer)).expect(200);
    const executive = await member(app, admin, 'executive');
    await http().get('/activity').set(as(executive)).expect(403);
  });

  it('offers no way to edit or delete an entry, and the database refuses it too', async () => {
    const { body } = await http().get('/activity?limit=1').set(as(admin)).expect(200);
    const id = body.items[0].id;
    await http().patch(`/activity/${id}`).set(as(admin)).send({ action: 'forged' }).expect(404);
    await http().put(`/activity/${id}`).set(as(admin)).send({ action: 'forged' }).expect(404);
    await http().delete(`/activity/${id}`).set(as(admin)).expect(404);
    const db = await sql();
    try {
      await expect(
        db.query(`UPDATE activity_log SET action = 'forged' WHERE id = $1`, [id]),
      ).rejects.toThrow(/append-only/);
      await expect(db.query(`DELETE FROM activity_log WHERE id = $1`, [id])).rejects.toThrow(
        /append-only/,
      );
      await expect(db.query(`TRUNCATE activity_log`)).rejects.toThrow(/append-only/);
    } finally {
      await db.end();
    }
    const again = await http().get(`/activity/${id}`).set(as(admin)).expect(200);
    expect(again.body.action).toBe(body.items[0].action);
  });
});
