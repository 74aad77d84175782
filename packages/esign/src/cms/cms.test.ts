import { sha256 } from '@noble/hashes/sha2.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueCertificate } from '../dev-ca/issue-certificate';
import { bytesEqual } from '../bytes';
import { NOW, buildDevWorld, sign, utf8, type DevWorld } from '../test-support/dev-world';
import { withEncapsulatedContent } from '../test-support/forgeries';
import { CMS_OID } from './oids';
import { parseSignedData } from './parse-signed-data';
import { verifySignedDataCryptography } from './verify-signed-data';

const DATA = utf8('Қаулы / Постановление');

describe('CMS / CAdES-BES (SIG-1)', () => {
  let world: DevWorld;
  beforeAll(async () => {
    world = await buildDevWorld();
  });

  it('SIG-1: an attached signature carries the content and the CAdES-BES signed attributes', async () => {
    const cms = parseSignedData(await sign(world.signer, DATA));
    expect(cms.contentType).toBe(CMS_OID.data);
    expect(cms.content && bytesEqual(cms.content, DATA)).toBe(true);
    expect(cms.certificates).toHaveLength(3);
    const [signer] = cms.signers;
    expect(signer).toMatchObject({ contentType: CMS_OID.data, digestOid: CMS_OID.sha256, signingTime: new Date(Math.floor(NOW.getTime() / 1000) * 1000) });
    expect(signer!.signingCertificate).toMatchObject({ version: 2, hashOid: CMS_OID.sha256, serialNumber: world.signer.serialNumber });
    expect(bytesEqual(signer!.signingCertificate!.certHash, sha256(world.signer.certificate))).toBe(true);
    expect(signer!.signedAttributes![0]).toBe(0x31);
  });

  it('SIG-1: detached signatures need the content to verify', async () => {
    const cms = await sign(world.signer, DATA, true);
    expect(parseSignedData(cms).content).toBeNull();
    expect(await verifySignedDataCryptography(cms, { content: DATA })).toMatchObject({ ok: true });
    expect((await verifySignedDataCryptography(cms)).signers[0]!.failure?.code).toBe('content_missing');
    expect((await verifySignedDataCryptography(cms, { content: utf8('other') })).signers[0]!.failure?.code).toBe('content_mismatch');
  });

  it('SIG-1: RSA, ECDSA P-256 and GOST 34.10-2015 keys sign through the algorithm contract', async () => {
    for (const algorithm of ['RSA-SHA256', 'ECDSA-P256-SHA256', 'GOST3410-2015-512'] as const) {
      const key = await issueCertificate(world.pki, { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', algorithm });
      const result = await verifySignedDataCryptography(await sign(key, DATA));
      expect(result).toMatchObject({ ok: true, signers: [{ algorithm, failure: null }] });
    }
  });

  it('SIG-1: a changed content or a broken signature value is detected', async () => {
    const cms = await sign(world.signer, DATA);
    const tampered = await verifySignedDataCryptography(withEncapsulatedContent(cms, utf8('changed')));
    expect(tampered.signers[0]!.failure?.code).toBe('content_mismatch');
    const parsed = parseSignedData(cms);
    const signature = parsed.signers[0]!.signature;
    const at = cms.findIndex((_, i) => bytesEqual(cms.subarray(i, i + signature.length), signature));
    const broken = cms.slice();
    broken[at + 10]! ^= 0xff;
    expect((await verifySignedDataCryptography(broken)).signers[0]!.failure?.code).toBe('signature_invalid');
  });
});
