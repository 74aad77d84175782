import { beforeAll, describe, expect, it } from 'vitest';
import { issueCertificate } from '../dev-ca/issue-certificate';
import { isEsignError } from '../errors';
import { createSignedDataWithPkijs } from '../test-support/reference-signed-data';
import { NOW, buildDevWorld, utf8, type DevWorld } from '../test-support/dev-world';
import { createSignedData, type CreateSignedDataOptions } from './create-signed-data';
import { CMS_OID } from './oids';
import { verifySignedDataCryptography } from './verify-signed-data';

const DATA = utf8('Қаулы / Постановление');

describe('createSignedData from a precomputed template (SIG-1)', () => {
  let world: DevWorld;
  beforeAll(async () => {
    world = await buildDevWorld();
  });

  const base = (): CreateSignedDataOptions => ({
    content: DATA, privateKey: world.signer.privateKey, certificate: world.signer.certificate, chain: world.signer.chain, signingTime: NOW,
  });

  it('SIG-1: writes exactly the bytes the pkijs layout wrote (RSA is deterministic): attached, detached, no chain, TSTInfo, times', async () => {
    const cases: Partial<CreateSignedDataOptions>[] = [
      {}, { detached: true }, { chain: [] }, { contentType: CMS_OID.tstInfo },
      { signingTime: new Date('2049-12-31T23:59:59.999Z') }, { signingTime: new Date('2050-01-01T00:00:00.120Z') },
      { signingTime: new Date('1949-06-01T12:00:00.5Z') }, { content: new Uint8Array(70_000).fill(7) },
    ];
    for (const change of cases) {
      const options = { ...base(), ...change };
      expect(Buffer.from(await createSignedData(options)).toString('hex'), JSON.stringify(Object.keys(change)))
        .toBe(Buffer.from(await createSignedDataWithPkijs(options)).toString('hex'));
    }
  });

  it('SIG-1: the same signer signs many times; each signature covers its own time and content', async () => {
    for (const [i, text] of ['a', 'b', 'c'].entries()) {
      const cms = await createSignedData({ ...base(), content: utf8(text), signingTime: new Date(NOW.getTime() + i * 1000) });
      expect(await verifySignedDataCryptography(cms, { content: utf8(text) })).toMatchObject({ ok: true });
      expect((await verifySignedDataCryptography(cms, { content: utf8('x') })).ok).toBe(false);
    }
  });

  it('SIG-1: GOST and ECDSA keys sign from their templates too', async () => {
    for (const algorithm of ['GOST3410-2015-512', 'ECDSA-P256-SHA256'] as const) {
      const key = await issueCertificate(world.pki, { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', algorithm });
      for (const detached of [false, true]) {
        const cms = await createSignedData({ ...base(), detached, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain });
        expect(await verifySignedDataCryptography(cms, { content: DATA })).toMatchObject({ ok: true, signers: [{ algorithm }] });
      }
    }
  });

  it('SIG-1: a key that does not match the certificate, or a broken certificate, is refused every time', async () => {
    const gost = await issueCertificate(world.pki, { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', algorithm: 'GOST3410-2015-512' });
    for (let i = 0; i < 2; i += 1) {
      await expect(createSignedData({ ...base(), privateKey: gost.privateKey })).rejects.toSatisfy(isEsignError);
      await expect(createSignedData({ ...base(), certificate: world.signer.certificate.subarray(1) })).rejects.toSatisfy(isEsignError);
      await expect(createSignedData({ ...base(), chain: [utf8('not a certificate')] })).rejects.toSatisfy(isEsignError);
    }
  });
});
