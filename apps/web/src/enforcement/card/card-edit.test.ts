import { describe, expect, it } from 'vitest';
import type { ExecutiveDocument } from '../../api/enforcement-types.ts';
import { changedFields, courtSignedFields, editValuesOf } from './card-edit.ts';

const doc = (extra: Partial<ExecutiveDocument> = {}): ExecutiveDocument => ({
  source: 'manual', externalId: null, courtId: null, registrationNumber: '310000000-2026-000001-1', registrationDate: '2026-03-02',
  arrivalOrder: 'first', claimEssence: 'Взыскание налоговой задолженности', issueDate: '2026-01-15', issuingBody: 'ДГД по Жамбылской области', issuingBodyKk: null,
  documentType: 'writ', documentNumber: '2-15/2026', entryIntoForceDate: '2026-02-01', categoryCode: 'state_collection',
  amount: '1 000,00', currency: 'USD', exchangeRate: '470,25', exchangeRateDate: '2026-03-01', amountTiyn: '47025000',
  copyNumber: '1', signerName: 'Ахметов А.', receivedFrom: null, subcategory: null, senderDocumentDate: null, senderOutgoingNumber: null,
  claimFiledBy: null, solidaryLiability: false, trustedPerson: false, courtActDocumentId: null,
  ...extra,
});

describe('ENF-10: «Редактировать» sends only what changed', () => {
  it('ENF-10: an untouched form sends nothing, even where the card holds null', () => {
    const card = doc({ receivedFrom: null as unknown as undefined, claimFiledBy: null as unknown as undefined });
    expect(changedFields(card, editValuesOf(card))).toEqual({});
  });

  it('ENF-10: sends changed text trimmed, days as ISO, flags and the claimant kind', () => {
    const card = doc();
    const values = {
      ...editValuesOf(card), copyNumber: ' 2 ', signerName: 'Судья Қасымов Б. Ә.', issueDate: '14.01.2026',
      senderDocumentDate: '20.02.2026', trustedPerson: true, claimFiledBy: 'legal_entity' as const,
    };
    expect(changedFields(card, values)).toEqual({
      copyNumber: '2', signerName: 'Судья Қасымов Б. Ә.', issueDate: '2026-01-14', senderDocumentDate: '2026-02-20',
      trustedPerson: true, claimFiledBy: 'legal_entity',
    });
  });

  it('ISSUE-13 item 1, ENF-10: the issuing body\'s Kazakh name is filled from the card, sent when changed and cleared when emptied', () => {
    const none = doc();
    expect(editValuesOf(none).issuingBodyKk).toBe('');
    expect(changedFields(none, { ...editValuesOf(none), issuingBodyKk: ' Жамбыл облысы бойынша МКД ' })).toEqual({ issuingBodyKk: 'Жамбыл облысы бойынша МКД' });
    const named = doc({ issuingBodyKk: 'Жамбыл облысы бойынша МКД' });
    expect(editValuesOf(named).issuingBodyKk).toBe('Жамбыл облысы бойынша МКД');
    expect(changedFields(named, editValuesOf(named))).toEqual({});
    expect(changedFields(named, { ...editValuesOf(named), issuingBodyKk: '  ' })).toEqual({ issuingBodyKk: '' });
  });

  it('ISSUE-13 item 1, SIG-5: a court card never sends the Kazakh name the court signed', () => {
    const card = doc({ source: 'court', issuingBodyKk: 'Тараз қалалық соты' });
    expect(changedFields(card, { ...editValuesOf(card), issuingBodyKk: 'Басқа сот' })).toEqual({});
  });

  it('ENF-10: an emptied optional text clears it; an emptied day is not sent', () => {
    const card = doc({ senderDocumentDate: '2026-02-20' });
    expect(changedFields(card, { ...editValuesOf(card), copyNumber: '   ', senderDocumentDate: '' })).toEqual({ copyNumber: '' });
  });

  it('ENF-10, SIG-5: a court card never sends what the court signed', () => {
    const card = doc({ source: 'court' });
    const values = { ...editValuesOf(card), documentNumber: '9-99/2026', solidaryLiability: true, copyNumber: '3', senderOutgoingNumber: '01-12/345' };
    expect(changedFields(card, values)).toEqual({ copyNumber: '3', senderOutgoingNumber: '01-12/345' });
  });

  it('ENF-10: reads the court-signed fields of a 403 and nothing else', () => {
    expect(courtSignedFields({ fields: ['documentNumber', 7], reason: 'signed_by_court' })).toEqual(['documentNumber']);
    expect(courtSignedFields({ fields: ['documentNumber'] })).toEqual([]);
    expect(courtSignedFields(undefined)).toEqual([]);
  });
});
