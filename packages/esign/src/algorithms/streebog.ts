import { A_HEX, C_HEX, PI_HEX } from './streebog-constants';

// GOST R 34.11-2012 "Streebog" (RFC 6986), 256 and 512 bits, in plain
// TypeScript so it runs unchanged in Node and in the browser.
//
// Byte order. RFC 6986 prints messages and hash values as big-endian
// numbers; the byte strings libraries exchange (OpenSSL's gost engine,
// Bouncy Castle, Nettle) are the same numbers little-endian. This
// module takes and returns those byte strings: streebog512 of the ASCII text
// "012…012" (RFC 6986 M1) is 1b54d01a…1c1646f48, the RFC's printed value
// reversed byte by byte. A GOST signature reads the digest as a
// little-endian integer (spec/ESIGN.md), which gives back the RFC's number.
//
// Representation. The 512-bit state is 16 little-endian 32-bit words:
// words 2j and 2j+1 are the low and high halves of the RFC's 64-bit word
// b_j (bytes 8j…8j+7). JavaScript has no fast 64-bit integers, so the
// 64-bit words of the linear map are carried as two 32-bit halves.

export type StreebogSize = 256 | 512;

const WORDS = 16;
const BLOCK_BYTES = 64;

// L∘P∘S folded into eight tables of 256 64-bit entries (the usual way to
// make Streebog fast): entry (j, v) is l applied to the 64-bit word that has
// π(v) in byte j and zeros elsewhere. P moves byte k of input word j to byte
// j of output word k, so output word k = XOR over j of table_j[byte k of
// input word j].
const T_LO = new Uint32Array(8 * 256);
const T_HI = new Uint32Array(8 * 256);
// The iteration constants as state words.
const C_WORDS: Uint32Array[] = C_HEX.map(wordsFromRfcHex);
const ZERO = new Uint32Array(WORDS);

buildTables();

function buildTables(): void {
  const aHi = A_HEX.map((row) => parseInt(row.slice(0, 8), 16));
  const aLo = A_HEX.map((row) => parseInt(row.slice(8, 16), 16));
  for (let j = 0; j < 8; j += 1) {
    for (let v = 0; v < 256; v += 1) {
      const substituted = parseInt(PI_HEX.slice(v * 2, v * 2 + 2), 16);
      let lo = 0;
      let hi = 0;
      for (let bit = 0; bit < 8; bit += 1) {
        if (((substituted >>> bit) & 1) === 0) continue;
        // l(b) = XOR of A_i over the set bits b_(63-i): bit 8j+bit selects row 63-8j-bit.
        const row = 63 - 8 * j - bit;
        lo ^= aLo[row]!;
        hi ^= aHi[row]!;
      }
      T_LO[(j << 8) | v] = lo >>> 0;
      T_HI[(j << 8) | v] = hi >>> 0;
    }
  }
}

/** A 512-bit constant printed big-endian in the RFC, as little-endian state words. */
function wordsFromRfcHex(hex: string): Uint32Array {
  const words = new Uint32Array(WORDS);
  for (let w = 0; w < WORDS; w += 1) {
    // The last 8 hex digits are the least significant 32-bit word.
    const end = hex.length - w * 8;
    words[w] = parseInt(hex.slice(end - 8, end), 16) >>> 0;
  }
  return words;
}

/** out = L(P(S(a ⊕ b))). `out` must not be `a` or `b`. Unrolled: this is the hot loop. */
function lpsx(a: Uint32Array, b: Uint32Array, out: Uint32Array): void {
  // Low and high halves of the eight input words.
  const l0 = a[0]! ^ b[0]!, h0 = a[1]! ^ b[1]!, l1 = a[2]! ^ b[2]!, h1 = a[3]! ^ b[3]!;
  const l2 = a[4]! ^ b[4]!, h2 = a[5]! ^ b[5]!, l3 = a[6]! ^ b[6]!, h3 = a[7]! ^ b[7]!;
  const l4 = a[8]! ^ b[8]!, h4 = a[9]! ^ b[9]!, l5 = a[10]! ^ b[10]!, h5 = a[11]! ^ b[11]!;
  const l6 = a[12]! ^ b[12]!, h6 = a[13]! ^ b[13]!, l7 = a[14]! ^ b[14]!, h7 = a[15]! ^ b[15]!;
  for (let k = 0; k < 8; k += 1) {
    const shift = (k & 3) << 3;
    // Byte k of input word j: in the low half for k < 4, the high half after.
    const low = k < 4;
    const i0 = ((low ? l0 : h0) >>> shift) & 0xff;
    const i1 = 0x100 | (((low ? l1 : h1) >>> shift) & 0xff);
    const i2 = 0x200 | (((low ? l2 : h2) >>> shift) & 0xff);
    const i3 = 0x300 | (((low ? l3 : h3) >>> shift) & 0xff);
    const i4 = 0x400 | (((low ? l4 : h4) >>> shift) & 0xff);
    const i5 = 0x500 | (((low ? l5 : h5) >>> shift) & 0xff);
    const i6 = 0x600 | (((low ? l6 : h6) >>> shift) & 0xff);
    const i7 = 0x700 | (((low ? l7 : h7) >>> shift) & 0xff);
    out[k << 1] = T_LO[i0]! ^ T_LO[i1]! ^ T_LO[i2]! ^ T_LO[i3]! ^ T_LO[i4]! ^ T_LO[i5]! ^ T_LO[i6]! ^ T_LO[i7]!;
    out[(k << 1) | 1] = T_HI[i0]! ^ T_HI[i1]! ^ T_HI[i2]! ^ T_HI[i3]! ^ T_HI[i4]! ^ T_HI[i5]! ^ T_HI[i6]! ^ T_HI[i7]!;
  }
}

