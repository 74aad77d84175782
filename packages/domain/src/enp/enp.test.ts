import { describe, expect, it } from 'vitest';
import { PARTICIPANT_CATEGORY_TEXTS, participantCategoriesFor } from '../courts/participants';
import {
  ENP_DOCUMENT_KINDS, ENP_DOCUMENT_KIND_TEXTS, ENP_PASSWORD_ALPHABET, ENP_PASSWORD_BITS, ENP_PASSWORD_LENGTH, ENP_PASSWORD_RANDOM_BYTES,
  ENP_VISIBILITY_MATRIX_V1, enpPasswordFromBytes, matrixProblems, normaliseEnpPassword, parseEnpDocumentId, visibleKinds,
} from './index';

describe('ЭНП password (ENP-1)', () => {
  it('ENP-1: the alphabet has no ambiguous characters (0 O 1 l I) and no repeats; the password carries at least 50 bits', () => {
    for (const c of '0O1lI') expect(ENP_PASSWORD_ALPHABET).not.toContain(c);
    expect(new Set(ENP_PASSWORD_ALPHABET).size).toBe(ENP_PASSWORD_ALPHABET.length);
    expect(ENP_PASSWORD_BITS).toBeGreaterThanOrEqual(50);
  });

  it('ENP-1: the password is drawn from the given bytes only (rejection sampling: bytes ≥ 240 are skipped)', () => {
    const bytes = new Uint8Array(ENP_PASSWORD_RANDOM_BYTES).map((_, i) => i);
    const a = enpPasswordFromBytes(bytes);
    expect(a).toHaveLength(ENP_PASSWORD_LENGTH);
    expect(a).toBe(ENP_PASSWORD_ALPHABET.slice(0, ENP_PASSWORD_LENGTH));
    expect(enpPasswordFromBytes(new Uint8Array([250, 251, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))).toBe(a);
    expect(enpPasswordFromBytes(new Uint8Array([240, 241, 0, 1]))).toBeNull();
    expect([...(enpPasswordFromBytes(new Uint8Array(30).fill(239)) ?? '')].every((c) => ENP_PASSWORD_ALPHABET.includes(c))).toBe(true);
  });

  it('ENP-3: spaces and dashes a person copies from the card are dropped, nothing else changes', () => {
    expect(normaliseEnpPassword(' ACDE-FGHJ kL ')).toBe('ACDEFGHJkL');
  });
});

describe('ЭНП document kinds (ENP-4)', () => {
  it('ENP-4: every kind has a Kazakh and a Russian name that differ', () => {
    for (const kind of ENP_DOCUMENT_KINDS) {
      const t = ENP_DOCUMENT_KIND_TEXTS[kind];
      expect(t.kk.trim()).not.toBe('');
      expect(t.ru.trim()).not.toBe('');
      expect(t.kk).not.toBe(t.ru);
    }
  });

  it('ENP-4, ENP-10: portal ids carry their source (act, doc, arc, easd); anything else is refused', () => {
    expect(parseEnpDocumentId('act:1b2c')).toEqual({ source: 'act', key: '1b2c' });
    expect(parseEnpDocumentId('easd:A-1:2')).toEqual({ source: 'easd', key: 'A-1:2' });
    expect(parseEnpDocumentId('file:1')).toBeNull();
    expect(parseEnpDocumentId('act:')).toBeNull();
    expect(parseEnpDocumentId('act')).toBeNull();
  });
});

describe('ЭНП visibility matrix (ENP-6)', () => {
  it('ENP-6: version 1 is whole — each form × category of that form × kind once — with a kk/ru basis, unconfirmed cells marked', () => {
    expect(matrixProblems(ENP_VISIBILITY_MATRIX_V1)).toEqual([]);
    const forms = ['civil', 'criminal', 'administrative'] as const;
    const expected = forms.reduce((n, f) => n + participantCategoriesFor(f).length * ENP_DOCUMENT_KINDS.length, 0);
    expect(ENP_VISIBILITY_MATRIX_V1).toHaveLength(expected);
    for (const cell of ENP_VISIBILITY_MATRIX_V1) {
      // Nothing was checked against the codes' texts: every cell says so, in the data and in its words.
      expect(cell.confirmed).toBe(false);
      expect(cell.basis.ru).toMatch(/не проверено/);
      expect(cell.basis.kk).toMatch(/тексерілмеген/);
    }
  });

  it('ENP-6: a civil party sees every kind; a suspect and an investigator only the rulings and resolutions; a civil plaintiff in a criminal case not the others\' filings', () => {
    expect(visibleKinds(ENP_VISIBILITY_MATRIX_V1, 'civil', 'plaintiff')).toEqual([...ENP_DOCUMENT_KINDS]);
    expect(visibleKinds(ENP_VISIBILITY_MATRIX_V1, 'criminal', 'suspect')).toEqual(['ruling', 'resolution']);
    expect(visibleKinds(ENP_VISIBILITY_MATRIX_V1, 'criminal', 'investigator')).toEqual(['ruling', 'resolution']);
    expect(visibleKinds(ENP_VISIBILITY_MATRIX_V1, 'criminal', 'civil_plaintiff')).not.toContain('case_document');
    expect(visibleKinds(ENP_VISIBILITY_MATRIX_V1, 'criminal', 'civil_plaintiff')).toContain('sentence');
  });

  it('ENP-6: a category outside the case\'s form has no cell and so sees nothing (a plaintiff in a criminal case)', () => {
    expect(visibleKinds(ENP_VISIBILITY_MATRIX_V1, 'criminal', 'plaintiff')).toEqual([]);
    expect(visibleKinds(ENP_VISIBILITY_MATRIX_V1, 'civil', 'accused')).toEqual([]);
    expect(Object.keys(PARTICIPANT_CATEGORY_TEXTS).length).toBeGreaterThan(0);
  });

  it('ENP-6: an edited version with a missing cell, a duplicate, a foreign category or an empty basis is refused', () => {
    const [first, ...rest] = ENP_VISIBILITY_MATRIX_V1;
    expect(matrixProblems(rest)).toEqual([`${first!.form}/${first!.category}/${first!.kind}: missing`]);
    expect(matrixProblems([...ENP_VISIBILITY_MATRIX_V1, first!])).toHaveLength(1);
    expect(matrixProblems([...rest, { ...first!, basis: { kk: ' ', ru: 'x' } }])).toEqual([`${first!.form}/${first!.category}/${first!.kind}: basis missing`]);
    expect(matrixProblems([...ENP_VISIBILITY_MATRIX_V1, { ...first!, form: 'criminal', category: 'plaintiff' }])).toHaveLength(1);
  });
});
