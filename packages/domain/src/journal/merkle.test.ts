import { describe, expect, it } from 'vitest';

import {
  EMPTY_FRONTIER, EMPTY_ROOT, appendLeaf, consistencyProof, consistencyProofKeys, frontierKeys, frontierRoot, fromHex,
  inclusionProof, inclusionProofKeys, leafHash, nodeHash, rootOf, subtreeHash, subtreeKeys, toHex, verifyConsistency,
  verifyInclusion,
} from './merkle';
import type { Frontier, Hash, NodeGetter, NodeKey } from './merkle';

// Test data is decoded and printed with Buffer, not with the module's own toHex/fromHex.
const b = (hex: string): Uint8Array => new Uint8Array(Buffer.from(hex, 'hex'));
const hx = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const hxs = (list: readonly Uint8Array[]): string[] => list.map(hx);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

// ------------------------------------------------------------- published vectors
// Leaves, roots, inclusion and consistency proofs: transparency-dev/merkle,
// proof/verify_test.go (`leaves`, `roots`, `inclusionProofs`, `consistencyProofs`;
// the same vectors as google/certificate-transparency's merkle_tree_test.cc).
// There the inclusion vectors count leaves from 1; here `index` is 0-based.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const INCLUSION = [
  { index: 0, size: 1, proof: [] },
  { index: 0, size: 8, proof: [
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
  { index: 5, size: 8, proof: [
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
  { index: 2, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  { index: 1, size: 5, proof: [
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'] },
];
const CONSISTENCY = [
  { from: 1, to: 1, proof: [] },
  { from: 1, to: 8, proof: [
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
  { from: 6, to: 8, proof: [
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
  { from: 2, to: 5, proof: [
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'] },
  { from: 6, to: 7, proof: [
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
];
// Which stored nodes (level, index) a proof is built from: transparency-dev/merkle,
// proof/proof_test.go (TestInclusion, TestConsistency). Compared as sets: that file
// lists a re-hashed group bottom-up, this module reads it left to right.
const n = (level: number, index: number): NodeKey => ({ level, index });
const INCLUSION_NODES: Array<[size: number, index: number, nodes: NodeKey[]]> = [
  [1, 0, []], [2, 0, [n(0, 1)]], [2, 1, [n(0, 0)]], [3, 1, [n(0, 0), n(0, 2)]],
  [7, 0, [n(0, 1), n(1, 1), n(0, 6), n(1, 2)]], [7, 1, [n(0, 0), n(1, 1), n(0, 6), n(1, 2)]],
  [7, 2, [n(0, 3), n(1, 0), n(0, 6), n(1, 2)]], [7, 3, [n(0, 2), n(1, 0), n(0, 6), n(1, 2)]],
  [7, 4, [n(0, 5), n(0, 6), n(2, 0)]], [7, 5, [n(0, 4), n(0, 6), n(2, 0)]], [7, 6, [n(1, 2), n(2, 0)]],
  [4, 2, [n(0, 3), n(1, 0)]], [5, 3, [n(0, 2), n(1, 0), n(0, 4)]], [6, 3, [n(0, 2), n(1, 0), n(1, 2)]],
  [6, 4, [n(0, 5), n(2, 0)]],
  [15, 10, [n(0, 11), n(1, 4), n(0, 14), n(1, 6), n(3, 0)]],
  [31, 24, [n(0, 25), n(1, 13), n(0, 30), n(1, 14), n(3, 2), n(4, 0)]],
  [95, 81, [n(0, 80), n(1, 41), n(2, 21), n(0, 94), n(1, 46), n(2, 22), n(4, 4), n(6, 0)]],
];
const CONSISTENCY_NODES: Array<[from: number, to: number, nodes: NodeKey[]]> = [
  [1, 2, [n(0, 1)]], [1, 4, [n(0, 1), n(1, 1)]], [1, 6, [n(0, 1), n(1, 1), n(1, 2)]], [2, 3, [n(0, 2)]],
  [2, 8, [n(1, 1), n(2, 1)]], [3, 7, [n(0, 2), n(0, 3), n(1, 0), n(0, 6), n(1, 2)]], [4, 7, [n(0, 6), n(1, 2)]],
  [5, 7, [n(0, 4), n(0, 5), n(0, 6), n(2, 0)]], [6, 7, [n(1, 2), n(0, 6), n(2, 0)]],
  [7, 8, [n(0, 6), n(0, 7), n(1, 2), n(2, 0)]], [3, 3, []], [8, 8, []], [2, 4, [n(1, 1)]],
  [3, 5, [n(0, 2), n(0, 3), n(1, 0), n(0, 4)]], [3, 6, [n(0, 2), n(0, 3), n(1, 0), n(1, 2)]], [4, 6, [n(1, 2)]],
  [1, 7, [n(0, 1), n(1, 1), n(0, 6), n(1, 2)]],
  [10, 15, [n(1, 4), n(1, 5), n(0, 14), n(1, 6), n(3, 0)]],
  [24, 31, [n(3, 2), n(0, 30), n(1, 14), n(2, 6), n(4, 0)]],
  [81, 95, [n(0, 80), n(0, 81), n(1, 41), n(2, 21), n(0, 94), n(1, 46), n(2, 22), n(4, 4), n(6, 0)]],
];

// ------------------------------------------------------------------ helpers

/** Appends every leaf; keeps every completed node (as a database would) and every frontier. */
function build(leaves: readonly Hash[]) {
  const nodes = new Map<string, Hash>();
  const frontiers: Frontier[] = [EMPTY_FRONTIER];
  for (const leaf of leaves) {
    const { frontier, completed } = appendLeaf(frontiers[frontiers.length - 1]!, leaf);
    for (const c of completed) {
      expect(nodes.has(`${c.level}/${c.index}`)).toBe(false);
      nodes.set(`${c.level}/${c.index}`, c.hash);
    }
    frontiers.push(frontier);
  }
  return { nodes, frontiers };
}

/** A getter for a tree of `size` that records its calls and refuses nodes not complete at that size. */
function getter(nodes: Map<string, Hash>, size: number, calls: NodeKey[] = []): NodeGetter {
  return (level, index) => {
    calls.push({ level, index });
    if ((index + 1) * 2 ** level > size) throw new Error(`node (${level}, ${index}) is not in a tree of ${size}`);
    const hash = nodes.get(`${level}/${index}`);
    if (!hash) throw new Error(`node (${level}, ${index}) not stored`);
    return hash;
  };
}

const byKey = (a: NodeKey, c: NodeKey) => a.level - c.level || a.index - c.index;
const sorted = (keys: NodeKey[]) => [...keys].sort(byKey);

// PATH and PROOF written out as in RFC 9162 §2.1.3.1 / §2.1.4.1, over leaf lists and rootOf
// (`mth` is rootOf of a slice, memoised because the property checks ask for the same ranges often).
type Mth = (start: number, end: number) => Hash;
const memoRoots = (d: readonly Hash[]): Mth => {
  const cache = new Map<string, Hash>();
  return (start, end) => {
    const key = `${start}:${end}`;
    if (!cache.has(key)) cache.set(key, rootOf(d.slice(start, end)));
    return cache.get(key)!;
  };
};
const splitOf = (size: number) => { let k = 1; while (k * 2 < size) k *= 2; return k; };
function refPath(mth: Mth, m: number, start: number, end: number): Hash[] {
  if (end - start === 1) return [];
  const mid = start + splitOf(end - start);
  return m < mid ? [...refPath(mth, m, start, mid), mth(mid, end)] : [...refPath(mth, m, mid, end), mth(start, mid)];
}
function refSubproof(mth: Mth, m: number, start: number, end: number, complete: boolean): Hash[] {
  if (m === end) return complete ? [] : [mth(start, end)];
  const mid = start + splitOf(end - start);
  return m <= mid
    ? [...refSubproof(mth, m, start, mid, complete), mth(mid, end)]
    : [...refSubproof(mth, m, mid, end, false), mth(start, mid)];
}

const JUNK = leafHash(utf8('WrongRoot'));
const flipped = (proof: readonly Hash[], i: number, byte: number): Hash[] =>
  proof.map((h, j) => (j === i ? h.map((v, at) => (at === byte ? v ^ 0x10 : v)) : h));

// ---------------------------------------------------------------------- tests

describe('RFC 9162 Merkle tree (journal)', () => {
  const leaves = LEAVES.map((s) => leafHash(b(s)));
  const published = build(leaves);

  it('X-2: hashes are SHA-256 with the 0x00 leaf / 0x01 node prefixes (published constants)', () => {
    // transparency-dev/merkle, rfc6962/rfc6962_test.go (TestRFC6962Hasher).
    expect(hx(EMPTY_ROOT)).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hx(rootOf([]))).toBe(hx(EMPTY_ROOT));
    expect(hx(leafHash(new Uint8Array(0)))).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    expect(hx(leafHash(utf8('L123456')))).toBe('395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56');
    expect(hx(nodeHash(utf8('N123'), utf8('N456')))).toBe('aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb');
  });

  it('X-2: RFC 9162 roots of the published vectors for sizes 1..8, by rootOf and by the frontier', () => {
    for (let size = 1; size <= 8; size++) {
      expect(hx(rootOf(leaves.slice(0, size))), `rootOf ${size}`).toBe(ROOTS[size - 1]);
      expect(hx(frontierRoot(published.frontiers[size]!)), `frontier ${size}`).toBe(ROOTS[size - 1]);
    }
    expect(hx(frontierRoot(EMPTY_FRONTIER))).toBe(hx(EMPTY_ROOT));
  });

  it('X-2: published inclusion proofs are generated exactly and verify; tampered ones do not', () => {
    for (const { index, size, proof } of INCLUSION) {
      const root = b(ROOTS[size - 1]!);
      const got = inclusionProof(getter(published.nodes, size), index, size);
      expect(hxs(got), `${index}/${size}`).toEqual(proof);
      expect(verifyInclusion(index, size, leaves[index]!, got, root)).toBe(true);
      expect(verifyInclusion(index, size, leafHash(utf8('WrongLeaf')), got, root)).toBe(false);
      expect(verifyInclusion(index, size, leaves[index]!, got, EMPTY_ROOT)).toBe(false);
      expect(verifyInclusion(index, size, leaves[index]!, [...got, root], root)).toBe(false);
      expect(verifyInclusion(index, size, leaves[index]!, [root, ...got], root)).toBe(false);
      expect(verifyInclusion(index, size * 2, leaves[index]!, got, root)).toBe(false);
      for (let i = 0; i < got.length; i++) expect(verifyInclusion(index, size, leaves[index]!, flipped(got, i, 0), root)).toBe(false);
    }
  });

  it('X-2: published consistency proofs are generated exactly and verify; tampered ones do not', () => {
    for (const { from, to, proof } of CONSISTENCY) {
      const [r1, r2] = [b(ROOTS[from - 1]!), b(ROOTS[to - 1]!)];
      const got = consistencyProof(getter(published.nodes, to), from, to);
      expect(hxs(got), `${from}→${to}`).toEqual(proof);
      expect(verifyConsistency(from, to, r1, r2, got)).toBe(true);
      if (from === to) continue;
      expect(verifyConsistency(from, to, r2, r1, got)).toBe(false);
      expect(verifyConsistency(from, to, JUNK, r2, got)).toBe(false);
      expect(verifyConsistency(from, to, r1, JUNK, got)).toBe(false);
      expect(verifyConsistency(from, to * 2, r1, r2, got)).toBe(false);
      expect(verifyConsistency(from, to, r1, r2, [])).toBe(false);
      expect(verifyConsistency(from, to, r1, r2, got.slice(0, -1))).toBe(false);
      expect(verifyConsistency(from, to, r1, r2, [...got, r2])).toBe(false);
      expect(verifyConsistency(from, to, r1, r2, [got[0]!, ...got])).toBe(false);
      for (let i = 0; i < got.length; i++) expect(verifyConsistency(from, to, r1, r2, flipped(got, i, 0))).toBe(false);
    }
  });

  it('X-2: the proofs read exactly the published stored nodes (transparency-dev proof_test.go)', () => {
    const leaves95 = Array.from({ length: 95 }, (_, i) => leafHash(utf8(`leaf ${i}`)));
    const { nodes } = build(leaves95);
    const mth95 = memoRoots(leaves95);
    for (const [size, index, want] of INCLUSION_NODES) {
      expect(sorted(inclusionProofKeys(index, size)), `inclusion ${index}/${size}`).toEqual(sorted(want));
      const calls: NodeKey[] = [];
      expect(hxs(inclusionProof(getter(nodes, size, calls), index, size))).toEqual(hxs(refPath(mth95, index, 0, size)));
      expect(sorted(calls)).toEqual(sorted(want));
    }
    for (const [from, to, want] of CONSISTENCY_NODES) {
      expect(sorted(consistencyProofKeys(from, to)), `consistency ${from}→${to}`).toEqual(sorted(want));
      const calls: NodeKey[] = [];
      consistencyProof(getter(nodes, to, calls), from, to);
      expect(sorted(calls)).toEqual(sorted(want));
    }
  });

  it('X-2: the trivial consistency cases (from = to, from = 0) and the hash-size checks of the verifiers', () => {
    const [r1, r2] = [b(ROOTS[0]!), b(ROOTS[1]!)];
    expect(verifyConsistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, [])).toBe(true);
    expect(verifyConsistency(0, 5, EMPTY_ROOT, r2, [])).toBe(true);
    expect(verifyConsistency(0, 5, EMPTY_ROOT, r2, [r1])).toBe(false);
    expect(verifyConsistency(3, 3, r1, r1, [])).toBe(true);
    expect(verifyConsistency(3, 3, r1, r2, [])).toBe(false);
    expect(verifyConsistency(3, 3, r1, r1, [r1])).toBe(false);
    expect(verifyConsistency(2, 1, r2, r1, [])).toBe(false);
    expect(verifyConsistency(1, 2, r1, r2, [leaves[1]!.slice(0, 31)])).toBe(false);
    expect(verifyConsistency(1, 2, r1.slice(1), r2, [leaves[1]!])).toBe(false);
    expect(verifyConsistency(1, 2, r1, r2, [leaves[1]!])).toBe(true);
    expect(verifyInclusion(0, 2, leaves[0]!, [leaves[1]!.slice(0, 31)], r2)).toBe(false);
    expect(verifyInclusion(0, 2, leaves[0]!, [leaves[1]!], r2.slice(0, 31))).toBe(false);
    expect(verifyInclusion(0, 2, leaves[0]!, [leaves[1]!], r2)).toBe(true);
    expect(verifyInclusion(0, 1, leaves[0]!, [], leaves[0]!)).toBe(true);
    expect(verifyInclusion(0, 1, new Uint8Array(0), [], new Uint8Array(0))).toBe(false);
    // Out-of-range or malformed arguments fail verification instead of throwing.
    for (const [i, s] of [[2, 2], [5, 2], [-1, 2], [0.5, 2], [0, 0], [Number.NaN, 2]] as const) {
      expect(verifyInclusion(i, s, leaves[0]!, [leaves[1]!], r2), `${i}/${s}`).toBe(false);
    }
    expect(verifyConsistency(1.5, 2, r1, r2, [leaves[1]!])).toBe(false);
    expect(verifyInclusion(0, 2, leaves[0]!, 'nope' as unknown as Hash[], r2)).toBe(false);
  });

  describe('property checks over sizes 1..70 (deterministic leaves)', () => {
    const MAX = 70;
    const all = Array.from({ length: MAX }, (_, i) => leafHash(utf8(`journal entry ${i}`)));
    const { nodes, frontiers } = build(all);
    const mth = memoRoots(all);
    const roots = Array.from({ length: MAX + 1 }, (_, size) => mth(0, size));

    it('X-2: after every append the frontier root equals rootOf, and every completed node is the MTH of its range', () => {
      for (let size = 0; size <= MAX; size++) expect(hx(frontierRoot(frontiers[size]!)), `size ${size}`).toBe(hx(roots[size]!));
      expect(nodes.size).toBe(70 + 35 + 17 + 8 + 4 + 2 + 1); // the leaves and every perfect node above them
      for (const [key, hash] of nodes) {
        const [level, index] = key.split('/').map(Number) as [number, number];
        expect(hx(hash), key).toBe(hx(rootOf(all.slice(index * 2 ** level, (index + 1) * 2 ** level))));
      }
      for (let size = 1; size <= MAX; size++) {
        const appended = appendLeaf(frontiers[size - 1]!, all[size - 1]!);
        expect(appended.completed[0]).toEqual({ level: 0, index: size - 1, hash: all[size - 1] });
        expect(appended.completed.map((c) => c.level)).toEqual(appended.completed.map((_, i) => i));
        // the frontier is exactly the stored nodes frontierKeys names
        const keys = frontierKeys(size);
        expect(hxs(keys.map(({ level, index }) => getter(nodes, size)(level, index)))).toEqual(hxs(frontiers[size]!.peaks));
        expect(keys.reduce((covered, k) => covered + 2 ** k.level, 0)).toBe(size);
      }
      expect(frontierKeys(0)).toEqual([]);
      expect(frontierKeys(13)).toEqual([n(3, 0), n(2, 2), n(0, 12)]);
    });

    // These two run ~100k checks (≈1.5 s here; SHA-256 in JS is ~6 µs per node hash, hence the
    // timeout): each failure is collected with its case and asserted once, as a vitest expect()
    // per check would cost more than the hashing.
    const same = (a: readonly Uint8Array[], c: readonly Uint8Array[]) => hxs(a).join() === hxs(c).join();
    const sameKeys = (a: NodeKey[], c: NodeKey[]) => JSON.stringify(a) === JSON.stringify(c);

    it('X-2: every inclusion proof matches RFC PATH, verifies against rootOf, and fails when tampered', () => {
      const wrong: string[] = [];
      for (let size = 1; size <= MAX; size++) {
        const root = roots[size]!;
        for (let index = 0; index < size; index++) {
          const at = `${index}/${size}`;
          const leaf = all[index]!;
          const calls: NodeKey[] = [];
          const proof = inclusionProof(getter(nodes, size, calls), index, size);
          if (!sameKeys(calls, inclusionProofKeys(index, size))) wrong.push(`${at}: read other nodes than inclusionProofKeys`);
          if (!same(proof, refPath(mth, index, 0, size))) wrong.push(`${at}: not PATH(m, D[n])`);
          if (!verifyInclusion(index, size, leaf, proof, root)) wrong.push(`${at}: rejected`);
          const accepts = (what: string, ok: boolean) => ok && wrong.push(`${at}: accepted ${what}`);
          for (let i = 0; i < proof.length; i++) accepts(`flipped proof[${i}]`, verifyInclusion(index, size, leaf, flipped(proof, i, (i * 7) % 32), root));
          for (const other of [index - 1, index + 1, index ^ 2]) {
            if (other >= 0 && other < size && other !== index) accepts(`index ${other}`, verifyInclusion(other, size, leaf, proof, root));
          }
          // a proof for one tree head does not verify against another head (size and its root)
          for (const other of [size - 1, size + 1]) {
            if (other > index && other <= MAX) accepts(`head ${other}`, verifyInclusion(index, other, leaf, proof, roots[other]!));
          }
          accepts('size * 2', verifyInclusion(index, size * 2, leaf, proof, root));
          if (proof.length > 0) accepts('truncated proof', verifyInclusion(index, size, leaf, proof.slice(0, -1), root));
          accepts('extended proof', verifyInclusion(index, size, leaf, [...proof, root], root));
          accepts('another leaf', verifyInclusion(index, size, all[(index + 1) % MAX]!, proof, root));
        }
      }
      expect(wrong).toEqual([]);
    }, 30_000);

    it('X-2: every consistency proof matches RFC PROOF, verifies against rootOf, and fails when tampered', () => {
      const wrong: string[] = [];
      for (let to = 1; to <= MAX; to++) {
        for (let from = 0; from <= to; from++) {
          const at = `${from}→${to}`;
          const calls: NodeKey[] = [];
          const proof = consistencyProof(getter(nodes, to, calls), from, to);
          if (!sameKeys(calls, consistencyProofKeys(from, to))) wrong.push(`${at}: read other nodes than consistencyProofKeys`);
          const want = from === 0 || from === to ? [] : refSubproof(mth, from, 0, to, true);
          if (!same(proof, want)) wrong.push(`${at}: not PROOF(m, D[n])`);
          const [r1, r2] = [roots[from]!, roots[to]!];
          if (!verifyConsistency(from, to, r1, r2, proof)) wrong.push(`${at}: rejected`);
          if (from === 0 || from === to) continue;
          const accepts = (what: string, ok: boolean) => ok && wrong.push(`${at}: accepted ${what}`);
          for (let i = 0; i < proof.length; i++) accepts(`flipped proof[${i}]`, verifyConsistency(from, to, r1, r2, flipped(proof, i, (i * 5) % 32)));
          accepts('truncated proof', verifyConsistency(from, to, r1, r2, proof.slice(0, -1)));
          accepts('extended proof', verifyConsistency(from, to, r1, r2, [...proof, r2]));
          accepts('swapped roots', verifyConsistency(from, to, r2, r1, proof));
          accepts('another old root', verifyConsistency(from, to, roots[from - 1]!, r2, proof));
          accepts('another new root', verifyConsistency(from, to, r1, roots[to - 1]!, proof));
          accepts('to * 2', verifyConsistency(from, to * 2, r1, r2, proof));
          // the proof does not bind other tree heads
          for (const other of [from - 1, from + 1]) {
            if (other >= 1 && other < to) accepts(`from ${other}`, verifyConsistency(other, to, roots[other]!, r2, proof));
          }
          for (const other of [to - 1, to + 1]) {
            if (other > from && other <= MAX) accepts(`to ${other}`, verifyConsistency(from, other, r1, roots[other]!, proof));
          }
        }
      }
      expect(wrong).toEqual([]);
    }, 30_000);

    it('X-2: subtreeHash reads exactly subtreeKeys and equals rootOf of the aligned range', () => {
      for (let end = 0; end <= MAX; end++) {
        for (let start = 0; start <= end; start++) {
          const width = end - start;
          const aligned = width === 0 || start % 2 ** Math.floor(Math.log2(width)) === 0;
          if (!aligned) {
            expect(() => subtreeKeys(start, end), `${start}..${end}`).toThrow(RangeError);
            continue;
          }
          const calls: NodeKey[] = [];
          expect(hx(subtreeHash(getter(nodes, end, calls), start, end)), `${start}..${end}`).toBe(hx(rootOf(all.slice(start, end))));
          expect(calls).toEqual(subtreeKeys(start, end));
        }
      }
    });
  });

  it('X-2: invalid arguments throw a RangeError', () => {
    const get = getter(published.nodes, 8);
    for (const [i, s] of [[8, 8], [0, 0], [-1, 4], [1.5, 4], [0, Number.NaN], [0, 2 ** 53]] as const) {
      expect(() => inclusionProof(get, i, s), `${i}/${s}`).toThrow(RangeError);
      expect(() => inclusionProofKeys(i, s), `${i}/${s}`).toThrow(RangeError);
    }
    for (const [from, to] of [[5, 4], [-1, 4], [1, 4.5]] as const) {
      expect(() => consistencyProof(get, from, to), `${from}→${to}`).toThrow(RangeError);
      expect(() => consistencyProofKeys(from, to), `${from}→${to}`).toThrow(RangeError);
    }
    expect(() => subtreeHash(get, 1, 3)).toThrow(RangeError);
    expect(() => subtreeHash(get, 3, 2)).toThrow(RangeError);
    expect(() => frontierKeys(-1)).toThrow(RangeError);
    expect(() => appendLeaf(EMPTY_FRONTIER, new Uint8Array(31))).toThrow(RangeError);
    expect(() => appendLeaf({ size: 3, peaks: [leaves[0]!] }, leaves[1]!)).toThrow(RangeError);
    expect(() => subtreeHash(() => new Uint8Array(3), 0, 1)).toThrow(RangeError);
  });

  it('X-2: sizes beyond 2^32 use exact arithmetic (no 32-bit bit operators)', () => {
    const size = 2 ** 52 + 2 ** 33 + 6;
    expect(frontierKeys(size)).toEqual([n(52, 0), n(33, 2 ** 19), n(2, (2 ** 52 + 2 ** 33) / 4), n(1, (2 ** 52 + 2 ** 33 + 4) / 2)]);
    const keys = inclusionProofKeys(2 ** 40 + 3, size);
    expect(keys[0]).toEqual(n(0, 2 ** 40 + 2));
    expect(keys).toHaveLength(52 + 3); // 52 siblings inside the first 2^52 leaves, then MTH of the rest: three peaks
    expect(keys.slice(52)).toEqual(frontierKeys(size).slice(1));
    expect(consistencyProofKeys(2 ** 52, size)).toEqual(frontierKeys(size).slice(1));
  });

  it('X-2: toHex writes lowercase hex and fromHex reads only that', () => {
    expect(toHex(b('00ff10ab'))).toBe('00ff10ab');
    expect(hx(fromHex('00ff10ab'))).toBe('00ff10ab');
    expect(fromHex('')).toEqual(new Uint8Array(0));
    for (const bad of ['0', 'zz', '00FF', ' 00', '0x00']) expect(() => fromHex(bad), bad).toThrow(RangeError);
  });
});
