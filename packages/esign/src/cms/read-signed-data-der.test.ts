import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueCertificate, issueTsaCertificate } from '../dev-ca/issue-certificate';
import { createTimestampToken } from '../dev-ca/timestamp-authority';
import { NOW, buildDevWorld, sign, utf8, type DevWorld } from '../test-support/dev-world';
import { withEncapsulatedContent, withExtraSigner, withSignerDigestOid, withoutCertificates } from '../test-support/forgeries';
import { addTimestampToken } from './add-timestamp';
import { CMS_OID } from './oids';
import { parseSignedData, parseSignedDataWithPkijs } from './parse-signed-data';
import { readSignedDataDer } from './read-signed-data-der';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/nca-test/${path}`, import.meta.url)));
const DATA = utf8('Қаулы / Постановление');

/** The same CMS with its outer length written in a longer form than DER allows (still valid BER). */
function withLongOuterLength(cms: Uint8Array): Uint8Array {
  let at = 1;
  let length = cms[at]!;
  if (length & 0x80) {
    const count = length & 0x7f;
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + cms[2 + i]!;
    at = 2 + count;
  } else {
    at = 2;
  }
  const header = Uint8Array.of(0x30, 0x84, (length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff);
  const out = new Uint8Array(header.length + cms.length - at);
  out.set(header, 0);
  out.set(cms.subarray(at), header.length);
  return out;
}

describe('the direct DER reader of SignedData (SIG-1)', () => {
  let world: DevWorld;
  let corpus: [string, Uint8Array][];
  beforeAll(async () => {
    world = await buildDevWorld();
    const gost = await issueCertificate(world.pki, { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', algorithm: 'GOST3410-2015-512' });
    const ecdsa = await issueCertificate(world.pki, { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', algorithm: 'ECDSA-P256-SHA256' });
    const tsa = await issueTsaCertificate(world.pki, { now: NOW });
    const attached = await sign(world.signer, DATA);
    const token = await createTimestampToken({ tsa, signatureValue: parseSignedData(attached).signers[0]!.signature, genTime: NOW });
    corpus = [
      ['RSA attached', attached], ['RSA detached', await sign(world.signer, DATA, true)],
      ['GOST', await sign(gost, DATA)], ['ECDSA detached', await sign(ecdsa, DATA, true)],
      ['time-stamp token (TSTInfo)', token], ['with a time-stamp', addTimestampToken(attached, token)],
      ['NCA time-stamp token (made by the NCA)', fixture('tsp/tsp_token.bin')],
      ['changed content', withEncapsulatedContent(attached, utf8('changed'))],
      ['two signers', withExtraSigner(attached, await sign(world.head, DATA))],
      ['other digest OID', withSignerDigestOid(attached, CMS_OID.sha1)], ['no certificates', withoutCertificates(attached)],
    ];
  });

  it('SIG-1: reads every CMS of the corpus exactly as the pkijs reader does', () => {
    for (const [label, cms] of corpus) {
      const direct = readSignedDataDer(cms);
      expect(direct, label).not.toBeNull();
      expect(direct, label).toEqual(parseSignedDataWithPkijs(cms));
    }
  });

  it('SIG-1: BER (a non-minimal length) is left to pkijs, which reads the same CMS', () => {
    for (const [label, cms] of corpus) {
      const ber = withLongOuterLength(cms);
      expect(readSignedDataDer(ber), label).toBeNull();
      expect({ ...parseSignedData(ber), der: cms }, label).toEqual(parseSignedDataWithPkijs(cms));
    }
  });

  it('SIG-1: garbage, truncation and trailing bytes are still refused as malformed', () => {
    const [, cms] = corpus[0]!;
    for (const bad of [cms.subarray(0, cms.length - 1), Uint8Array.of(...cms, 0), utf8('not a CMS'), new Uint8Array(0)]) {
      expect(readSignedDataDer(bad)).toBeNull();
      expect(() => parseSignedData(bad)).toThrow(/CMS/);
    }
  });
});
