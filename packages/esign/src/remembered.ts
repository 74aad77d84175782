/**
 * Small bounded memos keyed by exact bytes. A verifier sees the same CA
 * certificates, CRLs and public keys with every signature; re-deriving
 * them (ASN.1 through pkijs, WebCrypto key import) was most of a
 * verification's cost. Only values derived from the bytes alone go in here
 * — never a verdict that depends on time or on the caller.
 */

/** The bytes themselves as a string key (one char per byte): exact, no hashing, no collisions. */
export function bytesKey(bytes: Uint8Array): string {
  let key = '';
  for (let i = 0; i < bytes.length; i += 8192) key += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return key;
}

/** Several byte strings as one unambiguous key (each part prefixed with its length). */
export function partsKey(parts: readonly Uint8Array[]): string {
  return parts.map((part) => `${part.length}:${bytesKey(part)}`).join('');
}

/** A map that forgets its oldest entry once it holds `max`. */
export class Remembered<V> {
  readonly #values = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.#values.get(key);
  }

  set(key: string, value: V): V {
    if (!this.#values.has(key) && this.#values.size >= this.max) this.#values.delete(this.#values.keys().next().value as string);
    this.#values.set(key, value);
    return value;
  }

  has(key: string): boolean {
    return this.#values.has(key);
  }
}

/**
 * `derive(bytes)` remembered by the exact bytes, for inputs up to
 * `maxBytes` (a 20 MB CRL is parsed each time rather than held twice).
 * The value is derived from a copy, because the caller may reuse its
 * buffer, and frozen, because it is shared. A throw is not remembered.
 */
export function rememberedByBytes<V extends object>(max: number, maxBytes: number, derive: (bytes: Uint8Array) => V): (bytes: Uint8Array) => V {
  const memo = new Remembered<V>(max);
  return (bytes) => {
    if (bytes.length > maxBytes) return derive(bytes);
    const key = bytesKey(bytes);
    return memo.get(key) ?? memo.set(key, Object.freeze(derive(bytes.slice())));
  };
}
