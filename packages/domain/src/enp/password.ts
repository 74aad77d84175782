// ENP-1: the access password printed on the card. The domain gets its
// random bytes from the caller (no randomness here), so the choice is
// testable; the server passes crypto.randomBytes(ENP_PASSWORD_RANDOM_BYTES).

/**
 * Characters a person copies from paper without doubt: no 0/O, 1/l/I, and
 * none of the other pairs that print alike (5/S, 2/Z, 8/B, u/v, rn/m …).
 * 48 characters; upper case letters, lower case letters and digits.
 */
export const ENP_PASSWORD_ALPHABET = 'ACDEFGHJKLMNPQRTUVWXYabcdefghijkmnpqrstwxyz34679';

/** 10 characters of a 48-character alphabet: log2(48^10) ≈ 55.8 bits (≥ 50). */
export const ENP_PASSWORD_LENGTH = 10;

/**
 * Bytes to draw: each character takes one byte below the largest multiple of
 * the alphabet's size (rejection sampling keeps every character equally
 * likely); 3× the length makes running out practically impossible
 * (a byte is rejected with probability 16/256).
 */
export const ENP_PASSWORD_RANDOM_BYTES = ENP_PASSWORD_LENGTH * 3;

/** The entropy of a generated password, in bits. */
export const ENP_PASSWORD_BITS = ENP_PASSWORD_LENGTH * Math.log2(ENP_PASSWORD_ALPHABET.length);

/**
 * A password from random bytes, or null when the bytes ran out before the
 * password was complete (the caller draws again).
 */
export function enpPasswordFromBytes(bytes: Uint8Array): string | null {
  const size = ENP_PASSWORD_ALPHABET.length;
  const limit = 256 - (256 % size);
  let password = '';
  for (const byte of bytes) {
    if (byte >= limit) continue;
    password += ENP_PASSWORD_ALPHABET[byte % size];
    if (password.length === ENP_PASSWORD_LENGTH) return password;
  }
  return null;
}

/**
 * What a person typed, as the password was printed: spaces and dashes a
 * person may add while copying are dropped; nothing else is changed (the
 * alphabet has no look-alikes to fold).
 */
export function normaliseEnpPassword(typed: string): string {
  return typed.replace(/[\s-]+/g, '');
}
