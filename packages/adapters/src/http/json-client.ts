import { z } from 'zod';
import { AdapterError, type AdapterErrorCode } from '../errors';
import type { SystemName } from '../systems';

// The one place where HTTP turns into AdapterError. Every client goes through
// it, so "a 503 from ЕРАП" and "a refused socket to ГБД ФЛ" look the same to
// the outbox worker: a code it can decide to retry on.

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface HttpClientConfig {
  readonly system: SystemName;
  /**
   * Undefined when the system is not configured: every call then fails as `unavailable`.
   * A function when the address is known only later (the server's own origin once it listens).
   */
  readonly baseUrl: string | undefined | (() => string | undefined);
  /** Extra request headers, read on every call (e.g. an integration's bearer token). */
  readonly headers?: () => Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

type Query = Readonly<Record<string, string | number | undefined>>;

export interface JsonRequest<T> {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly query?: Query;
  readonly body?: unknown;
  readonly schema: z.ZodType<T>;
}

export interface BinaryResponse {
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

// Simulators and, by convention, real gateways answer errors as { error: { code, message } }.
const errorBodySchema = z.object({
  error: z.object({ code: z.string().optional(), message: z.string().optional() }),
});

export class JsonHttpClient {
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;

  constructor(private readonly config: HttpClientConfig) {
    this.timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.fetchFn = config.fetch ?? globalThis.fetch;
  }

  async json<T>(request: JsonRequest<T>): Promise<T> {
    const text = await this.exchange(request.method, request.path, request.query, request.body, async (res) => res.text());
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.value);
    } catch (cause) {
      throw this.error('bad_response', 'response is not JSON', { status: text.status }, cause);
    }
    const result = request.schema.safeParse(parsed);
    if (!result.success) {
      throw this.error('bad_response', `response breaks the contract: ${z.prettifyError(result.error)}`, {
        status: text.status,
      });
    }
    return result.data;
  }

  async bytes(path: string, expectedContentType: string): Promise<BinaryResponse> {
    const res = await this.exchange('GET', path, undefined, undefined, async (r) => ({
      bytes: new Uint8Array(await r.arrayBuffer()),
      contentType: r.headers.get('content-type') ?? '',
    }));
    if (!res.value.contentType.startsWith(expectedContentType)) {
      throw this.error('bad_response', `expected ${expectedContentType}, got ${res.value.contentType || 'nothing'}`, {
        status: res.status,
      });
    }
    return res.value;
  }

  private async exchange<R>(
    method: string,
    path: string,
    query: Query | undefined,
    body: unknown,
    read: (res: Response) => Promise<R>,
  ): Promise<{ value: R; status: number }> {
    const baseUrl = typeof this.config.baseUrl === 'function' ? this.config.baseUrl() : this.config.baseUrl;
    if (baseUrl === undefined) {
      throw this.error('unavailable', 'base URL not configured', { reason: 'not_configured' });
    }
    const url = buildUrl(baseUrl, path, query);
    // One deadline for connect, headers and body alike: a system that
    // streams its answer slowly is as stuck as one that never answers.
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const res = await this.fetchFn(url, {
        method,
        signal,
        headers: {
          ...this.config.headers?.(),
          accept: 'application/json, application/pdf;q=0.9',
          ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!res.ok) {
        throw await this.statusError(res);
      }
      return { value: await read(res), status: res.status };
    } catch (cause) {
      if (cause instanceof AdapterError) throw cause;
      if (signal.aborted) {
        throw this.error('timeout', `no answer within ${this.timeoutMs} ms (${method} ${path})`, {}, cause);
      }
      throw this.error('unavailable', `cannot reach ${method} ${path}: ${describe(cause)}`, {}, cause);
    }
  }

  private async statusError(res: Response): Promise<AdapterError> {
    const raw = await res.text().catch(() => '');
    let remoteMessage: string | undefined;
    try {
      const parsed = errorBodySchema.safeParse(JSON.parse(raw));
      remoteMessage = parsed.success ? parsed.data.error.message : undefined;
    } catch {
      remoteMessage = raw.slice(0, 200) || undefined;
    }
    const code = codeForStatus(res.status);
    return this.error(code, `HTTP ${res.status}${remoteMessage ? `: ${remoteMessage}` : ''}`, {
      status: res.status,
      ...(remoteMessage === undefined ? {} : { remoteMessage }),
    });
  }

  private error(code: AdapterErrorCode, message: string, details: Record<string, unknown>, cause?: unknown): AdapterError {
    return new AdapterError(this.config.system, code, message, details, cause === undefined ? undefined : { cause });
  }
}

export function codeForStatus(status: number): AdapterErrorCode {
  if (status === 404 || status === 410) return 'not_found';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 429 || status >= 500) return 'unavailable';
  if (status >= 400) return 'rejected';
  return 'bad_response';
}

function buildUrl(baseUrl: string, path: string, query: Query | undefined): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as Error & { cause?: unknown }).cause;
    const code = inner instanceof Error && 'code' in inner ? String(inner.code) : undefined;
    return code ?? cause.message;
  }
  return String(cause);
}

/** Encodes one path segment (IINs are digits, but ids from other systems may not be). */
export function seg(value: string): string {
  return encodeURIComponent(value);
}
