import { beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate, type NcaCertificate } from '../certificates/parse-certificate';
import { createCrl } from '../dev-ca/create-crl';
import { buildDevWorld, NOW, type DevWorld } from '../test-support/dev-world';
import { parseCrl } from './parse-crl';
import { crlTiming, revocationStatus } from './revocation-status';

const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

describe('issue 11 item 11 CRL semantics after the time of interest and holds (SIG-4)', { timeout: 60_000 }, () => {
  let world: DevWorld;
  let leaf: NcaCertificate;
  let issuing: NcaCertificate;
  let n = 100;
  const crl = async (revoked: Parameters<typeof createCrl>[1], thisUpdate: Date, extra: { deltaOf?: number; expiredCertsOnCrl?: Date } = {}) =>
    parseCrl(await createCrl(world.pki.issuing, revoked, { thisUpdate, nextUpdate: new Date(thisUpdate.getTime() + 7 * DAY), crlNumber: (n += 1), ...extra }));

  beforeAll(async () => {
    world = await buildDevWorld();
    leaf = parseCertificate(world.signer.certificate);
    issuing = parseCertificate(world.pki.issuing.certificate);
  });

  it('issue 11 item 11 SIG-4: a CRL issued after the time of interest that does not list the certificate is evidence while the certificate was valid then', async () => {
    const later = await crl([], at(30));
    expect(crlTiming(later, leaf, NOW)).toBe('later');
    expect(await revocationStatus(leaf, issuing, [later], NOW)).toMatchObject({ status: 'good' });
  });

  it('issue 11 item 11 SIG-4: a CRL issued after the certificate expired is no evidence, unless it carries ExpiredCertsOnCRL covering it', async () => {
    const afterExpiry = new Date(leaf.notAfter.getTime() + DAY);
    const plain = await crl([], afterExpiry);
    expect(crlTiming(plain, leaf, NOW)).toBe('after-expiry');
    expect(await revocationStatus(leaf, issuing, [plain], NOW)).toMatchObject({ status: 'unknown' });
    const keeps = await crl([], afterExpiry, { expiredCertsOnCrl: new Date(leaf.notAfter.getTime() - 10 * DAY) });
    expect(keeps.expiredCertsOnCrl).toEqual(new Date(leaf.notAfter.getTime() - 10 * DAY));
    expect(await revocationStatus(leaf, issuing, [keeps], NOW)).toMatchObject({ status: 'good' });
    // Keeps only certificates that expired after this one did: no evidence.
    const tooLate = await crl([], afterExpiry, { expiredCertsOnCrl: new Date(leaf.notAfter.getTime() + DAY / 2) });
    expect(await revocationStatus(leaf, issuing, [tooLate], NOW)).toMatchObject({ status: 'unknown' });
  });

  it('issue 11 item 11 SIG-4: a certificate on hold at the time of interest is never good — even when a later list no longer shows it', async () => {
    const hold = { serialNumber: leaf.serialNumber, revokedAt: at(-1), reason: 'certificateHold' as const };
    const current = await crl([hold], at(-0.5));
    expect(await revocationStatus(leaf, issuing, [current], NOW)).toMatchObject({ status: 'revoked', reason: 'certificateHold' });
    // Lifted in a full CRL issued after the time of interest: when is unknown, so not good at NOW.
    const liftedLater = await crl([], at(2));
    expect(await revocationStatus(leaf, issuing, [current, liftedLater], NOW)).toMatchObject({ status: 'revoked', reason: 'certificateHold' });
    // Lifted by a delta issued after the time of interest: the same.
    const base = await crl([hold], at(-0.5));
    const delta = await crl([{ serialNumber: leaf.serialNumber, revokedAt: at(-1), reason: 'removeFromCRL' }], at(1), { deltaOf: Number(base.crlNumber) });
    expect(await revocationStatus(leaf, issuing, [base, delta], NOW)).toMatchObject({ status: 'revoked', reason: 'certificateHold' });
    // Lifted before the time of interest: good.
    const liftedBefore = await crl([], at(-0.25));
    expect(await revocationStatus(leaf, issuing, [current, liftedBefore], NOW)).toMatchObject({ status: 'good' });
    // Placed on hold after the time of interest: good then.
    const heldLater = await crl([{ ...hold, revokedAt: at(1) }], at(2));
    expect(await revocationStatus(leaf, issuing, [heldLater], NOW)).toMatchObject({ status: 'good' });
  });
});
