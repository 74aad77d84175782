/**
 * SIMP-2, SIMP-3: the SMS link is a real path, `/s/<token>`, opened on a
 * phone without signing in. Anything under /s/ is the debtor's page — a
 * garbled token then gets the page's own "link not valid" answer instead of
 * the sign-in form.
 */
export function debtorTokenFromPath(pathname: string): string | null {
  const match = /^\/s\/([^/]*)\/?$/.exec(pathname);
  if (match === null) return null;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    return '';
  }
}

/** The link token is base64url; anything else cannot be one and is not sent to the server. */
export function isPlausibleToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{10,128}$/.test(token);
}

/** The payment gateway sends the payer back to `/s/<token>?payment=return`. */
export function isPaymentReturn(search: string): boolean {
  return new URLSearchParams(search).get('payment') === 'return';
}
