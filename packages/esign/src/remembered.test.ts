import { describe, expect, it } from 'vitest';
import { BytesMemo, Remembered, bytesKey, partsKey, rememberedByBytes } from './remembered';

describe('memos keyed by exact bytes (SIG-4)', () => {
  it('SIG-4: the key is the bytes themselves — one changed bit or a different split gives another key', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 31) & 0xff);
    const flipped = bytes.slice();
    flipped[12_345]! ^= 0x01;
    expect(bytesKey(bytes)).toBe(bytesKey(bytes.slice()));
    expect(bytesKey(flipped)).not.toBe(bytesKey(bytes));
    expect(bytesKey(bytes)).toHaveLength(bytes.length);
    // [ab][c] and [a][bc] are different inputs.
    expect(partsKey([Uint8Array.of(1, 2), Uint8Array.of(3)])).not.toBe(partsKey([Uint8Array.of(1), Uint8Array.of(2, 3)]));
  });

  it('SIG-4: a memo forgets its oldest entry once full', () => {
    const memo = new Remembered<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3);
    expect([memo.has('a'), memo.get('b'), memo.get('c')]).toEqual([false, 2, 3]);
  });

  it('SIG-4: a derived value is made once from a copy, frozen, and a throw or an oversized input is not remembered', () => {
    const calls: number[] = [];
    const derive = rememberedByBytes(8, 4, (bytes) => {
      calls.push(bytes.length);
      if (bytes[0] === 0xff) throw new Error('malformed');
      return { first: bytes[0], bytes };
    });
    const input = Uint8Array.of(1, 2, 3);
    const value = derive(input);
    input.fill(9);
    expect(derive(Uint8Array.of(1, 2, 3))).toBe(value);
    expect(value.bytes).toEqual(Uint8Array.of(1, 2, 3));
    expect(Object.isFrozen(value)).toBe(true);
    expect(() => derive(Uint8Array.of(0xff))).toThrow('malformed');
    expect(() => derive(Uint8Array.of(0xff))).toThrow('malformed');
    const big = Uint8Array.of(1, 2, 3, 4, 5);
    expect(derive(big)).not.toBe(derive(big));
    expect(calls).toEqual([3, 1, 1, 5, 5]);
  });

  it('SIG-4: a bytes memo answers only for exactly the same parts, keeps its own copy and stays bounded', () => {
    const memo = new BytesMemo<string>(3);
    const key = Uint8Array.of(1, 2, 3);
    memo.set([key, Uint8Array.of(4)], 'one');
    key.fill(0);
    expect(memo.get([Uint8Array.of(1, 2, 3), Uint8Array.of(4)])).toBe('one');
    expect(memo.get([Uint8Array.of(1, 2), Uint8Array.of(3, 4)])).toBeUndefined();
    expect(memo.get([Uint8Array.of(1, 2, 3, 4)])).toBeUndefined();
    expect(memo.get([Uint8Array.of(1, 2, 3), Uint8Array.of(5)])).toBeUndefined();
    for (const n of [10, 11, 12]) memo.set([Uint8Array.of(n)], String(n));
    expect(memo.get([Uint8Array.of(1, 2, 3), Uint8Array.of(4)])).toBeUndefined();
    expect([10, 11, 12].map((n) => memo.get([Uint8Array.of(n)]))).toEqual(['10', '11', '12']);
  });
});
