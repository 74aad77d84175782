import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// Here, not in the server, because `oryndau admin create` (packages/cli)
// hashes the first administrator's password exactly as sign-in checks it.

// scrypt from Node's crypto: memory-hard, no native addon to install. The
// parameters travel inside the stored hash, so raising the cost later only
// affects new hashes.
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 }, (error, key) =>
      (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, log2N = 17): Promise<string> {
  const salt = randomBytes(16);
  const n = 2 ** log2N;
  const key = await derive(password, salt, n, 8, 1);
  return `scrypt$${n}$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const dummyHashes = new Map<number, Promise<string>>();

/** Verified against when the IIN is unknown, so timing does not reveal accounts. */
export function dummyHash(log2N: number): Promise<string> {
  let hash = dummyHashes.get(log2N);
  if (!hash) {
    hash = hashPassword(randomBytes(12).toString('base64'), log2N);
    dummyHashes.set(log2N, hash);
  }
  return hash;
}
