import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json';
import { filingContentHash, filingManifestBytes, filingManifestSha256, manifestContentHash, manifestProblems, type FilingManifest } from './filing-manifest';

const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);
const MANIFEST: FilingManifest = {
  kind: 'oryndau.filing', version: 1, filingId: '0b1f6a8e-1c1d-4a7e-9b0e-2f3c4d5e6f70',
  court: { id: 'court-1', code: '7194' }, service: 'claim', form: 'civil', instance: 'first',
  applicant: { kind: 'individual', iinBin: '791028302728', name: 'Серіков Арман' },
  parties: [
    { category: 'plaintiff', kind: 'individual', iinBin: '791028302728', name: 'Серіков Арман' },
    { category: 'defendant', kind: 'legal_entity', iinBin: '940140000385', name: '«Жұлдыз» ЖШС' },
  ],
  title: 'Қарызды өндіріп алу туралы', body: 'Жауапкерден 500 000 теңге өндіріп алуды сұраймын.',
  claimAmountTiyn: 50_000_000, dutyTiyn: 500_000,
  appendix: [
    { position: 1, title: 'Шарт', sha256: H1, sizeBytes: 1024, kind: 'pdf' },
    { position: 2, title: 'Түбіртек', sha256: H2, sizeBytes: 2048, kind: 'jpeg' },
  ],
};

describe('FILE-6 ISSUE-14 item 7: the filing manifest the applicant signs', () => {
  it('FILE-6 ISSUE-14 item 7: the bytes are canonical JSON in UTF-8 — sorted keys, no optional fields left empty', () => {
    const text = new TextDecoder().decode(filingManifestBytes(MANIFEST));
    expect(text.startsWith('{"appendix":[{"kind":"pdf","position":1,"sha256":"aaaa')).toBe(true);
    expect(text).toContain('"body":"Жауапкерден 500 000 теңге өндіріп алуды сұраймын.","claimAmountTiyn":50000000,"court":{"code":"7194","id":"court-1"}');
    expect(text.endsWith('"title":"Қарызды өндіріп алу туралы","version":1}')).toBe(true);
    expect(text).not.toContain('principal');
    expect(text).toBe(canonicalJson(MANIFEST));
  });

  it('FILE-6 ISSUE-14 item 7: the same data in another key order gives the same bytes and hash', () => {
    const reordered = Object.fromEntries(Object.entries(MANIFEST).reverse()) as FilingManifest;
    expect(filingManifestBytes(reordered)).toEqual(filingManifestBytes(MANIFEST));
    expect(filingManifestSha256(reordered)).toBe(filingManifestSha256(MANIFEST));
    expect(filingManifestSha256(MANIFEST)).toMatch(/^[0-9a-f]{64}$/);
    expect(filingManifestSha256({ ...MANIFEST, dutyTiyn: 500_001 })).not.toBe(filingManifestSha256(MANIFEST));
  });

  it('FILE-6 ISSUE-14 item 7: a manifest with gaps in the appendix or a bad hash cannot be signed', () => {
    const gap = { ...MANIFEST, appendix: [MANIFEST.appendix[1]!] };
    expect(manifestProblems(gap)).toEqual(['appendix.0.position']);
    const badHash = { ...MANIFEST, appendix: [{ ...MANIFEST.appendix[0]!, sha256: 'XYZ' }, MANIFEST.appendix[1]!] };
    expect(() => filingManifestBytes(badHash)).toThrow(/appendix\.0\.sha256/);
    expect(manifestProblems({ ...MANIFEST, applicant: { ...MANIFEST.applicant, iinBin: '123' } })).toEqual(['applicant.iinBin']);
    expect(manifestProblems(MANIFEST)).toEqual([]);
  });

  it('ISSUE-14 item 9: the content hash is equal for the same content under another id, time and order', () => {
    const again: FilingManifest = {
      ...MANIFEST, filingId: 'another-id', title: 'Басқа тақырып', dutyTiyn: 0,
      parties: [...MANIFEST.parties].reverse(), body: `  ${MANIFEST.body}\r\n`,
      appendix: [{ ...MANIFEST.appendix[1]!, position: 1 }, { ...MANIFEST.appendix[0]!, position: 2 }],
    };
    expect(manifestContentHash(again)).toBe(manifestContentHash(MANIFEST));
  });

  it('ISSUE-14 item 9: a changed attachment, party, court or text changes the content hash', () => {
    const base = { courtId: 'court-1', parties: [{ iinBin: '791028302728' }], body: 'Мәтін', attachmentSha256: [H1, H2] };
    const h = filingContentHash(base);
    expect(filingContentHash({ ...base, attachmentSha256: [H1, 'c'.repeat(64)] })).not.toBe(h);
    expect(filingContentHash({ ...base, parties: [{ iinBin: '940140000385' }] })).not.toBe(h);
    expect(filingContentHash({ ...base, courtId: 'court-2' })).not.toBe(h);
    expect(filingContentHash({ ...base, body: 'Басқа мәтін' })).not.toBe(h);
    expect(filingContentHash({ ...base, attachmentSha256: [H2.toUpperCase(), H1] })).toBe(h);
  });
});
