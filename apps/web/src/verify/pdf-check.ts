import type { PublicFileCheck, SignerDescription } from '@oryndau/contracts';
import { readCookie } from '../api/http-client.ts';
import { currentLanguage } from '../i18n/i18n.ts';

export type { PublicFileCheck, SignerDescription };
/** The server's limit (contracts FILE_CHECK_MAX_BYTES; types only are imported here, to keep zod out of the bundle). */
export const FILE_CHECK_MAX_BYTES = 20 * 1024 * 1024;

/** Whether the bytes begin like a PDF (the header may follow up to 1 KB of junk). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

export type PdfCheckAnswer = { ok: true; check: PublicFileCheck } | { ok: false; message: string };

/**
 * Issue 13 item 2: sends a PDF to POST /api/verify/file, which takes out the
 * signed original and .p7s it carries, verifies them and compares the pages
 * with their rendering. The body is the file itself (not JSON), so this
 * posts with fetch directly; the CSRF double-submit header as everywhere.
 */
export async function checkPdf(bytes: Uint8Array, networkError: string): Promise<PdfCheckAnswer> {
  const send = async () => {
    const token = typeof document === 'undefined' ? null : readCookie(document.cookie, 'oryndau_csrf');
    return fetch('/api/verify/file', {
      method: 'POST', credentials: 'same-origin', body: new Blob([bytes as BlobPart], { type: 'application/pdf' }),
      headers: { 'Content-Type': 'application/pdf', Accept: 'application/json', 'Accept-Language': currentLanguage(),
        ...(token ? { 'x-csrf-token': token } : {}) },
    });
  };
  try {
    let response = await send();
    if (response.status === 403) {
      // No CSRF cookie yet (a fresh visitor): the session call sets one.
      await fetch('/api/session', { credentials: 'same-origin' });
      response = await send();
    }
    const payload = await response.json().catch(() => null) as unknown;
    if (response.ok && payload) return { ok: true, check: payload as PublicFileCheck };
    const message = (payload as { message?: unknown } | null)?.message;
    return { ok: false, message: typeof message === 'string' ? message : networkError };
  } catch {
    return { ok: false, message: networkError };
  }
}
