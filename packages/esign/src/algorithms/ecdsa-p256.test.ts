import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes';
import { ecdsaDerToRaw, ecdsaRawToDer } from './ecdsa-der';
import { ecdsaP256, generateEcdsaP256KeyPair } from './ecdsa-p256';

const text = (s: string) => new TextEncoder().encode(s);

describe('ECDSA Ecdsa-Sig-Value ⇄ raw r‖s', () => {
  it('pads, strips and sign-extends integers', () => {
    // r has its top bit set (needs a 00 prefix in DER); s has leading zero bytes (stripped in DER).
    const raw = fromHex('80'.padEnd(64, '1') + '0000'.padEnd(64, '2'));
    const der = ecdsaRawToDer(raw);
    expect(toHex(der)).toBe(`3043022100${'80'.padEnd(64, '1')}021e${''.padEnd(60, '2')}`);
    expect(toHex(ecdsaDerToRaw(der))).toBe(toHex(raw));
  });

  it('uses the long length form when the content is 128 bytes or more (P-521 sizes)', () => {
    const raw = new Uint8Array(132).fill(0xff);
    const der = ecdsaRawToDer(raw);
    expect(toHex(der.subarray(0, 3))).toBe('30818a');
    expect(toHex(ecdsaDerToRaw(der, 66))).toBe(toHex(raw));
  });

  it('refuses non-DER forms: negative, non-minimal, trailing bytes, too large, wrong tags', () => {
    const ok = ecdsaRawToDer(fromHex('01'.repeat(64)));
    expect(() => ecdsaDerToRaw(ok)).not.toThrow();
    expect(() => ecdsaDerToRaw(fromHex('3006020181020101'))).toThrow(/negative/);
    expect(() => ecdsaDerToRaw(fromHex('300702020001020101'))).toThrow(/minimally/);
    expect(() => ecdsaDerToRaw(fromHex('300602010102010100'))).toThrow(/length/);
    expect(() => ecdsaDerToRaw(fromHex('3008020101020101' + '0000'))).toThrow(/length|trailing/);
    expect(() => ecdsaDerToRaw(fromHex(`3026022101${'11'.repeat(32)}020101`))).toThrow(/too large/);
    expect(() => ecdsaDerToRaw(fromHex('3106020101020101'))).toThrow(/SEQUENCE/);
    expect(() => ecdsaDerToRaw(fromHex('3006040101020101'))).toThrow(/INTEGER/);
    expect(() => ecdsaDerToRaw(fromHex('308106020101020101'))).toThrow(/length/); // long form for a short length
  });
});

describe('ECDSA-P256-SHA256', () => {
  it('sign/verify round trip with DER signatures; another message or key fails', async () => {
    const [alice, bob] = await Promise.all([generateEcdsaP256KeyPair(), generateEcdsaP256KeyPair()]);
    const signature = await ecdsaP256.sign(alice.privateKey, text('act 7'));
    expect(signature[0]).toBe(0x30);
    expect(ecdsaDerToRaw(signature)).toHaveLength(64);
    expect(await ecdsaP256.verify(alice.spki, text('act 7'), signature)).toBe(true);
    expect(await ecdsaP256.verify(alice.spki, text('act 8'), signature)).toBe(false);
    expect(await ecdsaP256.verify(bob.spki, text('act 7'), signature)).toBe(false);
  });

  it('a raw (non-DER) or garbled signature is simply not valid', async () => {
    const pair = await generateEcdsaP256KeyPair();
    const signature = await ecdsaP256.sign(pair.privateKey, text('x'));
    expect(await ecdsaP256.verify(pair.spki, text('x'), ecdsaDerToRaw(signature))).toBe(false);
    expect(await ecdsaP256.verify(pair.spki, text('x'), signature.subarray(1))).toBe(false);
  });

  it('refuses a key of another algorithm', async () => {
    await expect(ecdsaP256.sign({ algorithm: 'RSA-SHA256', pkcs8: new Uint8Array() }, text('x'))).rejects.toThrow(/cannot make an ECDSA/);
  });
});