/** acc = acc + x mod 2^512. */
function add512(acc: Uint32Array, x: Uint32Array): void {
  let carry = 0;
  for (let w = 0; w < WORDS; w += 1) {
    const sum = acc[w]! + x[w]! + carry;
    acc[w] = sum >>> 0;
    carry = sum > 0xffffffff ? 1 : 0;
  }
}

/** acc = acc + n mod 2^512, for 0 ≤ n < 2^32. */
function addSmall(acc: Uint32Array, n: number): void {
  let carry = n;
  for (let w = 0; w < WORDS && carry !== 0; w += 1) {
    const sum = acc[w]! + carry;
    acc[w] = sum >>> 0;
    carry = sum > 0xffffffff ? 1 : 0;
  }
}

function loadBlock(bytes: Uint8Array, offset: number, out: Uint32Array): void {
  for (let w = 0; w < WORDS; w += 1) {
    const o = offset + (w << 2);
    out[w] = (bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16) | (bytes[o + 3]! << 24)) >>> 0;
  }
}

/** Incremental Streebog. `digest()` does not end the computation: more data may follow. */
export class Streebog {
  readonly size: StreebogSize;
  private readonly h = new Uint32Array(WORDS);
  private readonly n = new Uint32Array(WORDS);
  private readonly sigma = new Uint32Array(WORDS);
  private readonly pending = new Uint8Array(BLOCK_BYTES);
  private pendingLength = 0;
  // Scratch space for the compression function, kept to avoid allocating per block.
  private readonly m = new Uint32Array(WORDS);
  private readonly k = new Uint32Array(WORDS);
  private readonly k2 = new Uint32Array(WORDS);
  private readonly t = new Uint32Array(WORDS);
  private readonly t2 = new Uint32Array(WORDS);

  constructor(size: StreebogSize = 512) {
    if (size !== 256 && size !== 512) throw new RangeError('Streebog size must be 256 or 512');
    this.size = size;
    // IV: 0^512 for the 512-bit hash, (00000001)^64 — every byte 0x01 — for 256.
    if (size === 256) this.h.fill(0x01010101);
  }

  update(data: Uint8Array): this {
    let offset = 0;
    if (this.pendingLength > 0) {
      const take = Math.min(BLOCK_BYTES - this.pendingLength, data.length);
      this.pending.set(data.subarray(0, take), this.pendingLength);
      this.pendingLength += take;
      offset = take;
      if (this.pendingLength < BLOCK_BYTES) return this;
      this.absorb(this.pending, 0);
      this.pendingLength = 0;
    }
    // Every complete block goes through stage 2, the last one included: stage 3
    // pads only the 0…63 bytes that remain (RFC 6986 §8.2 step 2.1).
    for (; offset + BLOCK_BYTES <= data.length; offset += BLOCK_BYTES) this.absorb(data, offset);
    this.pending.set(data.subarray(offset), 0);
    this.pendingLength = data.length - offset;
    return this;
  }

  digest(): Uint8Array {
    const h = Uint32Array.from(this.h);
    const n = Uint32Array.from(this.n);
    const sigma = Uint32Array.from(this.sigma);
    // Stage 3: pad as 0…0 ‖ 1 ‖ M in the RFC's notation, i.e. the remaining
    // bytes, then 0x01, then zeros.
    const last = new Uint8Array(BLOCK_BYTES);
    last.set(this.pending.subarray(0, this.pendingLength));
    last[this.pendingLength] = 0x01;
    loadBlock(last, 0, this.m);
    this.compress(h, n, this.m);
    addSmall(n, this.pendingLength * 8);
    add512(sigma, this.m);
    this.compress(h, ZERO, n);
    this.compress(h, ZERO, sigma);
    const out = new Uint8Array(BLOCK_BYTES);
    for (let w = 0; w < WORDS; w += 1) {
      const word = h[w]!;
      out[w * 4] = word & 0xff;
      out[w * 4 + 1] = (word >>> 8) & 0xff;
      out[w * 4 + 2] = (word >>> 16) & 0xff;
      out[w * 4 + 3] = word >>> 24;
    }
    // MSB_256 of the RFC's number is the upper half, i.e. the last 32 bytes.
    return this.size === 512 ? out : out.slice(32);
  }

  private absorb(bytes: Uint8Array, offset: number): void {
    loadBlock(bytes, offset, this.m);
    this.compress(this.h, this.n, this.m);
    addSmall(this.n, 512);
    add512(this.sigma, this.m);
  }

  /** h = g_N(h, m) = E(LPS(h ⊕ N), m) ⊕ h ⊕ m (RFC 6986 §7). */
  private compress(h: Uint32Array, n: Uint32Array, m: Uint32Array): void {
    let k = this.k;
    let k2 = this.k2;
    let t = this.t;
    let t2 = this.t2;
    lpsx(h, n, k);
    t.set(m);
    // E(K, m) = X[K13] LPSX[K12] … LPSX[K1](m), with K_(i+1) = LPS(K_i ⊕ C_i).
    for (let i = 0; i < 12; i += 1) {
      lpsx(k, t, t2);
      lpsx(k, C_WORDS[i]!, k2);
      [t, t2] = [t2, t];
      [k, k2] = [k2, k];
    }
    for (let w = 0; w < WORDS; w += 1) h[w] = h[w]! ^ t[w]! ^ k[w]! ^ m[w]!;
  }
}

export function createStreebog(size: StreebogSize): Streebog {
  return new Streebog(size);
}

export function streebog512(data: Uint8Array): Uint8Array {
  return new Streebog(512).update(data).digest();
}

export function streebog256(data: Uint8Array): Uint8Array {
  return new Streebog(256).update(data).digest();
}
