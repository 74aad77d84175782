import { describe, expect, it } from 'vitest';
import { sameHash, sha256Hex } from './sha256.ts';

describe('SIG-6: the file check hashes in the browser', () => {
  it('computes SHA-256 hex', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc')))
      .toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sameHash('AB12', 'ab12 ')).toBe(true);
    expect(sameHash('ab12', 'ab13')).toBe(false);
  });
});
