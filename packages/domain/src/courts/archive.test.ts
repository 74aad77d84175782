import { describe, expect, it } from 'vitest';
import { KZ_WORKING_CALENDAR } from '@oryndau/kz';
import {
  archiveHandoverDue, archiveInventoryBytes, buildArchiveInventory, inventoryMatches, isArchiveHandoverOverdue, parseArchiveInventory,
} from './index';
import { RETENTION_RULES, retentionRuleFor, retentionUntil } from './archive-retention';

const H = (c: string) => c.repeat(64);
const entry = (over: Partial<Parameters<typeof buildArchiveInventory>[0]['entries'][number]> = {}) => ({
  source: 'case_document', title: 'Талап арыз', fileName: 'claim.pdf', mediaType: 'application/pdf', sha256: H('a'), size: 10,
  fileId: 'f1', documentId: null, signatures: [], addedAt: '2026-03-02T05:00:00.000Z', ...over,
});
const base = {
  case: { id: 'c1', number: '7194-26-00-2/1', court: { id: 'court', name: { kk: 'Сот', ru: 'Суд' } }, form: 'civil', category: 'civil' },
  inForceOn: '2026-04-01', preparedAt: '2026-04-07T05:00:00.000Z', preparedBy: { userId: 'u', name: 'Хатшы' },
  retention: { years: 5, rule: 'civil.default', confirmed: false },
};

describe('FILE-17: archive inventory, handover day, retention (pure)', () => {
  it('FILE-17 §62: the handover is three working days after legal force, holidays skipped (calendar data)', () => {
    expect(archiveHandoverDue('2026-03-04', KZ_WORKING_CALENDAR)).toBe('2026-03-10'); // Wed → Thu, Fri, (Sat, Sun, 8 March holiday observed Mon 9) Tue 10
    expect(archiveHandoverDue('2026-04-01', KZ_WORKING_CALENDAR)).toBe('2026-04-06');
    expect(isArchiveHandoverOverdue('2026-04-06', '2026-04-06', false)).toBe(false);
    expect(isArchiveHandoverOverdue('2026-04-06', '2026-04-07', false)).toBe(true);
    expect(isArchiveHandoverOverdue('2026-04-06', '2026-04-07', true)).toBe(false);
  });

  it('FILE-17: the inventory is canonical bytes, numbered in the order documents came, one entry per file or document, parsed back', () => {
    const inventory = buildArchiveInventory({ ...base, entries: [
      entry({ fileId: 'f2', sha256: H('b'), addedAt: '2026-03-03T00:00:00.000Z' }), entry(), entry(),
      entry({ source: 'signed_document', fileId: null, documentId: 'd1', sha256: H('c'),
        signatures: [{ id: 's1', signerName: 'A', signerIin: '920707300005', signerBin: null, signedAt: '2026-03-02T05:00:00.000Z', algorithm: 'RSA' }] }),
    ] });
    expect(inventory.entries.map((e) => [e.position, e.fileId ?? e.documentId])).toEqual([[1, 'f1'], [2, 'd1'], [3, 'f2']]);
    const bytes = archiveInventoryBytes(inventory);
    expect(archiveInventoryBytes(buildArchiveInventory({ ...base, entries: [...inventory.entries].reverse() }))).toEqual(bytes);
    expect(parseArchiveInventory(bytes)).toEqual(inventory);
    expect(parseArchiveInventory(new TextEncoder().encode('{"format":"other"}'))).toBeNull();
    expect(inventoryMatches(inventory, inventory.entries)).toBe(true);
    expect(inventoryMatches(inventory, [...inventory.entries, entry({ fileId: 'f3' })])).toBe(false);
    expect(() => buildArchiveInventory({ ...base, entries: [entry({ sha256: 'nope' })] })).toThrow();
  });

  it('FILE-17 §60: retention by case form/category is data with its source, marked unconfirmed; the last day of storage', () => {
    expect(retentionRuleFor('civil', 'civil')).toMatchObject({ id: 'civil.default', confirmed: false });
    expect(RETENTION_RULES.every((r) => r.source.includes('6001-23-7-4/129') && r.confirmed === false)).toBe(true);
    const special = [...RETENTION_RULES, { ...RETENTION_RULES[0]!, id: 'civil.family', categoryPrefix: 'family', years: null }];
    expect(retentionRuleFor('civil', 'family.divorce', special).id).toBe('civil.family');
    expect(retentionUntil('2026-04-07', 5)).toBe('2031-04-07');
    expect(retentionUntil('2028-02-29', 1)).toBe('2029-02-28');
    expect(retentionUntil('2026-04-07', null)).toBeNull();
  });
});
