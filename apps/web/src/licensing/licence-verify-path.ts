// Issue 17 (LIC-8): read by app.tsx before anything loads, so it stays out of the page's lazy chunk.
/** The licence number of /verify/licence/<number>, the address printed in the licence PDF's QR code; null on any other path. */
export function licenceNumberFromPath(pathname: string): string | null {
  const match = /^\/verify\/licence\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1] === undefined) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** LIC-2: the payment gateway sends the applicant back to /cabinet/licensing/<id> (the server's return address); the id, or null. */
export function licensingReturnId(pathname: string): string | null {
  return /^\/cabinet\/licensing\/([0-9a-fA-F-]+)\/?$/.exec(pathname)?.[1] ?? null;
}
