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
 * FNV-1a over the parts' lengths and up to 128 bytes of each (its ends and
 * a stride through it): it only picks a bucket — equality is decided on
 * all the bytes — so it need not read everything, and stays O(1) per part.
 */
function hashParts(parts: readonly Uint8Array[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const n = part.length;
    hash = Math.imul(hash ^ n, 0x01000193);
    const step = n <= 128 ? 1 : Math.floor(n / 64);
    for (let i = 0; i < Math.min(n, 32); i += 1) hash = Math.imul(hash ^ part[i]!, 0x01000193);
    for (let i = 32; i < n - 32; i += step) hash = Math.imul(hash ^ part[i]!, 0x01000193);
    for (let i = Math.max(32, n - 32); i < n; i += 1) hash = Math.imul(hash ^ part[i]!, 0x01000193);
  }
  return hash >>> 0;
}

function sameParts(a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j += 1) if (x[j] !== y[j]) return false;
  }
  return true;
}

type Held<V> = { hash: number; parts: Uint8Array[]; value: V };

/**
 * A memo keyed by exact byte strings (one or several parts), without
 * turning them into string keys: a hash picks a bucket and the bytes are
 * compared, so the answer is exact. Copies of the keys are kept (callers
 * reuse buffers). Bounded in entries, and per bucket, so inputs made to
 * collide cannot make a look-up long. Oldest forgotten first.
 */
export class BytesMemo<V> {
  readonly #buckets = new Map<number, Held<V>[]>();
  readonly #order: Held<V>[] = [];

  constructor(private readonly max: number) {}

  get(parts: readonly Uint8Array[]): V | undefined {
    return this.#buckets.get(hashParts(parts))?.find((held) => sameParts(held.parts, parts))?.value;
  }

  set(parts: readonly Uint8Array[], value: V): V {
    const hash = hashParts(parts);
    const bucket = this.#buckets.get(hash) ?? [];
    const existing = bucket.find((held) => sameParts(held.parts, parts));
    if (existing) {
      existing.value = value;
      return value;
    }
    if (this.#order.length >= this.max || bucket.length >= BUCKET_MAX) this.#forget(bucket.length >= BUCKET_MAX ? bucket[0]! : this.#order[0]!);
    const held: Held<V> = { hash, parts: parts.map((p) => p.slice()), value };
    this.#order.push(held);
    this.#buckets.set(hash, [...(this.#buckets.get(hash) ?? []), held]);
    return value;
  }

  #forget(held: Held<V>): void {
    this.#order.splice(this.#order.indexOf(held), 1);
    const rest = (this.#buckets.get(held.hash) ?? []).filter((h) => h !== held);
    if (rest.length > 0) this.#buckets.set(held.hash, rest);
    else this.#buckets.delete(held.hash);
  }
}

const BUCKET_MAX = 4;

/**
 * `derive(bytes)` remembered by the exact bytes, for inputs up to
 * `maxBytes` (a 20 MB CRL is parsed each time rather than held twice).
 * The value is derived from a copy, because the caller may reuse its
 * buffer, and frozen, because it is shared. A throw is not remembered.
 */
export function rememberedByBytes<V extends object>(max: number, maxBytes: number, derive: (bytes: Uint8Array) => V): (bytes: Uint8Array) => V {
  const memo = new BytesMemo<V>(max);
  return (bytes) => {
    if (bytes.length > maxBytes) return derive(bytes);
    return memo.get([bytes]) ?? memo.set([bytes], Object.freeze(derive(bytes.slice())));
  };
}
