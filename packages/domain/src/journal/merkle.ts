/**
 * Merkle hash tree of RFC 9162 §2.1 (Certificate Transparency v2; the same
 * tree as RFC 6962 §2.1), for the journal. Pure: no I/O, no clock, no
 * randomness; runs in Node and in the browser (@noble/hashes).
 *
 * Hashing (SHA-256, 32-byte hashes):
 *   MTH({})          = SHA-256("")                           — EMPTY_ROOT
 *   leaf hash        = SHA-256(0x00 || entry)                — leafHash
 *   interior node    = SHA-256(0x01 || left || right)        — nodeHash
 *   MTH(D[n]), n > 1 = nodeHash(MTH(D[0:k]), MTH(D[k:n])), k the largest power of two < n
 * The distinct 0x00 / 0x01 prefixes keep a leaf from ever passing for a node.
 *
 * Storage model: a perfect aligned subtree (level, index) covers the leaves
 * [index·2^level, (index+1)·2^level); level 0 is a leaf hash. Appending a leaf
 * completes a few of them (`appendLeaf(...).completed`); the caller stores them
 * and later serves them back through a `NodeGetter`. Every range the proof
 * algorithms need decomposes into such nodes, so no proof ever needs leaves.
 *
 * Sizes and indexes are JS numbers (safe integers); the bit arithmetic below
 * uses division, not 32-bit operators. Generators throw RangeError on invalid
 * arguments; the verifiers never throw — anything that does not verify
 * (out-of-range index or sizes, wrong proof length, a hash that is not 32
 * bytes) is `false`, as RFC 9162 §2.1.3.2 / §2.1.4.2 say "fail".
 */
import { sha256 } from '@noble/hashes/sha2.js';

export type Hash = Uint8Array;
export type NodeKey = { level: number; index: number };
export type NodeGetter = (level: number, index: number) => Hash;
export type Frontier = { size: number; peaks: Hash[] };

const HASH_BYTES = 32;

// Shared constants: do not mutate (a typed array with elements cannot be frozen).
export const EMPTY_ROOT: Hash = sha256(new Uint8Array(0));
export const EMPTY_FRONTIER: Frontier = Object.freeze({ size: 0, peaks: Object.freeze([]) as never[] });

export function leafHash(entry: Uint8Array): Hash {
  const buf = new Uint8Array(1 + entry.length);
  buf[0] = 0x00;
  buf.set(entry, 1);
  return sha256(buf);
}

export function nodeHash(left: Hash, right: Hash): Hash {
  const buf = new Uint8Array(1 + left.length + right.length);
  buf[0] = 0x01;
  buf.set(left, 1);
  buf.set(right, 1 + left.length);
  return sha256(buf);
}

/** MTH over already-hashed leaves — the recursive definition of RFC 9162 §2.1.1, kept as the reference. */
export function rootOf(leafHashes: readonly Hash[]): Hash {
  const n = leafHashes.length;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leafHashes[0]!;
  const k = splitPoint(n);
  return nodeHash(rootOf(leafHashes.slice(0, k)), rootOf(leafHashes.slice(k)));
}

