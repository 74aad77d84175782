/**
 * The public verification page lives at a real path, `/verify/<id>` — the
 * address printed in every signed document's QR code — not behind the hash
 * router, and opens without signing in.
 */
export function verifyIdFromPath(pathname: string): string | null {
  const match = /^\/verify\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1] === undefined) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
