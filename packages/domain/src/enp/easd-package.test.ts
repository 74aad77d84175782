import { describe, expect, it } from 'vitest';
import { parseEasdMetadata } from './easd-package';

// ENP-10: the ЭАСД package's metadata as the ЭНП reads it.

const participants = JSON.stringify([
  { iin: '850615300109', name: 'Иванов Ерлан', category: 'plaintiff' },
  { iin: '900101300017', name: 'Өмірзақов Ержан', category: 'accused' },
  { iin: '12', name: 'Қате ЖСН', category: 'defendant' },
  { iin: '850312300002', name: '', category: 'defendant' },
]);

describe('ENP-10: the ЭАСД package metadata', () => {
  it('ENP-10: court, form, instance, day, participants of the form, documents by position', () => {
    const parsed = parseEasdMetadata({ courtId: 'court-astana-esil', form: 'civil', instance: 'appeal', registeredOn: '2009-03-10', participants,
      documents: JSON.stringify([{ title: { kk: 'Шешім', ru: 'Решение' }, date: '2009-06-22' }, { title: { kk: 'Тек қазақша' } }, { title: { kk: 'А', ru: 'Б' }, date: '22.06.2009' }]) });
    expect(parsed).toEqual({
      courtId: 'court-astana-esil', form: 'civil', instance: 'appeal', registeredOn: '2009-03-10',
      // The accused is no civil category; a short IIN and an empty name are left out, never guessed.
      participants: [{ iin: '850615300109', name: 'Иванов Ерлан', category: 'plaintiff' }],
      documents: [{ title: { kk: 'Шешім', ru: 'Решение' }, date: '2009-06-22' }, null, { title: { kk: 'А', ru: 'Б' }, date: null }],
    });
  });

  it('ENP-10: no court or no known form — no case; broken JSON — no participants, first instance, no day', () => {
    expect(parseEasdMetadata({ form: 'civil' })).toBeNull();
    expect(parseEasdMetadata({ courtId: 'court-astana-esil', form: 'family' })).toBeNull();
    expect(parseEasdMetadata({ courtId: 'court-astana-esil', form: 'criminal', participants: '[{', documents: '{}', registeredOn: '2009' }))
      .toEqual({ courtId: 'court-astana-esil', form: 'criminal', instance: 'first', registeredOn: null, participants: [], documents: [] });
  });
});
