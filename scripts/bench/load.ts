// Closed-loop load: N virtual clients, each with one request in flight at a
// time over a keep-alive connection, for a fixed duration; every request's
// latency is recorded (from sending the request to the last body byte).
import http from 'node:http';

export type Response = { status: number; body: string; setCookie?: string[] };
export type RawResponse = { status: number; bytes: Buffer; setCookie: string[] };

export class HttpTarget {
  private readonly agent: http.Agent;
  constructor(private readonly port: number, connections: number) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  get(path: string, cookie: string | null): Promise<Response> {
    return new Promise((resolve) => {
      const headers: Record<string, string> = { accept: 'application/json', 'accept-language': 'kk' };
      if (cookie) headers.cookie = cookie;
      const request = http.request({ host: '127.0.0.1', port: this.port, path, method: 'GET', agent: this.agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', (error) => resolve({ status: 0, body: String(error) }));
      });
      // A network failure is an error of the run, reported like a non-2xx answer.
      request.on('error', (error) => resolve({ status: 0, body: String(error) }));
      request.end();
    });
  }

  /** A JSON POST (bench:enp's sign-in); the answer's Set-Cookie headers come back with it. */
  post(path: string, body: unknown, headers: Record<string, string>): Promise<Response> {
    const payload = Buffer.from(JSON.stringify(body));
    return new Promise((resolve) => {
      const request = http.request({ host: '127.0.0.1', port: this.port, path, method: 'POST', agent: this.agent, headers: {
        accept: 'application/json', 'accept-language': 'kk', 'content-type': 'application/json', 'content-length': String(payload.length), ...headers,
      } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'),
          setCookie: response.headers['set-cookie'] ?? [] }));
        response.on('error', (error) => resolve({ status: 0, body: String(error) }));
      });
      request.on('error', (error) => resolve({ status: 0, body: String(error) }));
      request.end(payload);
    });
  }

  /**
   * Any method, the answer's raw bytes (the soak downloads a document's content to sign it) and
   * its Set-Cookie headers; no answer within `timeoutMs` is status 0, like a network failure.
   */
  send(method: string, path: string, headers: Record<string, string>, body: Buffer | null, timeoutMs: number): Promise<RawResponse> {
    return new Promise((resolve) => {
      const all: Record<string, string> = { accept: 'application/json', 'accept-language': 'kk', ...headers };
      if (body) all['content-length'] = String(body.length);
      const request = http.request({ host: '127.0.0.1', port: this.port, path, method, agent: this.agent, headers: all }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes: Buffer.concat(chunks), setCookie: response.headers['set-cookie'] ?? [] }));
        response.on('error', (error) => resolve({ status: 0, bytes: Buffer.from(String(error)), setCookie: [] }));
      });
      request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer in ${timeoutMs} ms`)));
      request.on('error', (error) => resolve({ status: 0, bytes: Buffer.from(String(error)), setCookie: [] }));
      request.end(body ?? undefined);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** A POST instead of a GET (JSON body, extra headers such as the CSRF token). */
export type PostBody = { body: unknown; headers: Record<string, string> };

export type PhaseStats = {
  name: string; requests: number; errors: number; seconds: number; rps: number;
  p50Ms: number; p90Ms: number; p99Ms: number; maxMs: number; meanMs: number;
  errorSamples: string[];
};

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

/**
 * Runs `step` in a loop on every client until `seconds` have passed; each
 * step makes one request through `timed`, which records its latency.
 */
export async function runPhase<C>(
  name: string, clients: readonly C[], seconds: number,
  step: (client: C, timed: (path: string, cookie: string | null, post?: PostBody) => Promise<Response>) => Promise<void>,
  target: HttpTarget,
): Promise<PhaseStats> {
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const timed = async (path: string, cookie: string | null, post?: PostBody): Promise<Response> => {
    const t0 = performance.now();
    const response = post ? await target.post(path, post.body, { ...post.headers, ...(cookie ? { cookie } : {}) }) : await target.get(path, cookie);
    latencies.push(performance.now() - t0);
    if (response.status < 200 || response.status >= 300) {
      errors += 1;
      if (errorSamples.length < 5) errorSamples.push(`${response.status} ${path}: ${response.body.slice(0, 200)}`);
    }
    return response;
  };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(clients.map(async (client) => {
    while (performance.now() < deadline) await step(client, timed);
  }));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    name, requests: latencies.length, errors, seconds: elapsed, rps: latencies.length / elapsed,
    p50Ms: percentile(sorted, 50), p90Ms: percentile(sorted, 90), p99Ms: percentile(sorted, 99), maxMs: sorted[sorted.length - 1] ?? Number.NaN,
    meanMs: latencies.length ? sum / latencies.length : Number.NaN, errorSamples,
  };
}
