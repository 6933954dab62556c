import { Agent, request as httpRequest } from 'node:http';
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

/** One POST over a kept-alive connection: its status and body. */
function post(
  agent: Agent,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sending = httpRequest(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        response.on('error', reject);
      },
    );
    sending.on('error', reject);
    sending.end(body);
  });
}

async function sendAll(job: LoadJob): Promise<LoadOutcome> {
  // node:http rather than fetch: fetch's web streams cost more CPU than the API's own work.
  const agent = new Agent({ keepAlive: true, maxSockets: job.inFlight });
  let next = 0;
  const outcome: LoadOutcome = { refused: 0, examples: [] };
  await Promise.all(
    Array.from({ length: job.inFlight }, async () => {
      while (next < job.requests.length) {
        const request = job.requests[next++];
        const response = await post(agent, request.url, job.headers, request.body);
        if (response.status === job.expectedStatus) continue;
        outcome.refused++;
        if (outcome.examples.length < 3)
          outcome.examples.push(`${response.status} ${response.text}`);
      }
    }),
  );
  agent.destroy();
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
