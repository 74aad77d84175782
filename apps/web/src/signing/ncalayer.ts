import type { UiLanguage } from '../i18n/ui-language.ts';
import { bytesToBase64 } from './base64.ts';
import type { KeyPurpose } from './key-owner.ts';

// NCALayer — the NCA's signing app on the user's desktop (spec/ESIGN.md
// "NCALayer"). It listens on a local WebSocket; the page sends one `sign`
// request and NCALayer asks the user for the key (KazToken, ID card or key
// file) and PIN in its own window. The key never touches the page.

export const defaultNcaLayerUrl = 'wss://127.0.0.1:13579';

declare global {
  interface Window {
    /** Tests (and a developer's console) point the page at a stand-in NCALayer. */
    __ORYNDAU_NCALAYER_URL__?: string;
  }
}

const storageKey = 'oryndau.ncalayerUrl';
const isWebSocketUrl = (value: unknown): value is string => typeof value === 'string' && /^wss?:\/\/[^\s]+$/.test(value);

/** The NCALayer address: a page-level override, else a saved setting, else the standard one. */
export function ncaLayerUrl(): string {
  if (typeof window !== 'undefined' && isWebSocketUrl(window.__ORYNDAU_NCALAYER_URL__)) return window.__ORYNDAU_NCALAYER_URL__;
  try {
    const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
    if (isWebSocketUrl(saved)) return saved;
  } catch {
    // Storage disabled: the standard address.
  }
  return defaultNcaLayerUrl;
}

export type NcaLayerErrorKind = 'unavailable' | 'cancelled' | 'failed';

export class NcaLayerError extends Error {
  constructor(readonly kind: NcaLayerErrorKind, message: string = kind) {
    super(message);
    this.name = 'NcaLayerError';
  }
}

export type NcaLayerSignRequest = {
  data: Uint8Array;
  purpose: KeyPurpose;
  /** Attached (the data inside the CMS) or detached. */
  attached: boolean;
  locale: UiLanguage;
};

/** Extended key usage NCALayer filters keys by: e-mail protection = signing, client auth = sign-in. */
const purposeEku: Record<KeyPurpose, string> = { sign: '1.3.6.1.5.5.7.3.4', auth: '1.3.6.1.5.5.7.3.2' };

export function ncaLayerSignMessage(request: NcaLayerSignRequest) {
  return {
    module: 'kz.gov.pki.knca.basics',
    method: 'sign',
    args: {
      allowedStorages: ['AKKaztokenStore', 'AKKZIDCardStore', 'PKCS12'],
      format: 'cms',
      data: bytesToBase64(request.data),
      signingParams: { decode: true, encapsulate: request.attached, digested: false, tsaProfile: null },
      signerParams: { extKeyUsageOids: [purposeEku[request.purpose]] },
      locale: request.locale,
    },
  };
}

export type NcaLayerAnswer =
  | { kind: 'hello' }
  | { kind: 'signed'; cms: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** Reads one message from NCALayer. */
export function readNcaLayerAnswer(raw: unknown): NcaLayerAnswer {
  let message: unknown = raw;
  if (typeof raw === 'string') {
    try {
      message = JSON.parse(raw) as unknown;
    } catch {
      return { kind: 'failed', message: raw.slice(0, 200) };
    }
  }
  if (typeof message !== 'object' || message === null) return { kind: 'failed', message: String(raw) };
  const m = message as Record<string, unknown>;
  // NCALayer greets a new connection with its version: `{ result: { version } }`.
  if (m['status'] === undefined && typeof m['result'] === 'object' && m['result'] !== null && 'version' in m['result']) {
    return { kind: 'hello' };
  }
  if (m['status'] !== true) {
    const text = [m['code'], m['message'] ?? m['details']].filter((v) => v !== undefined && v !== null).join(': ');
    return { kind: 'failed', message: text || 'NCALayer' };
  }
  const body = m['body'];
  // An empty body is how NCALayer says the user closed its window.
  if (typeof body !== 'object' || body === null || !('result' in body)) return { kind: 'cancelled' };
  const result: unknown = (body as { result: unknown }).result;
  const first: unknown = Array.isArray(result) ? result[0] : result;
  if (typeof first !== 'string' || first.trim() === '') return { kind: 'cancelled' };
  return { kind: 'signed', cms: first.replace(/\s+/g, '') };
}

type SocketFactory = (url: string) => WebSocket;

export type NcaLayerOptions = {
  url?: string;
  /** How long to wait for NCALayer to answer the connection. */
  connectTimeoutMs?: number;
  /** How long the user may take in NCALayer's window. */
  answerTimeoutMs?: number;
  socket?: SocketFactory;
  signal?: AbortSignal;
};

/** Signs through NCALayer; resolves with the base64 CMS. Rejects with NcaLayerError. */
export function signWithNcaLayer(request: NcaLayerSignRequest, options: NcaLayerOptions = {}): Promise<string> {
  const url = options.url ?? ncaLayerUrl();
  const connectTimeout = options.connectTimeoutMs ?? 5_000;
  const answerTimeout = options.answerTimeoutMs ?? 10 * 60_000;
  return new Promise<string>((resolve, reject) => {
    let socket: WebSocket;
    try {
      socket = (options.socket ?? ((u) => new WebSocket(u)))(url);
    } catch {
      reject(new NcaLayerError('unavailable'));
      return;
    }
    let opened = false;
    let settled = false;
    let timer = setTimeout(() => finish(new NcaLayerError('unavailable')), connectTimeout);
    const finish = (outcome: string | NcaLayerError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      try {
        socket.close();
      } catch {
        // Already closed.
      }
      if (typeof outcome === 'string') resolve(outcome);
      else reject(outcome);
    };
    const onAbort = () => finish(new NcaLayerError('cancelled'));
    options.signal?.addEventListener('abort', onAbort);
    socket.onopen = () => {
      opened = true;
      clearTimeout(timer);
      timer = setTimeout(() => finish(new NcaLayerError('failed', 'timeout')), answerTimeout);
      socket.send(JSON.stringify(ncaLayerSignMessage(request)));
    };
    socket.onmessage = (event: MessageEvent) => {
      const answer = readNcaLayerAnswer(event.data);
      switch (answer.kind) {
        case 'hello':
          return;
        case 'signed':
          return finish(answer.cms);
        case 'cancelled':
          return finish(new NcaLayerError('cancelled'));
        case 'failed':
          return finish(new NcaLayerError('failed', answer.message));
      }
    };
    socket.onerror = () => finish(new NcaLayerError(opened ? 'failed' : 'unavailable'));
    socket.onclose = () => finish(new NcaLayerError(opened ? 'failed' : 'unavailable'));
  });
}

/** Whether NCALayer answers at all (the dialog shows the install hint when not). */
export function probeNcaLayer(options: Pick<NcaLayerOptions, 'url' | 'socket' | 'connectTimeoutMs'> = {}): Promise<boolean> {
  const url = options.url ?? ncaLayerUrl();
  return new Promise<boolean>((resolve) => {
    let socket: WebSocket;
    try {
      socket = (options.socket ?? ((u) => new WebSocket(u)))(url);
    } catch {
      resolve(false);
      return;
    }
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.onopen = null;
      socket.onerror = null;
      socket.onclose = null;
      try {
        socket.close();
      } catch {
        // Already closed.
      }
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), options.connectTimeoutMs ?? 3_000);
    socket.onopen = () => done(true);
    socket.onerror = () => done(false);
    socket.onclose = () => done(false);
  });
}
