/** The id of the open /verify page: no document of its own, only the PDF check. */
export const OPEN_VERIFY = '';

/**
 * The public verification page lives at a real path, `/verify/<id>` — the
 * address printed in every signed document's QR code — not behind the hash
 * router, and opens without signing in.
 */
export function verifyIdFromPath(pathname: string): string | null {
  // Issue 13 item 2: the open page, without a document, where anyone drops a PDF the system issued.
  if (/^\/verify\/?$/.test(pathname)) return OPEN_VERIFY;
  const match = /^\/verify\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1] === undefined) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
