// The one place the app talks HTTP. Every request carries the language on
// screen (`Accept-Language`); every state-changing request carries the CSRF
// double-submit token (`x-csrf-token`), see docs/api.md "Conventions".

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export type HttpClientOptions = {
  fetch: typeof fetch;
  /** The language currently on screen, 'kk' or 'ru'. */
  language: () => string;
  /** Catalog lookup for the client's own messages (network failure etc.). */
  translate: Translate;
  /** The readable `oryndau_csrf` cookie, if any. */
  csrfCookie: () => string | null;
  /** Called when a signed-in request is answered 401 (session expired). */
  onUnauthorized?: () => void;
};

export type QueryValue = string | number | null | undefined;

export type RequestOptions = {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** multipart/form-data (uploads, ISSUE-14 item 4): the browser writes the boundary; `body` is not sent then. */
  form?: FormData;
  /** A 401 here is an expected answer (sign-in), not an expired session. */
  expectUnauthorized?: boolean;
};

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type HttpClient = ReturnType<typeof createHttpClient>;

export function createHttpClient(options: HttpClientOptions) {
  let csrfToken: string | null = null;

  async function request<T>(method: HttpMethod, path: string, req: RequestOptions = {}, retried = false): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.language() };
    const stateChanging = method !== 'GET';
    if (stateChanging) {
      // The cookie is the freshest copy (the server may rotate it at sign-in).
      const token = options.csrfCookie() ?? csrfToken;
      if (token !== null && token !== '') headers['x-csrf-token'] = token;
    }
    if (req.body !== undefined && req.form === undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await options.fetch(withQuery(path, req.query), {
        method,
        headers,
        credentials: 'same-origin',
        ...(req.form !== undefined ? { body: req.form } : req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
      });
    } catch {
      throw new ApiError(0, 'network', options.translate('error.network'));
    }
    const payload = await readJson(response);
    if (response.ok) {
      if (payload === undefined) throw new ApiError(response.status, 'http', options.translate('error.unexpected', { status: response.status }));
      return payload as T;
    }
    const error = toApiError(response.status, payload, options.translate);
    if (stateChanging && error.code === 'auth.csrf' && !retried) {
      // A stale token (e.g. another tab signed in again): fetch a fresh one, retry once.
      await refreshCsrfToken();
      return request<T>(method, path, req, true);
    }
    if (response.status === 401 && req.expectUnauthorized !== true) options.onUnauthorized?.();
    throw error;
  }

  /** GET of raw bytes (a document to sign); errors arrive as JSON like everywhere else. */
  async function getBytes(path: string): Promise<{ bytes: Uint8Array; contentType: string }> {
    let response: Response;
    try {
      response = await options.fetch(path, {
        method: 'GET',
        headers: { 'Accept-Language': options.language() },
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError(0, 'network', options.translate('error.network'));
    }
    if (!response.ok) {
      const error = toApiError(response.status, await readJson(response), options.translate);
      if (response.status === 401) options.onUnauthorized?.();
      throw error;
    }
    return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' };
  }

  async function refreshCsrfToken(): Promise<void> {
    const session = await request<{ csrfToken?: unknown }>('GET', '/api/session');
    if (typeof session.csrfToken === 'string') csrfToken = session.csrfToken;
  }

  return {
    request,
    get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>('GET', path, query === undefined ? {} : { query }),
    post: <T>(path: string, body?: unknown, extra: Omit<RequestOptions, 'body'> = {}) => request<T>('POST', path, { ...extra, body }),
    put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
    /** A multipart upload: fields first, then the file (the server reads the parts in order). */
    postForm: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
    getBytes,
    setCsrfToken(token: string | null): void {
      csrfToken = token;
    },
  };
}

export function withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  if (query === undefined) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

async function readJson(response: Response): Promise<unknown> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(status: number, payload: unknown, translate: Translate): ApiError {
  if (typeof payload === 'object' && payload !== null) {
    const { code, message, details } = payload as Record<string, unknown>;
    if (typeof code === 'string' && typeof message === 'string' && message !== '') {
      const extra = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : undefined;
      return new ApiError(status, code, message, extra);
    }
  }
  if (status === 429) return new ApiError(status, 'rate_limited', translate('error.rateLimited'));
  return new ApiError(status, 'http', translate('error.unexpected', { status }));
}

/** Reads one cookie from a `document.cookie` string. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return null;
}
