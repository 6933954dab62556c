import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { Session, signUp } from './harness/personas';
import { startApi, startWorker, waitFor } from './harness/services';

const HEADER = 'external_id,name,country,sector,workforce_total,workforce_migrant,address';

describe('Bulk import of supplier sites from CSV', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let officer: Session;
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });
  const upload = (csv: string | Buffer, contentType = 'text/csv') =>
    http()
      .post('/imports/suppliers?fileName=sites.csv')
      .set(as(officer))
      .set('Content-Type', contentType)
      .send(csv);
  const finished = (id: string) =>
    waitFor(`import ${id} to finish`, async () => {
      const { body } = await http().get(`/imports/${id}`).set(as(officer)).expect(200);
      return ['completed', 'failed'].includes(body.status) ? body : null;
    });

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    officer = await signUp(app, 'importer');
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  it('imports the good rows, reports the bad ones by line and column, and says when nothing changed', async () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        `S-${i},"Site ${i}, Ltd",${i % 2 ? 'Vietnam' : 'BD'},textiles,${100 + i},${i},"Line one\nLine two"`,
    );
    rows[5] = 'S-5,Bad Country Site,Atlantis,textiles,10,0,';
    rows[17] = 'S-17,Too Many Migrants,VN,textiles,10,11,';
    const csv = `\uFEFF${HEADER}\r\n${rows.join('\r\n')}\r\n`;
    const accepted = await upload(csv).expect(202);
    expect(accepted.body).toMatchObject({ status: 'queued', progress: { totalRows: 40 } });

    const report = await finished(accepted.body.id);
    expect(report).toMatchObject({
      status: 'completed',
      progress: { rowsDone: 40, totalRows: 40 },
      report: { created: 38, updated: 0, unchanged: 0, rejected: 2 },
    });
    expect(report.report.rejections).toEqual([
      { line: expect.any(Number), column: 'country', reason: expect.stringMatching(/Atlantis/) },
      {
        line: expect.any(Number),
        column: 'workforce_migrant',
        reason: expect.stringMatching(/must not exceed/),
      },
    ]);
    // Lines count from the header (line 1); the multi-line addresses push later rows down.
    expect(report.report.rejections[0].line).toBe(12);

    const listed = await http().get('/suppliers?q=Site%2011&limit=5').set(as(officer)).expect(200);
    expect(listed.body.items[0]).toMatchObject({
      externalId: 'S-11',
      name: 'Site 11, Ltd',
      country: 'VN',
      address: 'Line one\nLine two',
    });

    const again = await finished((await upload(csv).expect(202)).body.id);
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 38, rejected: 2 });

    const changed = await finished(
      (await upload(`${HEADER}\nS-1,Site 1 renamed,VN,textiles,101,1,\n`).expect(202)).body.id,
    );
    expect(changed.report).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
  });

  it('rejects a repeated external id within a file', async () => {
    const report = await finished(
      (
        await upload(`${HEADER}\nD-1,First,VN,textiles,1,0,\nD-1,Second,VN,textiles,1,0,\n`).expect(
          202,
        )
      ).body.id,
    );
    expect(report.report).toMatchObject({ created: 1, rejected: 1 });
    expect(report.report.rejections[0]).toMatchObject({ line: 3, column: 'external_id' });
  });

  it('refuses up front a file without the required columns (400 naming them), or that is not CSV', async () => {
    const missing = await upload('external_id,name\nX,Y\n').expect(400);
    expect(missing.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'country',
      'sector',
    ]);
    const binary = await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a])).expect(
      400,
    );
    expect(binary.body.errors[0].field).toBe('file');
    const json = await upload('{"not":"csv"}', 'application/json').expect(400);
    expect(json.body.errors[0].field).toBe('Content-Type');
    await upload('').expect(400);
    const imports = await http().get('/imports').set(as(officer)).expect(200);
    expect(imports.body.every((job: { status: string }) => job.status !== 'queued')).toBe(true);
  });

  it('fails a malformed file cleanly, importing nothing', async () => {
    const report = await finished(
      (
        await upload(
          `${HEADER}\nM-1,Fine,VN,textiles,1,0,\nM-2,"Unclosed,VN,textiles,1,0,\n`,
        ).expect(202)
      ).body.id,
    );
    expect(report.status).toBe('failed');
    expect(report.failure).toMatch(/not valid CSV near line/);
    const none = await http().get('/suppliers?q=Fine').set(as(officer)).expect(200);
    expect(none.body.items).toEqual([]);
  });

  it('keeps imports to the editors of the organisation', async () => {
    const other = await signUp(app, 'import-stranger');
    const accepted = await upload(`${HEADER}\nP-1,Private,VN,textiles,1,0,\n`).expect(202);
    await http().get(`/imports/${accepted.body.id}`).set(as(other)).expect(404);
    await http()
      .post('/imports/agencies-and-more')
      .set(as(officer))
      .set('Content-Type', 'text/csv')
      .send(HEADER)
      .expect(404);
  });
});
