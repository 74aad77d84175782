import { sha256 } from '@noble/hashes/sha2.js';
import { merkle } from '@oryndau/domain';
import { describe, expect, it } from 'vitest';
import type { InclusionProof } from '../api/signing-types.ts';
import { checkInclusionProof, checkJournal } from './journal-proof.ts';

// A tiny RFC 9162 tree built here (§2.1.1 MTH, §2.1.3.1 PATH): the leaves
// with the module's leafHash, the interior nodes with SHA-256(0x01 ‖ l ‖ r)
// written out again, so the test does not trust the code it checks.

const hex = (bytes: Uint8Array) => merkle.toHex(bytes);
const utf8 = (text: string) => new TextEncoder().encode(text);

function node(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(Uint8Array.from([1, ...left, ...right]));
}
/** The largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
function root(leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return node(root(leaves.slice(0, k)), root(leaves.slice(k)));
}
function path(m: number, leaves: readonly Uint8Array[]): Uint8Array[] {
  if (leaves.length === 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...path(m, leaves.slice(0, k)), root(leaves.slice(k))]
    : [...path(m - k, leaves.slice(k)), root(leaves.slice(0, k))];
}

/** Canonical entry bytes as the journal seals them (keys sorted, no spaces). */
function entryText(id: number, action: string, objectId: string): string {
  return JSON.stringify({
    action, at: `2026-12-03T13:${String(id).padStart(2, '0')}:00.000Z`, objectId, objectType: 'document',
    private: 'a'.repeat(64), v: 1,
  });
}

/** A log of `size` entries; entry `signedAt` (0-based) is the signature of `documentId`. */
function log(size: number, signedAt: number, documentId = 'doc-1') {
  const texts = Array.from({ length: size }, (_, i) =>
    i === signedAt ? entryText(i + 1, 'document.signed', documentId) : entryText(i + 1, 'document.create', `other-${i}`));
  const leaves = texts.map((text) => merkle.leafHash(utf8(text)));
  const rootHash = hex(root(leaves));
  const proof: InclusionProof = {
    entryId: signedAt + 1, leafIndex: signedAt, treeSize: size, entry: texts[signedAt]!, leafHash: hex(leaves[signedAt]!),
    auditPath: path(signedAt, leaves).map(hex),
    treeHead: { log: 'oryndau-test', treeSize: size, rootHash, timestamp: '2026-12-03T13:30:00.000Z', signature: 'MIIB' },
  };
  return { texts, leaves, proof };
}

