import { beforeAll, describe, expect, it } from 'vitest';
import { addTimestampToken } from '../cms/add-timestamp';
import { parseSignedData } from '../cms/parse-signed-data';
import { issueCertificate, issueTsaCertificate, type IssuedCertificate } from '../dev-ca/issue-certificate';
import { createTimestampToken } from '../dev-ca/timestamp-authority';
import { IIN, buildDevWorld, codes, sign, utf8, type DevWorld } from '../test-support/dev-world';
import { verifySignature } from './verify-signature';

const ACT = utf8('Атқару парағы');
const SIGNED_AT = new Date('2026-03-02T06:00:00Z');
const RECEIVED = new Date('2026-09-01T00:00:00Z');

describe('time (checklist 4): a verified time-stamp, else the receipt time (SIG-4, SIG-7)', () => {
  let world: DevWorld;
  let tsa: IssuedCertificate;
  let shortLived: IssuedCertificate;
  beforeAll(async () => {
    world = await buildDevWorld();
    tsa = await issueTsaCertificate(world.pki, { now: SIGNED_AT });
    shortLived = await issueCertificate(world.pki, {
      now: SIGNED_AT, iin: IIN, name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', notBefore: new Date('2026-01-01T00:00:00Z'), notAfter: new Date('2026-06-01T00:00:00Z'),
    });
  });

  const stamp = async (cms: Uint8Array, genTime: Date, over?: Uint8Array) => {
    const signatureValue = over ?? parseSignedData(cms).signers[0]!.signature;
    return addTimestampToken(cms, await createTimestampToken({ tsa, signatureValue, genTime }));
  };
  const verify = async (cms: Uint8Array) => verifySignature({ cms, content: ACT }, {
    anchors: world.anchors, crls: await world.crls([], SIGNED_AT), receivedAt: RECEIVED, purpose: 'sign', allowTestPki: true,
  });

  it('SIG-7: a signature stays valid after the certificate expired when a verified time-stamp dates it', async () => {
    const cms = await sign(shortLived, ACT);
    expect(codes(await verify(cms))).toContain('certificate_expired');
    const result = await verify(await stamp(cms, SIGNED_AT));
    expect(result.checks.find((c) => c.name === 'time')?.detail).toContain('ORYNDAU DEV TSA');
    expect(result.evidence).toMatchObject({ timeSource: 'timestamp', time: SIGNED_AT.toISOString() });
    expect(result.evidence.timestamp).not.toBeNull();
    expect(result.valid).toBe(true);
  });

  it('SIG-4: a token over another signature, or by a non-TSA key, is refused', async () => {
    const cms = await sign(shortLived, ACT);
    const foreign = await verify(await stamp(cms, SIGNED_AT, utf8('another signature')));
    expect(codes(foreign)).toContain('timestamp_invalid');
    expect(foreign.valid).toBe(false);
    const notTsa = addTimestampToken(cms, await createTimestampToken({
      tsa: world.signer, signatureValue: parseSignedData(cms).signers[0]!.signature, genTime: SIGNED_AT,
    }));
    expect(codes(await verify(notTsa))).toContain('timestamp_invalid');
  });
});
