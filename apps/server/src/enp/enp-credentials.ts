import { createHash, createHmac, randomBytes } from 'node:crypto';
import { DomainError, ErrorCode, enp } from '@oryndau/domain';
import type { Secret } from '../secret';

// ENP-1, ENP-3: how an ЭНП password is kept and found.
//
// The participant signs in with IIN + password only; the server must find
// the ONE access they mean and pay exactly ONE slow hash for it, whatever
// the IIN (a bench compares sign-ins per second with the raw scrypt rate,
// and an attacker must not learn from timing whether an IIN has accesses).
// So each access row keeps, besides the scrypt hash of the password,
//
//     lookup_key = HMAC-SHA256(ENP_LOOKUP_SECRET, iin ‖ 0x00 ‖ password)
//
// indexed. Sign-in computes the key (microseconds), fetches the single
// live row with it, and verifies the password against that row's scrypt
// hash; when no row matches it verifies against a dummy hash of the same
// cost and answers the same 401. The key is useless without the server's
// secret (kept out of the database, like a pepper): a stolen table still
// needs scrypt per guess per row. Several accesses of one IIN (several
// cases) have different passwords and so different keys: the password
// chooses the case.

/** The keyed lookup key of an IIN and password (hex). */
export function enpLookupKey(secret: Secret, iin: string, password: string): string {
  return createHmac('sha256', secret.reveal()).update(`${iin}\u0000${password.normalize('NFC')}`).digest('hex');
}

/** The configured key, or a 503 that says the portal is not set up (production without ENP_LOOKUP_SECRET). */
export function requireLookupSecret(secret: Secret | null): Secret {
  if (!secret) throw new DomainError(ErrorCode.enpNotConfigured);
  return secret;
}

/** A fresh password from the system's randomness (the domain draws it from the bytes). */
export function newEnpPassword(): string {
  for (;;) {
    const password = enp.enpPasswordFromBytes(randomBytes(enp.ENP_PASSWORD_RANDOM_BYTES));
    if (password) return password;
  }
}

/** The ЭНП cookie holds a random token; enp_sessions keeps its SHA-256 only. */
export const hashEnpToken = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newEnpToken = (): string => randomBytes(32).toString('base64url');
