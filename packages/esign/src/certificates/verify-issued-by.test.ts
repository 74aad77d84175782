import { describe, expect, it } from 'vitest';
import { buildDevWorld } from '../test-support/dev-world';
import { withCaSignature } from '../test-support/forgeries';
import { parseCertificate } from './parse-certificate';
import { verifyIssuedBy, verifySignedBy } from './verify-issued-by';

describe('issuer signatures, remembered once proven (SIG-4)', () => {
  it('SIG-4: a proven certificate stays valid; a flipped signature, other bytes or another key fail even after that', async () => {
    const world = await buildDevWorld();
    const leaf = parseCertificate(world.signer.certificate);
    const issuing = parseCertificate(world.pki.issuing.certificate);
    const root = parseCertificate(world.pki.root.certificate);
    expect(await verifyIssuedBy(leaf, issuing)).toEqual({ ok: true });
    // Asked again: the remembered proof answers the same.
    expect(await verifyIssuedBy(leaf, issuing)).toEqual({ ok: true });

    const flipped = parseCertificate(withCaSignature(world.signer.certificate, 'flipped'));
    expect(await verifyIssuedBy(flipped, issuing)).toMatchObject({ ok: false, reason: 'signature_invalid' });
    const otherTbs = new Uint8Array(leaf.tbs);
    otherTbs[otherTbs.length - 1]! ^= 0x01;
    expect(await verifySignedBy(leaf.algorithm.signatureOid, otherTbs, leaf.signatureValue, issuing.spki))
      .toMatchObject({ ok: false, reason: 'signature_invalid' });
    // The same proven signature under the root's key is not "issued by the root".
    expect((await verifyIssuedBy(leaf, root)).ok).toBe(false);
  });
});

describe('parsed certificates, remembered by their bytes (SIG-4)', () => {
  it('SIG-4: the same bytes give the same frozen certificate; reusing the input buffer cannot change it', async () => {
    const world = await buildDevWorld();
    const buffer = world.signer.certificate.slice();
    const first = parseCertificate(buffer);
    expect(parseCertificate(world.signer.certificate.slice())).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    buffer.fill(0);
    expect(first.der).toEqual(world.signer.certificate);
    expect(parseCertificate(world.head.certificate)).not.toBe(first);
    expect(() => parseCertificate(buffer)).toThrow();
  });
});