export function toHex(h: Uint8Array): string {
  let s = '';
  for (const b of h) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Lowercase hex only (the form `toHex` writes); anything else throws a RangeError. */
export function fromHex(s: string): Uint8Array {
  if (typeof s !== 'string' || !/^(?:[0-9a-f]{2})*$/.test(s)) throw new RangeError('fromHex: expected lowercase hex of even length');
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

// ---------------------------------------------------------------- frontier

/** The perfect nodes of a tree of `size` leaves: one per set bit of `size`, largest (leftmost) first. */
export function frontierKeys(size: number): NodeKey[] {
  checkCount('size', size);
  return rangeKeys(0, size);
}

export function appendLeaf(frontier: Frontier, leaf: Hash): { frontier: Frontier; completed: Array<NodeKey & { hash: Hash }> } {
  const { size } = frontier;
  checkCount('frontier.size', size);
  if (frontier.peaks.length !== popcount(size)) throw new RangeError(`appendLeaf: ${frontier.peaks.length} peaks for size ${size}`);
  if (!isHash(leaf)) throw new RangeError('appendLeaf: a leaf hash is 32 bytes');
  if (size + 1 > Number.MAX_SAFE_INTEGER) throw new RangeError('appendLeaf: tree full');
  const peaks = frontier.peaks.slice();
  const completed: Array<NodeKey & { hash: Hash }> = [{ level: 0, index: size, hash: leaf }];
  let hash = leaf;
  // Like a binary increment: every set low bit of `size` is a peak that merges with the carry.
  for (let level = 0; bit(size, level); level++) {
    hash = nodeHash(peaks.pop()!, hash);
    completed.push({ level: level + 1, index: shr(size, level + 1), hash });
  }
  peaks.push(hash);
  return { frontier: { size: size + 1, peaks }, completed };
}

/** MTH of the whole tree: the peaks folded right to left (EMPTY_ROOT for size 0). */
export function frontierRoot(frontier: Frontier): Hash {
  checkCount('frontier.size', frontier.size);
  if (frontier.peaks.length !== popcount(frontier.size)) throw new RangeError('frontierRoot: peaks do not match size');
  return foldPeaks(frontier.peaks);
}

// ------------------------------------------------------- stored-node reads

/** The perfect nodes `subtreeHash(get, start, end)` reads, in the order it reads them. */
export function subtreeKeys(start: number, end: number): NodeKey[] {
  checkRange(start, end);
  return rangeKeys(start, end);
}

/**
 * MTH(D[start:end]) from stored perfect nodes. `start` must be a multiple of
 * the largest power of two ≤ end − start, so that the range splits into
 * aligned perfect nodes (every range RFC 9162's PATH and PROOF use does).
 */
export function subtreeHash(get: NodeGetter, start: number, end: number): Hash {
  checkRange(start, end);
  return rangeHash(get, start, end);
}

/** RFC 9162 §2.1.3.1 PATH(m, D[n]): sibling hashes from the leaf upwards. */
export function inclusionProof(get: NodeGetter, leafIndex: number, treeSize: number): Hash[] {
  return inclusionRanges(leafIndex, treeSize).map(([s, e]) => rangeHash(get, s, e));
}

export function inclusionProofKeys(leafIndex: number, treeSize: number): NodeKey[] {
  return inclusionRanges(leafIndex, treeSize).flatMap(([s, e]) => rangeKeys(s, e));
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[n]); [] when from is 0 or from = to. */
export function consistencyProof(get: NodeGetter, from: number, to: number): Hash[] {
  return consistencyRanges(from, to).map(([s, e]) => rangeHash(get, s, e));
}

export function consistencyProofKeys(from: number, to: number): NodeKey[] {
  return consistencyRanges(from, to).flatMap(([s, e]) => rangeKeys(s, e));
}

// ---------------------------------------------------------------- verifiers

/** RFC 9162 §2.1.3.2. */
export function verifyInclusion(leafIndex: number, treeSize: number, leaf: Hash, proof: readonly Hash[], root: Hash): boolean {
  if (!isCount(leafIndex) || !isCount(treeSize) || leafIndex >= treeSize) return false;
  if (!isHash(leaf) || !isHash(root) || !Array.isArray(proof) || !proof.every(isHash)) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false; // proof too long
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!odd(fn) && fn !== 0) [fn, sn] = [shr(fn, 1), shr(sn, 1)];
    } else {
      r = nodeHash(r, p);
    }
    [fn, sn] = [shr(fn, 1), shr(sn, 1)];
  }
  return sn === 0 && equal(r, root);
}

/** RFC 9162 §2.1.4.2, plus the trivial cases: from = to needs equal roots and an empty proof; from = 0 only an empty proof. */
export function verifyConsistency(from: number, to: number, fromRoot: Hash, toRoot: Hash, proof: readonly Hash[]): boolean {
  if (!isCount(from) || !isCount(to) || from > to) return false;
  if (!isHash(fromRoot) || !isHash(toRoot) || !Array.isArray(proof) || !proof.every(isHash)) return false;
  if (from === to) return proof.length === 0 && equal(fromRoot, toRoot);
  if (from === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(from) ? [fromRoot, ...proof] : proof;
  let fn = from - 1;
  let sn = to - 1;
  while (odd(fn)) [fn, sn] = [shr(fn, 1), shr(sn, 1)];
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false; // proof too long
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!odd(fn) && fn !== 0) [fn, sn] = [shr(fn, 1), shr(sn, 1)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [shr(fn, 1), shr(sn, 1)];
  }
  return sn === 0 && equal(fr, fromRoot) && equal(sr, toRoot);
}

