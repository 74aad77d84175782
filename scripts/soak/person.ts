// One person's browser for the soak: a cookie jar and the double-submit CSRF
// header (as the web app sends it) over the shared keep-alive HttpTarget.
// Every call counts towards the run's HTTP requests; a non-2xx answer, a
// timeout or a broken connection throws SoakError, which the scheduler counts
// as one error of the operation that made the call.
import type { HttpTarget, RawResponse } from '../bench/load';

export const REQUEST_TIMEOUT_MS = 10_000;

export class SoakError extends Error {}

export type Answer = { status: number; bytes: Buffer; text: () => string; json: <T>() => T };

export class Person {
  private readonly cookies = new Map<string, string>();
  /** HTTP requests made by every Person (the soak prints it next to the operations). */
  static requests = 0;

  constructor(private readonly target: HttpTarget, private readonly headers: Record<string, string> = {}) {}

  get(path: string): Promise<Answer> {
    return this.call('GET', path);
  }

  post(path: string, body: unknown = {}): Promise<Answer> {
    return this.call('POST', path, body);
  }

  /** Only once it has the CSRF cookie (GET /api/session sets it) can a person POST. */
  async ensureCsrf(): Promise<void> {
    if (!this.cookies.has('oryndau_csrf')) await this.get('/api/session');
  }

  async call(method: string, path: string, body?: unknown, expected: readonly number[] = []): Promise<Answer> {
    const headers: Record<string, string> = { ...this.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('oryndau_csrf');
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
    let payload: Buffer | null = null;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = Buffer.from(JSON.stringify(body));
    }
    Person.requests += 1;
    const raw = await this.target.send(method, path, headers, payload, REQUEST_TIMEOUT_MS);
    this.keepCookies(raw);
    const ok = (raw.status >= 200 && raw.status < 300) || expected.includes(raw.status);
    // The path without its query: debtor IINs and cursors stay out of the error samples.
    if (!ok) throw new SoakError(`${raw.status} ${method} ${path.split('?')[0]}: ${raw.bytes.toString('utf8').slice(0, 200)}`);
    const text = () => raw.bytes.toString('utf8');
    return { status: raw.status, bytes: raw.bytes, text, json: <T>() => JSON.parse(text()) as T };
  }

  private keepCookies(raw: RawResponse): void {
    for (const line of raw.setCookie) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      const expired = attributes.some((a) => /max-age=0/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a.trim()));
      if (value === '' || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
