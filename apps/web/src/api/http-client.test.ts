import { describe, expect, it } from 'vitest';
import { ApiError, createHttpClient, readCookie, withQuery } from './http-client.ts';

type Call = { url: string; init: RequestInit };

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

function setup(responses: Array<Response | Error>, cookie: string | null = null) {
  const calls: Call[] = [];
  let unauthorized = 0;
  const client = createHttpClient({
    fetch: async (input, init) => {
      calls.push({ url: String(input), init: init ?? {} });
      const next = responses.shift();
      if (next === undefined) throw new Error('no response queued');
      if (next instanceof Error) throw next;
      return next;
    },
    language: () => 'ru',
    translate: (key, options) => `${key}${options === undefined ? '' : JSON.stringify(options)}`,
    csrfCookie: () => cookie,
    onUnauthorized: () => {
      unauthorized += 1;
    },
  });
  const header = (i: number, name: string) => (calls[i]?.init.headers as Record<string, string>)[name];
  return { client, calls, header, unauthorizedCount: () => unauthorized };
}

describe('X-1: HTTP client sends the screen language and the CSRF token', () => {
  it('sends Accept-Language on every request and no CSRF header on GET', async () => {
    const { client, header } = setup([json(200, { queues: [] })], 'tok');
    await client.get('/api/home');
    expect(header(0, 'Accept-Language')).toBe('ru');
    expect(header(0, 'x-csrf-token')).toBeUndefined();
  });

  it('sends x-csrf-token from the cookie on non-GET, else the session token', async () => {
    const withCookie = setup([json(200, { ok: true })], 'from-cookie');
    withCookie.client.setCsrfToken('from-session');
    await withCookie.client.post('/api/auth/logout');
    expect(withCookie.header(0, 'x-csrf-token')).toBe('from-cookie');
    expect(withCookie.header(0, 'Content-Type')).toBeUndefined();

    const noCookie = setup([json(200, { user: {} })]);
    noCookie.client.setCsrfToken('from-session');
    await noCookie.client.put('/api/me/locale', { locale: 'kk' });
    expect(noCookie.header(0, 'x-csrf-token')).toBe('from-session');
    expect(noCookie.calls[0]?.init.body).toBe('{"locale":"kk"}');
  });

  it('refreshes the token once and retries when the server answers auth.csrf', async () => {
    const { client, calls, header } = setup([
      json(403, { code: 'auth.csrf', message: 'CSRF' }),
      json(200, { csrfToken: 'fresh', devMode: false, user: null }),
      json(200, { ok: true }),
    ]);
    client.setCsrfToken('stale');
    await expect(client.post('/api/auth/logout')).resolves.toEqual({ ok: true });
    expect(calls.map((c) => c.url)).toEqual(['/api/auth/logout', '/api/session', '/api/auth/logout']);
    expect(header(2, 'x-csrf-token')).toBe('fresh');
  });

  it('turns {code, message} answers into ApiError with the server text', async () => {
    const { client, unauthorizedCount } = setup([
      json(401, { code: 'auth.invalid_credentials', message: 'Неверный ИИН или пароль' }),
      json(423, { code: 'auth.locked', message: 'Заблокировано', details: { until: '2026-01-01T00:00:00Z' } }),
    ]);
    const first = await client.post('/api/auth/login', {}, { expectUnauthorized: true }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(ApiError);
    expect(first).toMatchObject({ status: 401, code: 'auth.invalid_credentials', message: 'Неверный ИИН или пароль' });
    const second = await client.post('/api/auth/login', {}).catch((e: unknown) => e);
    expect(second).toMatchObject({ status: 423, code: 'auth.locked', details: { until: '2026-01-01T00:00:00Z' } });
    expect(unauthorizedCount()).toBe(0);
  });

  it('reports an expired session (401 outside sign-in)', async () => {
    const { client, unauthorizedCount } = setup([json(401, { code: 'auth.required', message: 'Войдите' })]);
    await expect(client.get('/api/home')).rejects.toMatchObject({ code: 'auth.required' });
    expect(unauthorizedCount()).toBe(1);
  });

  it('uses catalog texts for network failures and answers without {code, message}', async () => {
    const { client } = setup([
      new TypeError('Failed to fetch'),
      new Response('Bad gateway', { status: 502 }),
      json(429, { statusCode: 429, error: 'Too Many Requests' }),
    ]);
    await expect(client.get('/api/home')).rejects.toMatchObject({ code: 'network', message: 'error.network' });
    await expect(client.get('/api/home')).rejects.toMatchObject({ code: 'http', message: 'error.unexpected{"status":502}' });
    await expect(client.get('/api/home')).rejects.toMatchObject({ code: 'rate_limited', message: 'error.rateLimited' });
  });
});

describe('http helpers', () => {
  it('builds query strings without empty values', () => {
    expect(withQuery('/api/journal', { action: 'auth.login', actor: '', before: 10, to: undefined }))
      .toBe('/api/journal?action=auth.login&before=10');
    expect(withQuery('/api/journal', {})).toBe('/api/journal');
  });

  it('reads a cookie by name', () => {
    expect(readCookie('a=1; oryndau_csrf=abc%3D; b=2', 'oryndau_csrf')).toBe('abc=');
    expect(readCookie('a=1', 'oryndau_csrf')).toBeNull();
  });
});

describe('raw bytes (documents to sign)', () => {
  it('returns the exact bytes and their type, and JSON errors as ApiError', async () => {
    const { client, header } = setup([
      new Response(new Uint8Array([1, 2, 250]), { status: 200, headers: { 'content-type': 'application/pdf' } }),
      json(404, { code: 'not_found', message: 'Не найдено' }),
    ]);
    const got = await client.getBytes('/api/documents/x/content');
    expect([...got.bytes]).toEqual([1, 2, 250]);
    expect(got.contentType).toBe('application/pdf');
    expect(header(0, 'Accept-Language')).toBe('ru');
    await expect(client.getBytes('/api/documents/y/content')).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });
});
