// FILE-3: where the registration page lives (before sign-in, outside the
// signed-in routes) and the e-mail check the form makes before the server's.

/** `#/register` (with or without a trailing slash or a query) opens the registration page. */
export const REGISTRATION_HREF = '#/register';

export function isRegistrationHash(hash: string): boolean {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path.replace(/\/+$/, '') === '/register';
}

/** A plausible address: one @, a dot in the domain, no spaces (the server checks it again). */
export function isEmailAddress(value: string): boolean {
  const text = value.trim();
  return text.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text);
}
