import type { NcaCertificate } from '../certificates/parse-certificate';
import { EsignError, EsignErrorCode } from '../errors';
import { checkOcspResponse, type OcspVerdict } from './check-response';
import type { OcspHash } from './oids';
import { buildOcspRequest } from './request';

/**
 * Sends a DER OCSP request to a responder and returns the DER answer. An
 * injected function, so the library stays free of Node-only code: the
 * server passes one built on fetch, tests a local one.
 */
export type OcspTransport = (url: string, request: Uint8Array) => Promise<Uint8Array>;

/** RFC 6960 Appendix A.1 over HTTP POST, with `fetch` (Node 20 and browsers). */
export function httpOcspTransport(options: { timeoutMs?: number; fetch?: typeof globalThis.fetch; maxBytes?: number } = {}): OcspTransport {
  const doFetch = options.fetch ?? globalThis.fetch;
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  return async (url, request) => {
    if (!/^https?:\/\//i.test(url)) throw new EsignError(EsignErrorCode.invalidArgument, `OCSP: responder URL must be http(s): ${url}`);
    const response = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/ocsp-request', accept: 'application/ocsp-response' },
      body: new Uint8Array(request),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    if (!response.ok) throw new EsignError(EsignErrorCode.malformed, `OCSP: responder answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!type.toLowerCase().startsWith('application/ocsp-response')) {
      throw new EsignError(EsignErrorCode.malformed, `OCSP: responder answered "${type}", not application/ocsp-response`);
    }
    const body = new Uint8Array(await response.arrayBuffer());
    if (body.length > maxBytes) throw new EsignError(EsignErrorCode.malformed, 'OCSP: answer too large');
    return body;
  };
}

export type OcspQuery = {
  cert: NcaCertificate;
  issuer: NcaCertificate;
  url: string;
  transport: OcspTransport;
  at: Date;
  hash?: OcspHash;
  /** Send a nonce and require it back (default true). */
  nonce?: boolean;
  maxAgeMs?: number;
};

/** Asks a responder about one certificate and checks the answer; a transport failure is an "invalid" verdict, not a throw. */
export async function queryOcsp(query: OcspQuery): Promise<{ verdict: OcspVerdict; der: Uint8Array | null }> {
  const request = await buildOcspRequest(query.cert, query.issuer, { hash: query.hash ?? 'SHA-1', nonceLength: query.nonce === false ? 0 : 16 });
  let der: Uint8Array;
  try {
    der = await query.transport(query.url, request.der);
  } catch (error) {
    return { verdict: { status: 'invalid', detail: `OCSP: ${query.url}: ${(error as Error).message}`, response: null }, der: null };
  }
  const verdict = await checkOcspResponse(der, query.cert, query.issuer, {
    at: query.at, expectedNonce: request.nonce, ...(query.maxAgeMs === undefined ? {} : { maxAgeMs: query.maxAgeMs }),
  });
  return { verdict, der };
}
