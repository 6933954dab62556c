import type { INestApplication } from '@nestjs/common';
import { once } from 'node:events';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { REFERENCE_CSV_LIMIT_BYTES } from '../../apps/api/src/common/body-parsing';
import { Session, signUp } from './harness/personas';
import { startApi } from './harness/services';

/** A CSV of `header` followed by copies of `row` until it is larger than `bytes`. */
const csvLargerThan = (bytes: number, header: string, row: string): Buffer => {
  const copies = Math.ceil((bytes - header.length) / row.length) + 1;
  return Buffer.from(header + row.repeat(copies), 'utf8');
};

/** `data` cut into pieces of `size` bytes, sent as separate chunks. */
const piecesOf = (data: Buffer, size = 1024 * 1024): Buffer[] => {
  const pieces: Buffer[] = [];
  for (let start = 0; start < data.length; start += size)
    pieces.push(data.subarray(start, start + size));
  return pieces;
};

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: any;
}

/**
 * Sends the request with node:http, writing `pieces` one by one (and then ending it, unless `end` is
 * false), and resolves with the response as soon as it has arrived, whether or not the server read
 * all of the body; the client then stops sending. A reset before a response, or no response within
 * `timeoutMs`, rejects.
 */
function rawRequest(
  app: INestApplication,
  method: string,
  path: string,
  headers: Record<string, string>,
  pieces: Buffer[],
  { end = true, timeoutMs = 10_000 } = {},
): Promise<RawResponse> {
  const { port } = app.getHttpServer().address() as AddressInfo;
  return new Promise<RawResponse>((resolve, reject) => {
    let answered = false;
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`No response to ${method} ${path} within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      if (!answered) reject(error);
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        answered = true;
        clearTimeout(timer);
        req.destroy();
        const text = Buffer.concat(chunks).toString('utf8');
        const json = /json/.test(String(res.headers['content-type']));
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          body: json ? JSON.parse(text) : text,
        });
      });
    });
    req.flushHeaders();
    void (async () => {
      for (const piece of pieces) {
        if (answered || req.destroyed) return;
        if (!req.write(piece)) await Promise.race([once(req, 'drain'), once(req, 'close')]);
      }
      if (end && !answered && !req.destroyed) req.end();
    })().catch(() => undefined);
  });
}

/** A chunked body (Transfer-Encoding: chunked, no Content-Length) of several pieces. */
const sendChunked = (
  app: INestApplication,
  method: string,
  path: string,
  headers: Record<string, string>,
  pieces: Buffer[],
) => rawRequest(app, method, path, { ...headers, 'Transfer-Encoding': 'chunked' }, pieces);

/**
 * Announces a body over the limit in Content-Length but sends only its first 64 kB and then waits:
 * the API must refuse on the header alone, without waiting for (or reading) the body.
 */
const announceTooLarge = (
  app: INestApplication,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: Buffer,
) =>
  rawRequest(
    app,
    method,
    path,
    { ...headers, 'Content-Length': String(body.length) },
    [body.subarray(0, 64 * 1024)],
    { end: false, timeoutMs: 5_000 },
  );

describe('text/csv bodies over the limit: a 413 the client receives, nothing stored', () => {
  let app: INestApplication;
  let admin: Session;
  let templateId: string;
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });
  const tipPath = '/risk/reference/tip-tiers?edition=2027&source=Too%20big&licence=Public%20domain';
  const tipCsv = (bytes: number) =>
    csvLargerThan(
      bytes,
      'iso2,country,edition,tier,previous_edition_tier,source\n',
      'GB,United Kingdom,2027,Tier 1,Tier 1,test\n',
    );
  const translationCsv = (bytes: number) =>
    csvLargerThan(bytes, 'key,en,ms\r\n', 'template.title,Size check,Semakan saiz\r\n');
  const tipEditions = async () => {
    const listed = await http().get('/risk/reference').set(as(admin)).expect(200);
    return listed.body.tables.find((t: { table: string }) => t.table === 'tip-tiers')
      .loadedEditions;
  };
  const languages = async () =>
    (await http().get(`/questionnaire-templates/${templateId}`).set(as(admin)).expect(200)).body
      .languages;
  const expectTooLarge = (response: {
    status: number;
    headers: IncomingHttpHeaders;
    body: any;
  }) => {
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 413 });
    expect(response.body.detail).toBe('The file is larger than 5 MB');
  };

  beforeAll(async () => {
    app = await startApi();
    // Listening on a port of its own, so node:http can reach it for the chunked requests.
    await new Promise<void>((resolve) => app.getHttpServer().listen(0, '127.0.0.1', resolve));
    admin = await signUp(app, 'csv-limit-admin');
    templateId = (
      await http()
        .post('/questionnaire-templates')
        .set(as(admin))
        .send({
          definition: {
            key: 'e2e-csv-limit',
            title: 'Size check',
            description: 'A template to import translations into',
            baseLocale: 'en',
            audience: 'supplier',
            sections: [
              {
                id: 'only',
                title: 'Only section',
                questions: [
                  { id: 'only.comment', type: 'text', text: 'Anything to add?', required: false },
                ],
              },
            ],
          },
        })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('POST /risk/reference/:table (a reference-data edition)', () => {
    it('answers 413 problem+json to a body over 5 MB with Content-Length, and loads nothing', async () => {
      // supertest sends a Content-Length with a string body.
      const response = await http()
        .post(tipPath)
        .set(as(admin))
        .set('Content-Type', 'text/csv')
        .send(tipCsv(REFERENCE_CSV_LIMIT_BYTES + 1).toString('utf8'));
      expectTooLarge(response);
      expect(await tipEditions()).toEqual([]);
    });

    it('answers 413 on a Content-Length over 5 MB at once, before the body has been sent', async () => {
      const response = await announceTooLarge(
        app,
        'POST',
        tipPath,
        { ...as(admin), 'Content-Type': 'text/csv' },
        tipCsv(REFERENCE_CSV_LIMIT_BYTES + 1),
      );
      expectTooLarge(response);
      expect(await tipEditions()).toEqual([]);
    });

    it('answers 413 problem+json to a chunked body over 5 MB (no Content-Length), and loads nothing', async () => {
      const response = await sendChunked(
        app,
        'POST',
        tipPath,
        { ...as(admin), 'Content-Type': 'text/csv' },
        piecesOf(tipCsv(REFERENCE_CSV_LIMIT_BYTES + 1)),
      );
      expectTooLarge(response);
      expect(await tipEditions()).toEqual([]);
    });

    it('still reads a small chunked body whole', async () => {
      const response = await sendChunked(
        app,
        'POST',
        tipPath,
        { ...as(admin), 'Content-Type': 'text/csv' },
        piecesOf(
          Buffer.from(
            'iso2,country,edition,tier,previous_edition_tier,source\nGB,United Kingdom,2027,Tier 1,Tier 1,test\n',
          ),
          10,
        ),
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ table: 'tip-tiers', edition: '2027', rows: 1 });
      expect(await tipEditions()).toHaveLength(1);
    });
  });

  describe('PUT /questionnaire-templates/:id/translations/:locale (a translation file)', () => {
    const path = () => `/questionnaire-templates/${templateId}/translations/ms`;

    it('answers 413 problem+json to a body over 5 MB with Content-Length, and imports nothing', async () => {
      const response = await http()
        .put(path())
        .set(as(admin))
        .set('Content-Type', 'text/csv')
        .send(translationCsv(REFERENCE_CSV_LIMIT_BYTES + 1).toString('utf8'));
      expectTooLarge(response);
      expect(await languages()).toEqual([{ locale: 'en', missing: 0 }]);
    });

    it('answers 413 on a Content-Length over 5 MB at once, before the body has been sent', async () => {
      const response = await announceTooLarge(
        app,
        'PUT',
        path(),
        { ...as(admin), 'Content-Type': 'text/csv' },
        translationCsv(REFERENCE_CSV_LIMIT_BYTES + 1),
      );
      expectTooLarge(response);
      expect(await languages()).toEqual([{ locale: 'en', missing: 0 }]);
    });

    it('answers 413 problem+json to a chunked body over 5 MB (no Content-Length), and imports nothing', async () => {
      const response = await sendChunked(
        app,
        'PUT',
        path(),
        { ...as(admin), 'Content-Type': 'text/csv' },
        piecesOf(translationCsv(REFERENCE_CSV_LIMIT_BYTES + 1)),
      );
      expectTooLarge(response);
      expect(await languages()).toEqual([{ locale: 'en', missing: 0 }]);
    });

    it('keeps the 400 naming Content-Type for another type', async () => {
      const response = await http()
        .put(path())
        .set(as(admin))
        .set('Content-Type', 'text/plain')
        .send('key,en,ms\r\n')
        .expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'Content-Type', message: 'must be text/csv' }),
      ]);
    });
  });
});
