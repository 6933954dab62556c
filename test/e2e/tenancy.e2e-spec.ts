import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { member, Session, signUp } from './harness/personas';
import { startApi } from './harness/services';

/**
 * Organisation A must not be able to read or change anything of organisation B, and must not even
 * learn that it exists: every probe by id answers 404, exactly as for an id that never existed.
 */
describe('Tenant isolation', () => {
  let app: INestApplication;
  let a: Session;
  let b: Session;
  let bOfficer: Session;
  let bActivityId: string;
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });

  beforeAll(async () => {
    app = await startApi();
    a = await signUp(app, 'tenant-a');
    b = await signUp(app, 'tenant-b');
    bOfficer = await member(app, b, 'compliance_officer');
    const activity = await http().get('/activity').set(as(b)).expect(200);
    bActivityId = activity.body.items[0].id;
  });
  afterAll(() => app.close());

  it("answers 404 for another organisation's user, as for one that does not exist", async () => {
    const foreign = await http().get(`/users/${bOfficer.userId}`).set(as(a)).expect(404);
    const missing = await http()
      .get('/users/00000000-0000-4000-8000-000000000000')
      .set(as(a))
      .expect(404);
    expect(foreign.body.detail).toBe(missing.body.detail);
    await http().get('/users/not-a-uuid').set(as(a)).expect(404);
  });

  it("cannot change another organisation's user", async () => {
    await http().patch(`/users/${bOfficer.userId}`).set(as(a)).send({ role: 'admin' }).expect(404);
    await http().patch(`/users/${b.userId}`).set(as(a)).send({ status: 'disabled' }).expect(404);
    const stillThere = await http().get(`/users/${bOfficer.userId}`).set(as(b)).expect(200);
    expect(stillThere.body.role).toBe('compliance_officer');
  });

  it("answers 404 for another organisation's activity entry and never lists it", async () => {
    await http().get(`/activity/${bActivityId}`).set(as(a)).expect(404);
    await http().get(`/activity/${bActivityId}`).set(as(b)).expect(200);
    const listed = await http().get('/activity?limit=200').set(as(a)).expect(200);
    expect(listed.body.items.map((entry: { id: string }) => entry.id)).not.toContain(bActivityId);
    const byEntity = await http()
      .get(`/activity?entityType=user&entityId=${bOfficer.userId}`)
      .set(as(a))
      .expect(200);
    expect(byEntity.body.items).toEqual([]);
  });

  it("lists only the caller's own users and organisation", async () => {
    const users = await http().get('/users').set(as(a)).expect(200);
    expect(users.body.map((user: { organisationId: string }) => user.organisationId)).toEqual([
      a.organisationId,
    ]);
    const organisation = await http().get('/organisation').set(as(a)).expect(200);
    expect(organisation.body.id).toBe(a.organisationId);
  });
});
