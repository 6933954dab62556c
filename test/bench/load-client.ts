import { once } from 'node:events';
import { connect } from 'node:net';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** One POST the load client sends: where, and its JSON body. */
export interface LoadRequest {
  url: string;
  body: string;
}

interface LoadJob {
  requests: LoadRequest[];
  headers: Record<string, string>;
  inFlight: number;
  expectedStatus: number;
}

/** What came back: the first few refusals (status and body), and how many there were. */
export interface LoadOutcome {
  refused: number;
  examples: string[];
}

/** A response read off the wire: its status and body. */
interface RawResponse {
  status: number;
  text: string;
}

/**
 * Reads HTTP/1.1 responses off one socket, in order. The API sends every body with a
 * Content-Length (Express's res.json and the problem+json filter), so that is all it reads; a
 * chunked response fails the run rather than being misread.
 */
class ResponseReader {
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((response: RawResponse) => void) | undefined;

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    this.deliver();
  }

  next(): Promise<RawResponse> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.deliver();
    });
  }

  private deliver(): void {
    if (!this.waiting) return;
    const response = this.take();
    if (!response) return;
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve(response);
  }

  /** One complete response from the front of the buffer, or undefined until it has arrived. */
  private take(): RawResponse | undefined {
    const headEnd = this.buffer.indexOf('\r\n\r\n');
    if (headEnd < 0) return undefined;
    const head = this.buffer.toString('latin1', 0, headEnd);
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    const bodyStart = headEnd + 4;
    if (length) {
      const bodyEnd = bodyStart + Number(length[1]);
      if (this.buffer.length < bodyEnd) return undefined;
      const text = this.buffer.toString('utf8', bodyStart, bodyEnd);
      this.buffer = this.buffer.subarray(bodyEnd);
      return { status, text };
    }
    if (/\r\ntransfer-encoding:\s*chunked/i.test(head))
      throw new Error(
        `a chunked response (status ${status}): the load client reads Content-Length only`,
      );
    this.buffer = this.buffer.subarray(bodyStart);
    return { status, text: '' };
  }
}

/** One kept-alive connection sending pre-built requests one after another. */
async function openConnection(url: URL): Promise<{
  send: (request: Buffer) => Promise<RawResponse>;
  close: () => void;
}> {
  const socket = connect(Number(url.port), url.hostname);
  socket.setNoDelay(true);
  await once(socket, 'connect');
  const reader = new ResponseReader();
  let failure: Error | undefined;
  socket.on('data', (chunk: Buffer) => reader.push(chunk));
  socket.on('error', (error) => (failure = error));
  const closed = once(socket, 'close').then(() => {
    throw failure ?? new Error('the API closed the connection');
  });
  closed.catch(() => undefined);
  return {
    send: (request) => {
      socket.write(request);
      return Promise.race([reader.next(), closed]);
    },
    close: () => socket.destroy(),
  };
}

/** The bytes of one POST, built before the clock starts. */
function encode(url: URL, headers: Record<string, string>, body: string): Buffer {
  const payload = Buffer.from(body);
  const lines = [
    `POST ${url.pathname}${url.search} HTTP/1.1`,
    `host: ${url.host}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    `content-length: ${payload.length}`,
  ];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), payload]);
}

async function sendAll(job: LoadJob): Promise<LoadOutcome> {
  // Plain sockets and pre-built requests rather than node:http or fetch: the clients stand in
  // for browsers on other machines, so the less CPU they take from the server's cores the better
  // the figure measures the server (node:http took a sixth of a core at 400 requests/s).
  const encoded = job.requests.map((request) =>
    encode(new URL(request.url), job.headers, request.body),
  );
  const target = new URL(job.requests[0]?.url ?? 'http://127.0.0.1');
  let next = 0;
  const outcome: LoadOutcome = { refused: 0, examples: [] };
  await Promise.all(
    Array.from({ length: Math.min(job.inFlight, encoded.length) }, async () => {
      const connection = await openConnection(target);
      try {
        while (next < encoded.length) {
          const response = await connection.send(encoded[next++]);
          if (response.status === job.expectedStatus) continue;
          outcome.refused++;
          if (outcome.examples.length < 3)
            outcome.examples.push(`${response.status} ${response.text}`);
        }
      } finally {
        connection.close();
      }
    }),
  );
  return outcome;
}

/**
 * Posts the requests, `inFlight` at a time, from a thread of its own: the clients are not the
 * server under test, so they must not take turns with it on the API's event loop (in-process
 * they took about a third of it). Resolves once every response has been read.
 */
export function postConcurrently(job: LoadJob): Promise<LoadOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load client exited with ${code}`));
    });
  });
}

if (!isMainThread && parentPort)
  void sendAll(workerData as LoadJob).then((outcome) => parentPort!.postMessage(outcome));
