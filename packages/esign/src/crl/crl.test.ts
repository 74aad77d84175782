import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate } from '../certificates/parse-certificate';
import { createCrl } from '../dev-ca/create-crl';
import { derOrPem } from '../pem';
import { buildDevWorld, type DevWorld } from '../test-support/dev-world';
import { parseCrl } from './parse-crl';
import { crlIsCurrent, crlIssuedBy, crlTiming, revocationStatus, revokedAt } from './revocation-status';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/nca-test/${path}`, import.meta.url)));
const DAY = 86_400_000;
const T = new Date('2026-03-02T06:00:00Z');
const at = (offsetDays: number) => new Date(T.getTime() + offsetDays * DAY);

describe('CRLs (SIG-4 revocation)', () => {
  let world: DevWorld;
  beforeAll(async () => {
    world = await buildDevWorld();
  });

  it('SIG-4: parses the NCA RSA test CRL with its reasons and checks its signature and freshness', async () => {
    const crl = parseCrl(fixture('crl/nca_rsa_test.crl'));
    expect(crl.issuer.commonName).toBe('ҰКО 3.0 (RSA TEST)');
    expect(crl.entries.size).toBe(126);
    expect(crl.crlNumber).toBe(9n);
    expect(crl.entries.get('4B779CB5647C4DA7B07327C503EAB1656D716ED8')).toEqual({ revokedAt: new Date('2021-03-30T18:10:21Z'), reason: 'keyCompromise' });
    expect(revokedAt(crl, '4b779cb5647c4da7b07327c503eab1656d716ed8', new Date('2021-04-01T00:00:00Z'))?.reason).toBe('keyCompromise');
    expect(revokedAt(crl, '4B779CB5647C4DA7B07327C503EAB1656D716ED8', new Date('2021-03-01T00:00:00Z'))).toBeNull();
    expect(crlIsCurrent(crl, new Date('2022-06-01T00:00:00Z'))).toBe(true);
    expect(crlIsCurrent(crl, new Date('2022-10-01T00:00:00Z'))).toBe(false);
    const ca = parseCertificate(derOrPem(fixture('ca/nca_rsa_test.crt'), 'CERTIFICATE')[0]!);
    expect(await crlIssuedBy(crl, ca)).toMatchObject({ ok: true });
  });

  it('SIG-4: a revoked serial is revoked from its revocation date on; a CRL by another CA is not used', async () => {
    const leaf = parseCertificate(world.signer.certificate);
    const issuing = parseCertificate(world.pki.issuing.certificate);
    const crl = parseCrl(await createCrl(world.pki.issuing, [{ serialNumber: leaf.serialNumber, revokedAt: at(1), reason: 'superseded' }], {
      thisUpdate: at(2), nextUpdate: at(9), crlNumber: 4,
    }));
    expect(await revocationStatus(leaf, issuing, [crl], at(3))).toMatchObject({ status: 'revoked', reason: 'superseded' });
    // Issued later than the time asked about, while the certificate was still listed: it proves "good" before the revocation.
    expect(crlTiming(crl, leaf, T)).toBe('later');
    expect(await revocationStatus(leaf, issuing, [crl], T)).toMatchObject({ status: 'good' });
    expect(await revocationStatus(leaf, issuing, [crl], at(10))).toMatchObject({ status: 'unknown' });
    const foreign = await buildDevWorld();
    const fake = parseCrl(await createCrl(foreign.pki.issuing, [], { thisUpdate: T, nextUpdate: at(7), crlNumber: 5 }));
    expect(await revocationStatus(leaf, issuing, [fake], at(1))).toMatchObject({ status: 'unknown' });
  });

  it('SIG-4: a CRL is parsed once per exact bytes; a newer list (another revocation) is read afresh', async () => {
    const leaf = parseCertificate(world.signer.certificate);
    const issuing = parseCertificate(world.pki.issuing.certificate);
    const options = { thisUpdate: T, nextUpdate: at(7), crlNumber: 6 };
    const empty = await createCrl(world.pki.issuing, [], options);
    const first = parseCrl(empty);
    expect(parseCrl(empty.slice())).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(await revocationStatus(leaf, issuing, [first], at(1))).toMatchObject({ status: 'good' });
    const revoked = parseCrl(await createCrl(world.pki.issuing, [{ serialNumber: leaf.serialNumber, revokedAt: T, reason: 'keyCompromise' }],
      { ...options, crlNumber: 7 }));
    expect(revoked).not.toBe(first);
    expect(await revocationStatus(leaf, issuing, [revoked], at(1))).toMatchObject({ status: 'revoked', reason: 'keyCompromise' });
  });

  it('SIG-4: a delta CRL adds revocations to its base', async () => {
    const leaf = parseCertificate(world.signer.certificate);
    const issuing = parseCertificate(world.pki.issuing.certificate);
    const base = parseCrl(await createCrl(world.pki.issuing, [], { thisUpdate: T, nextUpdate: at(7), crlNumber: 10 }));
    const delta = parseCrl(await createCrl(world.pki.issuing, [{ serialNumber: leaf.serialNumber, revokedAt: at(1) }], {
      thisUpdate: at(1), nextUpdate: at(2), crlNumber: 11, deltaOf: 10,
    }));
    expect(delta.deltaBase).toBe(10n);
    expect(await revocationStatus(leaf, issuing, [base], at(1.5))).toMatchObject({ status: 'good' });
    const status = await revocationStatus(leaf, issuing, [base, delta], at(1.5));
    expect(status).toMatchObject({ status: 'revoked' });
    expect(status.crls).toHaveLength(2);
  });
});
