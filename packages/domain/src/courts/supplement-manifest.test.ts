import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json';
import {
  supplementManifest, supplementManifestBytes, supplementManifestFilingId, supplementManifestProblems, supplementManifestSha256,
  unsentSupplements, type SupplementManifestInput,
} from './supplement-manifest';

const H = (c: string) => c.repeat(64);
const INPUT: SupplementManifestInput = {
  filing: {
    id: '0b1f6a8e-1c1d-4a7e-9b0e-2f3c4d5e6f70', number: '7114-20260302-00001', appendixLength: 2,
    applicant: { kind: 'individual', iinBin: '920707300005', name: 'Исабеков Данияр' }, principal: null,
  },
  court: { id: 'court-astana-esil', code: '7114' },
  courtCase: { id: 'case-1', number: '7114-26-00-2/1' },
  attachments: [
    { position: 1, title: 'Шарт', sha256: H('a'), sizeBytes: 10, kind: 'pdf' },
    { position: 2, title: 'Қолхат', sha256: H('b'), sizeBytes: 20, kind: 'jpeg' },
    { position: 4, title: 'Есеп', sha256: H('d'), sizeBytes: 40, kind: 'xlsx' },
    { position: 3, title: 'Қосымша түсініктеме', sha256: H('c'), sizeBytes: 30, kind: 'docx' },
  ],
  sentPositions: new Set<number>(),
};

describe('ISSUE-14 item 10, FILE-8: the manifest of additional documents sent to a registered filing', () => {
  it('ISSUE-14 item 10, FILE-8: only the documents after the appendix and not sent yet are listed, in position order', () => {
    const m = supplementManifest(INPUT);
    expect(m.supplements.map((s) => s.position)).toEqual([3, 4]);
    expect(m).toMatchObject({ kind: 'oryndau.filing-supplement', version: 1, filingNumber: '7114-20260302-00001',
      case: { id: 'case-1', number: '7114-26-00-2/1' }, court: { id: 'court-astana-esil', code: '7114' } });
    expect(supplementManifest({ ...INPUT, sentPositions: new Set([3]) }).supplements.map((s) => s.position)).toEqual([4]);
    expect(unsentSupplements(2, INPUT.attachments, new Set([3, 4]))).toEqual([]);
  });

  it('ISSUE-14 item 10, FILE-8: the signed bytes are canonical JSON — sorted keys, no principal when there is none', () => {
    const m = supplementManifest(INPUT);
    const text = new TextDecoder().decode(supplementManifestBytes(m));
    expect(text).toBe(canonicalJson(m));
    expect(text.startsWith('{"applicant":{"iinBin":"920707300005"')).toBe(true);
    expect(text).toContain('"supplements":[{"kind":"docx","position":3,"sha256":"cccc');
    expect(text).not.toContain('principal');
    const reordered = Object.fromEntries(Object.entries(m).reverse()) as typeof m;
    expect(supplementManifestSha256(reordered)).toBe(supplementManifestSha256(m));
    expect(supplementManifestFilingId(supplementManifestBytes(m))).toBe(INPUT.filing.id);
  });

  it('ISSUE-14 item 10, FILE-8: a document added or sent in between changes the bytes (the signature no longer matches)', () => {
    const before = supplementManifestSha256(supplementManifest(INPUT));
    const added = { ...INPUT, attachments: [...INPUT.attachments, { position: 5, title: 'Тағы бір', sha256: H('e'), sizeBytes: 50, kind: 'pdf' as const }] };
    expect(supplementManifestSha256(supplementManifest(added))).not.toBe(before);
    expect(supplementManifestSha256(supplementManifest({ ...INPUT, sentPositions: new Set([4]) }))).not.toBe(before);
    const principal = { ...INPUT, filing: { ...INPUT.filing, principal: { kind: 'individual' as const, iinBin: '011120500008', name: 'Серікбаев' } } };
    expect(supplementManifestSha256(supplementManifest(principal))).not.toBe(before);
  });

  it('ISSUE-14 item 10, FILE-8: nothing unsent, a bad hash or an unnumbered filing cannot be signed', () => {
    const none = supplementManifest({ ...INPUT, sentPositions: new Set([3, 4]) });
    expect(supplementManifestProblems(none)).toEqual(['supplements']);
    expect(() => supplementManifestBytes(none)).toThrow(RangeError);
    const bad = supplementManifest({ ...INPUT, attachments: [{ ...INPUT.attachments[2]!, sha256: 'XYZ' }] });
    expect(supplementManifestProblems(bad)).toEqual(['supplements.0.sha256']);
    expect(supplementManifestProblems(supplementManifest({ ...INPUT, filing: { ...INPUT.filing, number: '' } }))).toEqual(['filingNumber']);
    expect(supplementManifestProblems(supplementManifest(INPUT))).toEqual([]);
  });

  it('ISSUE-14 item 10, FILE-8: the filing manifest and foreign bytes are not taken for a supplement manifest', () => {
    const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
    expect(supplementManifestFilingId(enc({ kind: 'oryndau.filing', filingId: 'x' }))).toBeNull();
    expect(supplementManifestFilingId(new TextEncoder().encode('not json'))).toBeNull();
    expect(supplementManifestFilingId(enc({ kind: 'oryndau.filing-supplement', filingId: 7 }))).toBeNull();
  });
});
