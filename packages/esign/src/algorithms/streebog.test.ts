import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes';
import { A_HEX, C_HEX, PI_HEX } from './streebog-constants';
import { Streebog, streebog256, streebog512 } from './streebog';

// Expected values are byte strings (the RFC 6986 numbers reversed), as
// published for RFC 6986 §10 in e.g. GNU Nettle's and Bouncy Castle's test
// suites; the two "carry" vectors come from the GOST engine's and Nettle's
// suites and exercise the 512-bit additions.

const ascii = (text: string) => new TextEncoder().encode(text);

const M1 = ascii('012345678901234567890123456789012345678901234567890123456789012');
// RFC 6986 M2: "Се ветри, Стрибожи внуци, …" in CP1251, 72 bytes (two blocks).
const M2 = fromHex(
  'd1e520e2e5f2f0e82c20d1f2f0e8e1eee6e820e2edf3f6e82c20e2e5fef2fa20' +
    'f120eceef0ff20f1f2f0e5ebe0ece820ede020f5f0e0e1f0fbff20efebfaeafb20c8e3eef0e5e2fb',
);
const CARRY = fromHex('ee'.repeat(64) + '16' + '11'.repeat(62) + '16');
const ALL_ONES = fromHex('ff'.repeat(128));

describe('Streebog (GOST R 34.11-2012)', () => {
  it('SIG-4: RFC 6986 §10.1 M1 (63 bytes), 512 and 256 bits', () => {
    expect(toHex(streebog512(M1))).toBe(
      '1b54d01a4af5b9d5cc3d86d68d285462b19abc2475222f35c085122be4ba1ffa' +
        '00ad30f8767b3a82384c6574f024c311e2a481332b08ef7f41797891c1646f48',
    );
    expect(toHex(streebog256(M1))).toBe('9d151eefd8590b89daa6ba6cb74af9275dd051026bb149a452fd84e5e57b5500');
  });

  it('SIG-4: RFC 6986 §10.2 M2 (72 bytes, two blocks), 512 and 256 bits', () => {
    expect(M2.length).toBe(72);
    expect(toHex(streebog512(M2))).toBe(
      '1e88e62226bfca6f9994f1f2d51569e0daf8475a3b0fe61a5300eee46d961376' +
        '035fe83549ada2b8620fcd7c496ce5b33f0cb9dddc2b6460143b03dabac9fb28',
    );
    expect(toHex(streebog256(M2))).toBe('9dd2fe4e90409e5da87f53976d7405b0c0cac628fc669a741d50063c557e8f50');
  });

  it('SIG-4: the empty message', () => {
    expect(toHex(streebog512(new Uint8Array()))).toBe(
      '8e945da209aa869f0455928529bcae4679e9873ab707b55315f56ceb98bef0a7' +
        '362f715528356ee83cda5f2aac4c6ad2ba3a715c1bcd81cb8e9f90bf4c1c1a8a',
    );
    expect(toHex(streebog256(new Uint8Array()))).toBe('3f539a213e97c802cc229d474c6aa32a825a360b2a933a949fd925208d9ce1bb');
  });

  it('SIG-4: multi-block messages whose checksum additions carry (exact multiples of the block size)', () => {
    expect(toHex(streebog512(CARRY))).toBe(
      '8b06f41e59907d9636e892caf5942fcdfb71fa31169a5e70f0edb873664df41c' +
        '2cce6e06dc6755d15a61cdeb92bd607cc4aaca6732bf3568a23a210dd520fd41',
    );
    expect(toHex(streebog256(CARRY))).toBe('81bb632fa31fcc38b4c379a662dbc58b9bed83f50d3a1b2ce7271ab02d25babb');
    expect(toHex(streebog512(ALL_ONES))).toBe(
      '90a161d12ad309498d3fe5d48202d8a4e9c406d6a264aeab258ac5ecc37a7962' +
        'aaf9587a5abb09b6bb81ec4b3752a3ff5a838ef175be5772056bc5fe54fcfc7e',
    );
  });

  it('SIG-4: incremental hashing in any chunking equals one-shot hashing', () => {
    const message = Uint8Array.from({ length: 1050 }, (_, i) => (i * 7 + 3) & 0xff);
    const oneShot512 = toHex(streebog512(message));
    const oneShot256 = toHex(streebog256(message));
    for (const chunk of [1, 3, 31, 63, 64, 65, 127, 128, 1049, 1050]) {
      const h512 = new Streebog(512);
      const h256 = new Streebog(256);
      for (let i = 0; i < message.length; i += chunk) {
        h512.update(message.subarray(i, i + chunk));
        h256.update(message.subarray(i, i + chunk));
      }
      expect(toHex(h512.digest()), `chunk ${chunk}`).toBe(oneShot512);
      expect(toHex(h256.digest()), `chunk ${chunk}`).toBe(oneShot256);
    }
  });

  it('digest() does not end the computation: more data may follow', () => {
    const hash = new Streebog(512).update(M1.subarray(0, 10));
    const early = toHex(hash.digest());
    expect(toHex(hash.digest())).toBe(early);
    expect(early).toBe(toHex(streebog512(M1.subarray(0, 10))));
    expect(toHex(hash.update(M1.subarray(10)).digest())).toBe(toHex(streebog512(M1)));
  });

  it('a one-bit change changes the hash; 256 is not a prefix of 512', () => {
    const changed = M1.slice();
    changed[62] = changed[62]! ^ 1;
    expect(toHex(streebog512(changed))).not.toBe(toHex(streebog512(M1)));
    expect(toHex(streebog512(M1)).startsWith(toHex(streebog256(M1)))).toBe(false);
  });

  it('the transcribed constants have the shape RFC 6986 gives them', () => {
    const pi = fromHex(PI_HEX);
    expect(pi.length).toBe(256);
    expect(new Set(pi).size).toBe(256); // π is a permutation
    expect([pi[0], pi[255]]).toEqual([0xfc, 0xb6]);
    expect(A_HEX).toHaveLength(64);
    expect(A_HEX.every((row) => /^[0-9a-f]{16}$/.test(row))).toBe(true);
    expect(C_HEX).toHaveLength(12);
    expect(C_HEX.every((c) => /^[0-9a-f]{128}$/.test(c))).toBe(true);
  });

  it('refuses a size other than 256 or 512', () => {
    expect(() => new Streebog(384 as 512)).toThrow(RangeError);
  });
});