// ---------------------------------------------------------------- internals

type Range = readonly [start: number, end: number];

/** The ranges whose MTH make up PATH(leafIndex, D[0:treeSize]), in proof order. */
function inclusionRanges(leafIndex: number, treeSize: number): Range[] {
  checkCount('leafIndex', leafIndex);
  checkCount('treeSize', treeSize);
  if (leafIndex >= treeSize) throw new RangeError(`leafIndex ${leafIndex} is not below treeSize ${treeSize}`);
  const out: Range[] = [];
  const path = (start: number, end: number): void => {
    if (end - start === 1) return;
    const mid = start + splitPoint(end - start);
    if (leafIndex < mid) {
      path(start, mid);
      out.push([mid, end]);
    } else {
      path(mid, end);
      out.push([start, mid]);
    }
  };
  path(0, treeSize);
  return out;
}

/** The ranges whose MTH make up PROOF(from, D[0:to]) (SUBPROOF of §2.1.4.1), in proof order. */
function consistencyRanges(from: number, to: number): Range[] {
  checkCount('from', from);
  checkCount('to', to);
  if (from > to) throw new RangeError(`from ${from} is above to ${to}`);
  const out: Range[] = [];
  if (from === 0 || from === to) return out;
  const subproof = (start: number, end: number, complete: boolean): void => {
    if (from === end) {
      if (!complete) out.push([start, end]);
      return;
    }
    const mid = start + splitPoint(end - start);
    if (from <= mid) {
      subproof(start, mid, complete);
      out.push([mid, end]);
    } else {
      subproof(mid, end, false);
      out.push([start, mid]);
    }
  };
  subproof(0, to, true);
  return out;
}

/** The perfect aligned nodes covering [start, end), largest first. */
function rangeKeys(start: number, end: number): NodeKey[] {
  const keys: NodeKey[] = [];
  let pos = start;
  for (let level = bitLength(end - start) - 1; level >= 0; level--) {
    if (!bit(end - start, level)) continue;
    keys.push({ level, index: shr(pos, level) });
    pos += 2 ** level;
  }
  return keys;
}

function rangeHash(get: NodeGetter, start: number, end: number): Hash {
  const peaks = rangeKeys(start, end).map(({ level, index }) => {
    const h = get(level, index);
    if (!isHash(h)) throw new RangeError(`node (${level}, ${index}) is not a 32-byte hash`);
    return h;
  });
  return foldPeaks(peaks);
}

function foldPeaks(peaks: readonly Hash[]): Hash {
  if (peaks.length === 0) return EMPTY_ROOT;
  let acc = peaks[peaks.length - 1]!;
  for (let i = peaks.length - 2; i >= 0; i--) acc = nodeHash(peaks[i]!, acc);
  return acc;
}

function checkRange(start: number, end: number): void {
  checkCount('start', start);
  checkCount('end', end);
  if (start > end) throw new RangeError(`start ${start} is above end ${end}`);
  if (end > start && start % 2 ** (bitLength(end - start) - 1) !== 0) {
    throw new RangeError(`[${start}, ${end}) is not aligned to perfect subtrees`);
  }
}

function checkCount(name: string, n: number): void {
  if (!isCount(n)) throw new RangeError(`${name} must be a non-negative safe integer, got ${n}`);
}

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isHash = (h: unknown): h is Hash =>
  (h instanceof Uint8Array || (ArrayBuffer.isView(h) && h.constructor.name === 'Uint8Array')) && (h as Uint8Array).length === HASH_BYTES;
const shr = (n: number, k: number): number => Math.floor(n / 2 ** k);
const bit = (n: number, k: number): boolean => shr(n, k) % 2 === 1;
const odd = (n: number): boolean => n % 2 === 1;
const isPowerOfTwo = (n: number): boolean => n > 0 && 2 ** (bitLength(n) - 1) === n;

function bitLength(n: number): number {
  let len = 0;
  while (2 ** len <= n) len++;
  return len;
}

function popcount(n: number): number {
  let count = 0;
  for (let m = n; m > 0; m = shr(m, 1)) count += m % 2;
  return count;
}

/** The largest power of two strictly below n (n ≥ 2): where RFC 9162 splits D[n]. */
function splitPoint(n: number): number {
  return 2 ** (bitLength(n - 1) - 1);
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
