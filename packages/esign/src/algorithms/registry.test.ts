import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derOrPem } from '../pem';
import { generateEcdsaP256KeyPair } from './ecdsa-p256';
import { generateGostKeyPair } from './gost-2015';
import {
  algorithmByName,
  algorithmForSignatureOid,
  algorithmForSpki,
  describeUnsupported,
  supportedAlgorithms,
  unsupportedReason,
} from './registry';
import { spkiOfCertificate } from './spki';
import { OID, type AlgorithmName } from './types';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/nca-test/${path}`, import.meta.url)));
const certificate = (path: string) => derOrPem(fixture(path), 'CERTIFICATE')[0]!;

describe('algorithm registry', () => {
  it('finds every algorithm by name, with its OIDs', () => {
    const names: AlgorithmName[] = ['RSA-SHA256', 'ECDSA-P256-SHA256', 'GOST3410-2015-512'];
    expect(supportedAlgorithms.map((a) => a.name).sort()).toEqual([...names].sort());
    for (const name of names) expect(algorithmByName(name).name).toBe(name);
    expect(algorithmByName('GOST3410-2015-512')).toMatchObject({
      signatureOid: OID.gost2015Signature512,
      digestOid: OID.streebog512,
      publicKeyOid: OID.gost2015Key512,
    });
  });

  it('SIG-4: maps signature OIDs to algorithms; unknown ones and legacy GOST 34.310-2004 to null', () => {
    expect(algorithmForSignatureOid(OID.gost2015Signature512)?.name).toBe('GOST3410-2015-512');
    expect(algorithmForSignatureOid(OID.sha256WithRSAEncryption)?.name).toBe('RSA-SHA256');
    expect(algorithmForSignatureOid(OID.rsaEncryption)?.name).toBe('RSA-SHA256');
    expect(algorithmForSignatureOid(OID.ecdsaWithSHA256)?.name).toBe('ECDSA-P256-SHA256');
    expect(algorithmForSignatureOid(OID.gost2004Signature)).toBeNull();
    expect(algorithmForSignatureOid('1.2.840.113549.1.1.5')).toBeNull(); // sha1WithRSAEncryption
  });

  it('SIG-4: maps the real NCA certificates\' keys; a GOST 34.310-2004 key is null with a recognisable reason', () => {
    expect(algorithmForSpki(spkiOfCertificate(certificate('ca/nca_gost2015_test.cer')))?.name).toBe('GOST3410-2015-512');
    expect(algorithmForSpki(spkiOfCertificate(certificate('ca/nca_rsa_test.crt')))?.name).toBe('RSA-SHA256');
    for (const legacy of ['ca/nca_gost_test.crt', 'certs/ceo_valid_sign_2004_gost.cer']) {
      expect(algorithmForSpki(spkiOfCertificate(certificate(legacy)))).toBeNull();
    }
    expect(unsupportedReason(OID.gost2004Key)).toBe('legacy_gost_2004');
    expect(unsupportedReason(OID.gost2004Signature)).toBe('legacy_gost_2004');
    expect(describeUnsupported(OID.gost2004Key)).toMatch(/^GOST 34\.310-2004/);
    expect(unsupportedReason('1.2.3.4')).toBe('unknown_algorithm');
    expect(describeUnsupported('1.2.3.4')).toContain('1.2.3.4');
    expect(unsupportedReason(OID.gost2015Key512)).toBeNull();
  });

  it('maps generated ECDSA and GOST keys; refuses other curves and garbage', async () => {
    expect(algorithmForSpki((await generateEcdsaP256KeyPair()).spki)?.name).toBe('ECDSA-P256-SHA256');
    expect(algorithmForSpki(generateGostKeyPair().spki)?.name).toBe('GOST3410-2015-512');
    const p384 = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign']);
    expect(algorithmForSpki(new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', p384.publicKey)))).toBeNull();
    expect(algorithmForSpki(new Uint8Array([0x30, 0x00]))).toBeNull();
    expect(algorithmForSpki(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
