import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Session, member, signUp } from './harness/personas';
import { startApi } from './harness/services';

/** The records the statement's policies (b) and training (f) sections are made of. */
describe('Statement sources: policy register and training records', () => {
  let app: INestApplication;
  let officer: Session;
  let executive: Session;
  let supplier: Session;
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });
  const fieldsOf = (body: { errors?: { field: string }[] }) =>
    (body.errors ?? []).map((error) => error.field);

  beforeAll(async () => {
    app = await startApi();
    officer = await signUp(app, 'statement-sources');
    executive = await member(app, officer, 'executive');
    supplier = await member(app, officer, 'supplier');
  });
  afterAll(() => app.close());

  it('registers policies by version and adoption date, refusing unknown topics and future dates', async () => {
    const bad = await http()
      .post('/policies')
      .set(as(officer))
      .send({ title: 'X', topic: 'ethics', version: '1', adoptedOn: '2099-01-01' })
      .expect(400);
    expect(fieldsOf(bad.body)).toEqual(['topic']);
    const future = await http()
      .post('/policies')
      .set(as(officer))
      .send({
        title: 'Employer Pays',
        topic: 'recruitment_fees',
        version: '1',
        adoptedOn: '2099-01-01',
      })
      .expect(400);
    expect(fieldsOf(future.body)).toEqual(['adoptedOn']);
    await http()
      .post('/policies')
      .set(as(officer))
      .send({
        title: 'Employer Pays policy on recruitment fees',
        topic: 'recruitment_fees',
        version: '2.1',
        adoptedOn: '2026-02-01',
        url: 'https://example.com/employer-pays.pdf',
      })
      .expect(201);
    const unknownCompany = await http()
      .post('/policies')
      .set(as(officer))
      .send({
        companyId: '0b6f8a52-9d1e-4c1a-8f00-3c7e2b9d4a11',
        title: 'Code',
        topic: 'supplier_code_of_conduct',
        version: '1',
        adoptedOn: '2025-01-01',
      })
      .expect(404);
    expect(fieldsOf(unknownCompany.body)).toEqual(['companyId']);
    const { body } = await http().get('/policies').set(as(executive)).expect(200);
    expect(body).toEqual([
      expect.objectContaining({
        topic: 'recruitment_fees',
        version: '2.1',
        adoptedOn: '2026-02-01',
      }),
    ]);
    await http().get('/policies').set(as(supplier)).expect(403);
  });

  it('records training by day, audience and people trained', async () => {
    const bad = await http()
      .post('/training-sessions')
      .set(as(officer))
      .send({ heldOn: '2026-05-14', topic: 'Indicators', audience: 'everyone', peopleTrained: -1 })
      .expect(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['audience', 'peopleTrained']);
    await http()
      .post('/training-sessions')
      .set(as(officer))
      .send({
        heldOn: '2026-05-14',
        topic: 'Recognising forced-labour indicators in supplier visits',
        audience: 'procurement',
        peopleTrained: 24,
      })
      .expect(201);
    const { body } = await http().get('/training-sessions').set(as(executive)).expect(200);
    expect(body).toEqual([expect.objectContaining({ audience: 'procurement', peopleTrained: 24 })]);
    await http().post('/training-sessions').set(as(executive)).send({}).expect(403);
  });
});
