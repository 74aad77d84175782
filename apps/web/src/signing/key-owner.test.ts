import { describe, expect, it } from 'vitest';
import { isSomeoneElsesKey } from './key-owner.ts';

describe('ISSUE-13 item 9 (SIG-2): whose key it is', () => {
  it('ISSUE-13 item 9: a key of the signed-in person fits; another IIN, or none, is someone else\'s', () => {
    expect(isSomeoneElsesKey({ iin: '880415400004' }, { iin: '880415400004' })).toBe(false);
    expect(isSomeoneElsesKey({ iin: '750611300106' }, { iin: '880415400004' })).toBe(true);
    expect(isSomeoneElsesKey({ iin: null }, { iin: '880415400004' })).toBe(true);
  });
});