describe('SIG-7, X-2: the verify page checks a signing\'s journal inclusion proof in the browser', () => {
  it('SIG-7 X-2: accepts the proof of every position in trees of 1 to 9 entries', () => {
    for (let size = 1; size <= 9; size++) {
      for (let index = 0; index < size; index++) {
        const { proof } = log(size, index);
        expect(checkInclusionProof(proof, 'doc-1'), `size ${size}, index ${index}`).toEqual({
          ok: true, entryId: index + 1, leafIndex: index, treeSize: size, at: expect.any(String) as string,
          action: 'document.signed', signedAt: '2026-12-03T13:30:00.000Z', rootHash: proof.treeHead.rootHash,
        });
      }
    }
  });

  it('SIG-7 X-2: accepts the system\'s seal of a document as well as a person\'s signature', () => {
    const { proof } = log(1, 0);
    const entry = entryText(1, 'document.sealed', 'doc-1');
    const leafHash = hex(merkle.leafHash(utf8(entry)));
    const sealed = { ...proof, entry, leafHash, treeHead: { ...proof.treeHead, rootHash: leafHash } };
    expect(checkInclusionProof(sealed, 'doc-1')).toMatchObject({ ok: true, action: 'document.sealed' });
  });

  it('SIG-7 X-2: refuses a tampered entry, whether or not its leaf hash was recomputed', () => {
    const { proof } = log(6, 4);
    const tampered = proof.entry.replace('13:05', '13:06');
    expect(tampered).not.toBe(proof.entry);
    expect(checkInclusionProof({ ...proof, entry: tampered }, 'doc-1')).toEqual({ ok: false, entryId: 5, problem: 'leafHash' });
    const rehashed = { ...proof, entry: tampered, leafHash: hex(merkle.leafHash(utf8(tampered))) };
    expect(checkInclusionProof(rehashed, 'doc-1')).toEqual({ ok: false, entryId: 5, problem: 'inclusion' });
  });

  it('SIG-7 X-2: refuses a genuine proof of an entry that records another document or another action', () => {
    const { proof } = log(5, 2);
    expect(checkInclusionProof(proof, 'doc-2')).toEqual({ ok: false, entryId: 3, problem: 'otherEntry' });
    const { texts, leaves } = log(5, 2);
    const other: InclusionProof = {
      ...proof, entryId: 2, leafIndex: 1, entry: texts[1]!, leafHash: hex(leaves[1]!), auditPath: path(1, leaves).map(hex),
    };
    expect(checkInclusionProof(other, 'other-1')).toEqual({ ok: false, entryId: 2, problem: 'otherEntry' });
  });

  it('SIG-7 X-2: refuses a wrong leaf index and a wrong root', () => {
    const { proof } = log(7, 2);
    for (const leafIndex of [0, 1, 3, 6]) {
      expect(checkInclusionProof({ ...proof, leafIndex }, 'doc-1')).toEqual({ ok: false, entryId: 3, problem: 'inclusion' });
    }
    const wrongRoot = { ...proof, treeHead: { ...proof.treeHead, rootHash: hex(sha256(utf8('another tree'))) } };
    expect(checkInclusionProof(wrongRoot, 'doc-1')).toEqual({ ok: false, entryId: 3, problem: 'inclusion' });
    const shortPath = { ...proof, auditPath: proof.auditPath.slice(1) };
    expect(checkInclusionProof(shortPath, 'doc-1')).toEqual({ ok: false, entryId: 3, problem: 'inclusion' });
  });

  it('SIG-7 X-2: refuses a proof that is not well formed instead of throwing', () => {
    const { proof } = log(4, 1);
    const cases: InclusionProof[] = [
      { ...proof, leafIndex: 4 },
      { ...proof, leafIndex: -1 },
      { ...proof, treeSize: 5 },
      { ...proof, treeHead: { ...proof.treeHead, treeSize: 3 } },
      { ...proof, leafHash: 'zz'.repeat(32) },
      { ...proof, auditPath: [...proof.auditPath.slice(1), 'not hex'] },
      { ...proof, treeHead: { ...proof.treeHead, rootHash: proof.treeHead.rootHash.toUpperCase() } },
    ];
    for (const bad of cases) expect(checkInclusionProof(bad, 'doc-1')).toEqual({ ok: false, entryId: 2, problem: 'malformed' });
    const notJson = { ...proof, entry: 'not json', leafHash: hex(merkle.leafHash(utf8('not json'))) };
    expect(checkInclusionProof(notJson, 'doc-1')).toEqual({ ok: false, entryId: 2, problem: 'otherEntry' });
  });

  it('SIG-7 X-2: one failing proof fails the page; pending and absent records are told apart', () => {
    const good = log(3, 0).proof;
    const bad = { ...log(3, 2).proof, treeHead: good.treeHead };
    expect(checkJournal({ proofs: [good], pending: 1 }, 'doc-1')).toMatchObject({ status: 'verified', pending: 1, proofs: [{ entryId: 1 }] });
    expect(checkJournal({ proofs: [good, bad], pending: 0 }, 'doc-1'))
      .toEqual({ status: 'failed', pending: 0, failures: [{ ok: false, entryId: 3, problem: 'inclusion' }] });
    expect(checkJournal({ proofs: [], pending: 2 }, 'doc-1')).toEqual({ status: 'pending', pending: 2 });
    expect(checkJournal({ proofs: [], pending: 0 }, 'doc-1')).toEqual({ status: 'none' });
  });
});
