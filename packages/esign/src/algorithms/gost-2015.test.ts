import { readFileSync } from 'node:fs';
import { bytesToNumberBE, numberToBytesLE } from '@noble/curves/utils.js';
import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { toArrayBuffer, toBytes } from '../bytes';
import { openPkcs12 } from '../pkcs12';
import { generateGostKeyPair, gost2015, gostSignWithScalar, gostVerifyWithPoint } from './gost-2015';
import { GOST_Q, decodeGostPoint, encodeGostSpki, gostCurve, gostPublicKeyFromScalar, gostPublicKeyFromSpki } from './gost-2015-key';
import { spkiOfCertificate } from './spki';
import { OID } from './types';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/nca-test/${path}`, import.meta.url)));

const CA = fixture('ca/nca_gost2015_test.cer');
const CA_SPKI = spkiOfCertificate(CA);
const text = (s: string) => new TextEncoder().encode(s);

function flipBit(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = copy[index]! ^ 0x01;
  return copy;
}

function signedParts(der: Uint8Array, kind: 'certificate' | 'crl') {
  const signed = kind === 'certificate' ? pkijs.Certificate.fromBER(toArrayBuffer(der)) : pkijs.CertificateRevocationList.fromBER(toArrayBuffer(der));
  return {
    tbs: toBytes(signed.tbsView),
    signature: toBytes(signed.signatureValue.valueBlock.valueHexView),
    algorithm: signed.signatureAlgorithm.algorithmId,
  };
}

async function gostLeaf() {
  return openPkcs12(fixture('keys/individual_gost2015_2022.p12'), 'Aa123456');
}

describe('GOST 34.10-2015 512 on the NCA test PKI', () => {
  it('SIG-4: the GOST leaf certificate verifies under ca/nca_gost2015_test.cer; a flipped bit does not', async () => {
    const { certificate } = await gostLeaf();
    const { tbs, signature, algorithm } = signedParts(certificate, 'certificate');
    expect(algorithm).toBe(OID.gost2015Signature512);
    expect(signature).toHaveLength(128);
    expect(await gost2015.verify(CA_SPKI, tbs, signature)).toBe(true);
    expect(await gost2015.verify(CA_SPKI, flipBit(tbs, 100), signature)).toBe(false);
    expect(await gost2015.verify(CA_SPKI, tbs, flipBit(signature, 5))).toBe(false); // in r
    expect(await gost2015.verify(CA_SPKI, tbs, flipBit(signature, 70))).toBe(false); // in s
  });

  it('SIG-4: crl/nca_gost2022_test.crl verifies under the same CA; a flipped bit does not', async () => {
    const { tbs, signature, algorithm } = signedParts(fixture('crl/nca_gost2022_test.crl'), 'crl');
    expect(algorithm).toBe(OID.gost2015Signature512);
    expect(await gost2015.verify(CA_SPKI, tbs, signature)).toBe(true);
    expect(await gost2015.verify(CA_SPKI, flipBit(tbs, tbs.length - 1), signature)).toBe(false);
  });

  it('SIG-4: the leaf does not verify its own certificate (the issuer key matters)', async () => {
    const { certificate } = await gostLeaf();
    const { tbs, signature } = signedParts(certificate, 'certificate');
    expect(await gost2015.verify(spkiOfCertificate(certificate), tbs, signature)).toBe(false);
  });

  it('SIG-2: signing with the real GOST key verifies under its certificate; a changed message does not', async () => {
    const { privateKey, certificate } = await gostLeaf();
    const spki = spkiOfCertificate(certificate);
    const message = text('Постановление о возбуждении исполнительного производства № 1');
    const signature = await gost2015.sign(privateKey, message);
    expect(signature).toHaveLength(128);
    expect(await gost2015.verify(spki, message, signature)).toBe(true);
    expect(await gost2015.verify(spki, text('Постановление о возбуждении исполнительного производства № 2'), signature)).toBe(false);
  });

  it('encodeGostSpki rebuilds the real certificates\' SubjectPublicKeyInfo byte for byte', async () => {
    const { certificate } = await gostLeaf();
    for (const spki of [CA_SPKI, spkiOfCertificate(certificate)]) {
      expect(Array.from(encodeGostSpki(gostPublicKeyFromSpki(spki)))).toEqual(Array.from(spki));
    }
  });
});

describe('GOST 34.10-2015 512 with generated keys', () => {
  it('the curve is TC26 paramSetA: G is on it and q·G is the point at infinity', () => {
    expect(() => gostCurve.BASE.assertValidity()).not.toThrow();
    expect(gostCurve.BASE.multiplyUnsafe(GOST_Q - 1n).add(gostCurve.BASE).is0()).toBe(true);
    expect(gostCurve.Fp.ORDER).toBe(2n ** 512n - 569n);
  });

  it('SIG-2: sign/verify round trip; another message, another key or a changed signature fail', async () => {
    const alice = generateGostKeyPair();
    const bob = generateGostKeyPair();
    const message = text('act 42');
    const signature = await gost2015.sign(alice.privateKey, message);
    expect(await gost2015.verify(alice.spki, message, signature)).toBe(true);
    expect(await gost2015.verify(alice.spki, text('act 43'), signature)).toBe(false);
    expect(await gost2015.verify(bob.spki, message, signature)).toBe(false);
    expect(await gost2015.verify(alice.spki, message, flipBit(signature, 127))).toBe(false);
    // Two signatures of one message differ (random k) and both verify.
    const again = await gost2015.sign(alice.privateKey, message);
    expect(Array.from(again)).not.toEqual(Array.from(signature));
    expect(await gost2015.verify(alice.spki, message, again)).toBe(true);
  });

  it('gostPublicKeyFromScalar gives the key pair\'s public key', () => {
    const pair = generateGostKeyPair();
    expect(Array.from(gostPublicKeyFromScalar(pair.privateKey.scalar))).toEqual(Array.from(pair.publicKey));
    expect(Array.from(gostPublicKeyFromSpki(pair.spki))).toEqual(Array.from(pair.publicKey));
  });

  it('rejects malformed signatures: wrong length, r or s out of range', () => {
    const pair = generateGostKeyPair();
    const point = decodeGostPoint(pair.publicKey);
    const message = text('x');
    const good = gostSignWithScalar(bytesToNumberBE(pair.privateKey.scalar), message);
    expect(gostVerifyWithPoint(point, message, good)).toBe(true);
    expect(gostVerifyWithPoint(point, message, good.subarray(0, 127))).toBe(false);
    expect(gostVerifyWithPoint(point, message, new Uint8Array(128))).toBe(false); // r = s = 0
    const rIsQ = good.slice();
    rIsQ.set(numberToBytesLE(GOST_Q, 64), 0);
    expect(gostVerifyWithPoint(point, message, rIsQ)).toBe(false);
  });

  it('refuses keys that are not on the NCA curve and keys of other algorithms', async () => {
    const pair = generateGostKeyPair();
    const offCurve = pair.publicKey.slice();
    offCurve[0] = offCurve[0]! ^ 1;
    expect(() => encodeGostSpki(offCurve)).toThrow();
    const spki = pair.spki.slice();
    // Change the parameter-set OID's last arc (…2.2.1 → …2.2.2): another curve, not to be read as this one.
    const arc = spki.findIndex((_, i) => spki[i] === 0x06 && spki[i + 1] === 0x0a) + 11;
    expect(spki[arc]).toBe(0x01);
    spki[arc] = 0x02;
    await expect(gost2015.verify(spki, text('x'), new Uint8Array(128))).rejects.toThrow(/parameters not supported/);
    await expect(gost2015.sign({ algorithm: 'RSA-SHA256', pkcs8: new Uint8Array() }, text('x'))).rejects.toThrow(/cannot make a GOST signature/);
  });
});
