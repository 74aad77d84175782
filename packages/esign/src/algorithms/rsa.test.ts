import { readFileSync } from 'node:fs';
import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { toArrayBuffer, toBytes } from '../bytes';
import { derOrPem } from '../pem';
import { openPkcs12 } from '../pkcs12';
import { generateRsaKeyPair, rsaSha256 } from './rsa';
import { spkiOfCertificate } from './spki';
import { OID } from './types';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/nca-test/${path}`, import.meta.url)));
const pemCertificate = (path: string) => derOrPem(fixture(path), 'CERTIFICATE')[0]!;
const text = (s: string) => new TextEncoder().encode(s);

function flipBit(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = copy[index]! ^ 0x01;
  return copy;
}

const CA_SPKI = spkiOfCertificate(pemCertificate('ca/nca_rsa_test.crt'));

describe('RSA-SHA256 on the NCA test PKI', () => {
  it('SIG-4: the RSA test CA verifies the RSA leaf certificate (PEM); a flipped bit does not', async () => {
    const leaf = pkijs.Certificate.fromBER(toArrayBuffer(pemCertificate('certs/individual_valid_sign_2004_rsa.cer')));
    expect(leaf.signatureAlgorithm.algorithmId).toBe(OID.sha256WithRSAEncryption);
    const tbs = toBytes(leaf.tbsView);
    const signature = toBytes(leaf.signatureValue.valueBlock.valueHexView);
    expect(await rsaSha256.verify(CA_SPKI, tbs, signature)).toBe(true);
    expect(await rsaSha256.verify(CA_SPKI, flipBit(tbs, 200), signature)).toBe(false);
    expect(await rsaSha256.verify(CA_SPKI, tbs, flipBit(signature, 0))).toBe(false);
  });

  it('SIG-4: the certificate inside the RSA key file verifies under the same CA', async () => {
    const { certificate } = await openPkcs12(fixture('keys/individual_rsa_sign_2021.p12'), 'Qwerty12');
    const leaf = pkijs.Certificate.fromBER(toArrayBuffer(certificate));
    expect(await rsaSha256.verify(CA_SPKI, toBytes(leaf.tbsView), toBytes(leaf.signatureValue.valueBlock.valueHexView))).toBe(true);
  });

  it('SIG-2: signing with the real RSA key verifies under its certificate; a changed message does not', async () => {
    const { privateKey, certificate } = await openPkcs12(fixture('keys/individual_rsa_sign_2021.p12'), 'Qwerty12');
    const spki = spkiOfCertificate(certificate);
    const signature = await rsaSha256.sign(privateKey, text('act 1'));
    expect(signature).toHaveLength(256);
    expect(await rsaSha256.verify(spki, text('act 1'), signature)).toBe(true);
    expect(await rsaSha256.verify(spki, text('act 2'), signature)).toBe(false);
  });
});

describe('RSA-SHA256 with generated keys', () => {
  it('sign/verify round trip; another message or another key fail', async () => {
    const [alice, bob] = await Promise.all([generateRsaKeyPair(), generateRsaKeyPair()]);
    const signature = await rsaSha256.sign(alice.privateKey, text('x'));
    expect(await rsaSha256.verify(alice.spki, text('x'), signature)).toBe(true);
    expect(await rsaSha256.verify(alice.spki, text('y'), signature)).toBe(false);
    expect(await rsaSha256.verify(bob.spki, text('x'), signature)).toBe(false);
  });

  it('digest is SHA-256; a key of another algorithm is refused', async () => {
    expect(toBytes(await rsaSha256.digest(text('abc')))[0]).toBe(0xba); // SHA-256("abc") = ba7816bf…
    await expect(rsaSha256.sign({ algorithm: 'GOST3410-2015-512', scalar: new Uint8Array(64) }, text('x'))).rejects.toThrow(
      /cannot make an RSA signature/,
    );
  });
});
