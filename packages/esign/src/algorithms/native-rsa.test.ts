import { describe, expect, it } from 'vitest';
import { nativeRsa, nativeSha256 } from './native-rsa';
import { generateRsaKeyPair } from './rsa';
import { sha256 } from './webcrypto';

const DATA = new TextEncoder().encode('Сот актісі / Судебный акт');
const PARAMS = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

describe('RSA and SHA-256 through node:crypto in Node, WebCrypto elsewhere (SIG-1, SIG-4)', () => {
  it('SIG-1: in Node the native path is there, and its signatures are the ones WebCrypto makes and accepts', async () => {
    expect(nativeRsa).not.toBeNull();
    const { privateKey, spki } = await generateRsaKeyPair();
    if (privateKey.algorithm !== 'RSA-SHA256' || !nativeRsa) throw new Error('unreachable');
    const signature = nativeRsa.sign(privateKey.pkcs8, DATA);
    const webKey = await crypto.subtle.importKey('pkcs8', new Uint8Array(privateKey.pkcs8), PARAMS, false, ['sign']);
    // PKCS#1 v1.5 is deterministic: both paths must give the same bytes.
    expect(signature).toEqual(new Uint8Array(await crypto.subtle.sign(PARAMS, webKey, DATA)));
    const webPublic = await crypto.subtle.importKey('spki', new Uint8Array(spki), PARAMS, false, ['verify']);
    expect(await crypto.subtle.verify(PARAMS, webPublic, new Uint8Array(signature), DATA)).toBe(true);
    expect(nativeRsa.verify(spki, DATA, signature)).toBe(true);
    const flipped = signature.slice();
    flipped[10]! ^= 1;
    expect(nativeRsa.verify(spki, DATA, flipped)).toBe(false);
    expect(nativeRsa.verify(spki, DATA, new Uint8Array(3))).toBe(false);
    expect(() => nativeRsa!.verify(new Uint8Array([1, 2, 3]), DATA, signature)).toThrow();
  });

  it('SIG-4: a key file whose bytes are replaced in place signs with the new key, not a remembered one', async () => {
    const first = await generateRsaKeyPair();
    let second = await generateRsaKeyPair();
    // PKCS#8 lengths vary by a byte or two with the key; replacing in place needs the same length.
    for (let i = 0; i < 20 && second.privateKey.algorithm === 'RSA-SHA256' && first.privateKey.algorithm === 'RSA-SHA256'
      && second.privateKey.pkcs8.length !== first.privateKey.pkcs8.length; i += 1) second = await generateRsaKeyPair();
    if (first.privateKey.algorithm !== 'RSA-SHA256' || second.privateKey.algorithm !== 'RSA-SHA256' || !nativeRsa) throw new Error('unreachable');
    const held = first.privateKey.pkcs8.slice();
    expect(nativeRsa.verify(first.spki, DATA, nativeRsa.sign(held, DATA))).toBe(true);
    expect(second.privateKey.pkcs8.length).toBe(held.length);
    held.set(second.privateKey.pkcs8);
    expect(nativeRsa.verify(second.spki, DATA, nativeRsa.sign(held, DATA))).toBe(true);
  });

  it('SIG-1: the native SHA-256 is SHA-256, small and large', async () => {
    for (const size of [0, 100, 70_000, 2_000_000]) {
      const data = new Uint8Array(size).fill(size & 0xff);
      const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
      expect(nativeSha256!(data)).toEqual(expected);
      expect(await sha256(data)).toEqual(expected);
    }
  });
});
