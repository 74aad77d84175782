import { formatRegistrationNumber } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../test/harness/databases';
import { nextRegistrationSequence } from './registration-counters';

describeOnEachEngine('registration counters', ({ db }) => {
  it('ENF-1: numbers are sequential per department and year, and a rolled-back registration returns its number', async () => {
    const next = (department: number, year: number) => db().transaction((tx) => nextRegistrationSequence(tx, department, year));
    expect([await next(751110000, 2026), await next(751110000, 2026), await next(751110000, 2027), await next(311010000, 2026)])
      .toEqual([1, 2, 1, 1]);
    await expect(db().transaction(async (tx) => {
      await nextRegistrationSequence(tx, 751110000, 2026);
      throw new Error('writ signature invalid');
    })).rejects.toThrow('writ');
    expect(await next(751110000, 2026)).toBe(3);
    expect(formatRegistrationNumber({ departmentCode: 751110000, year: 2026, sequence: 3 })).toMatch(/^751110000-2026-000003-\d$/);
  });

  it('ENF-1: 40 concurrent registrations get 40 distinct numbers with no gap', async () => {
    const numbers = await Promise.all(Array.from({ length: 40 }, () =>
      db().transaction((tx) => nextRegistrationSequence(tx, 551010000, 2026))));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
