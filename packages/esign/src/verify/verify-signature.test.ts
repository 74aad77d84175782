import { beforeAll, describe, expect, it } from 'vitest';
import { productionAnchor } from '../chain/trust-anchors';
import { buildCertificate } from '../dev-ca/build-certificate';
import { issueCertificate } from '../dev-ca/issue-certificate';
import { generateKeyPair } from '../dev-ca/key-pairs';
import { extKeyUsageExtension, keyUsageExtension, randomSerial, subjectOf } from '../dev-ca/x509-parts';
import {
  lookAlike, withCaSignature, withEncapsulatedContent, withExtraSigner, withSignerDigestOid, withoutCertificates,
} from '../test-support/forgeries';
import { BIN, HEAD_IIN, IIN, LATER, NOW, buildDevWorld, codes, failed, sign, utf8, verifyAct, type DevWorld } from '../test-support/dev-world';
import { InMemoryNonceStore } from './nonce-store';
import { CHECK_NAMES } from './types';
import { verifySignature } from './verify-signature';

const ACT = utf8('Қаулы №17: атқарушылық іс жүргізуді қозғау');
let world: DevWorld;

beforeAll(async () => {
  world = await buildDevWorld();
});

describe('verifySignature — the ESIGN.md checklist (SIG-4)', () => {
  it('SIG-4: a genuine dev-CA signature passes every check and keeps the evidence', async () => {
    const cms = await sign(world.signer, ACT);
    const result = await verifyAct(world, cms, ACT, { expect: { iin: IIN } });
    expect(failed(result)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.checks.map((c) => c.name)).toEqual([...CHECK_NAMES]);
    expect(result.signer).toMatchObject({ iin: IIN, bin: null, name: 'ТЕСТОВ ТЕСТ', roles: ['individual'], purpose: ['sign'], algorithm: 'RSA-SHA256' });
    expect(result.evidence.signedObject).toBe(cms);
    expect(result.evidence.chain).toHaveLength(3);
    expect(result.evidence.crls.length).toBeGreaterThanOrEqual(2);
    expect(result.evidence).toMatchObject({ time: LATER.toISOString(), timeSource: 'receipt', verdict: { valid: true, reasons: [] } });
  });

  it('SIG-4 (1 parsing): trailing bytes, garbage and an unknown digest/signature pair are refused', async () => {
    const cms = await sign(world.signer, ACT);
    expect(codes(await verifyAct(world, new Uint8Array([...cms, 0]), ACT))).toEqual(['malformed']);
    expect(codes(await verifyAct(world, utf8('not a CMS'), ACT))).toEqual(['malformed']);
    const sha1 = await verifyAct(world, withSignerDigestOid(cms, '1.3.14.3.2.26'), ACT);
    expect(codes(sha1)).toContain('unsupported_algorithm');
    expect(sha1.valid).toBe(false);
  });

  it('SIG-4 (1 parsing): an unexpected second signer is refused', async () => {
    const mine = await sign(world.signer, ACT);
    const theirs = await sign(world.head, ACT);
    const result = await verifyAct(world, withExtraSigner(mine, theirs), ACT);
    expect(result.valid).toBe(false);
    expect(codes(result)).toEqual(['unexpected_signer']);
    // Two signers are fine when two are expected (e.g. a judge and the chairman).
    expect((await verifyAct(world, withExtraSigner(mine, theirs), ACT, { expectedSigners: 2 })).valid).toBe(true);
  });

  it('SIG-4 (1 parsing): a CMS without the signer certificate is refused', async () => {
    const result = await verifyAct(world, withoutCertificates(await sign(world.signer, ACT)), ACT);
    expect(codes(result)).toEqual(['signer_certificate_missing']);
  });

  it('SIG-4 (2 content): content changed after signing is refused (detached and attached)', async () => {
    const detached = await sign(world.signer, ACT, true);
    expect(codes(await verifyAct(world, detached, utf8('Қаулы №18')))).toEqual(['content_mismatch']);
    expect(codes(await verifyAct(world, detached, undefined))).toEqual(['content_missing']);
    const attached = await sign(world.signer, ACT);
    const swapped = withEncapsulatedContent(attached, utf8('Қаулы №18'));
    expect(codes(await verifyAct(world, swapped, undefined))).toEqual(['content_mismatch']);
    // The server's own copy wins over whatever the CMS carries.
    expect(codes(await verifyAct(world, attached, utf8('Қаулы №18')))).toEqual(['content_mismatch']);
    expect((await verifyAct(world, detached, ACT)).valid).toBe(true);
  });

  it('SIG-4 (3 chain): a self-signed look-alike with the same subject, IIN and EKU is refused', async () => {
    const fake = await lookAlike(world.signer.certificate, { issuer: 'self' });
    const result = await verifyAct(world, await sign(fake, ACT), ACT, { expect: { iin: IIN } });
    expect(result.valid).toBe(false);
    expect(codes(result)).toContain('untrusted_chain');
    expect(result.signer).toMatchObject({ iin: IIN, roles: ['individual'], purpose: ['sign'] });
  });

  it('SIG-4 (3 chain): a look-alike naming the real issuing CA, with a zero or forged CA signature, is refused', async () => {
    for (const signature of ['zero', 'forger'] as const) {
      const fake = await lookAlike(world.signer.certificate, { issuer: 'copy', signature });
      const result = await verifyAct(world, await sign({ ...fake, chain: world.signer.chain }, ACT), ACT);
      expect(result.valid).toBe(false);
      expect(codes(result)).toContain('chain_signature_invalid');
    }
  });

  it('SIG-4 (3 chain): a genuine certificate whose CA signature was zeroed or broken is refused', async () => {
    for (const kind of ['zero', 'flipped'] as const) {
      const broken = { ...world.signer, certificate: withCaSignature(world.signer.certificate, kind) };
      const result = await verifyAct(world, await sign(broken, ACT), ACT);
      expect(codes(result)).toEqual(['chain_signature_invalid']);
    }
  });

  it('SIG-4 (3 chain): a fake intermediate with the issuing CA\'s name, sent inside the CMS, is not trusted', async () => {
    const fakeCa = await lookAlike(world.pki.issuing.certificate, { issuer: 'copy', signature: 'forger' });
    const result = await verifyAct(world, await sign({ ...world.signer, chain: [fakeCa.certificate] }, ACT), ACT);
    // The genuine issuing CA is not available here: only the root is pinned and the hint is fake.
    expect(result.valid).toBe(false);
    expect(codes(result)).toContain('chain_signature_invalid');
  });

  it('SIG-4 (3 chain): a flood of same-named fake intermediates neither stalls nor fools the chain builder', async () => {
    const fakes = [];
    for (let i = 0; i < 24; i += 1) {
      fakes.push((await lookAlike(world.pki.issuing.certificate, { issuer: 'copy', signature: 'forger', algorithm: 'ECDSA-P256-SHA256' })).certificate);
    }
    const started = Date.now();
    const result = await verifyAct(world, await sign({ ...world.signer, chain: fakes }, ACT), ACT);
    expect(result.valid).toBe(false);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(codes(result)).toContain('chain_signature_invalid');
    // With the genuine issuing CA behind all the fakes, the right path is still found.
    expect((await verifyAct(world, await sign({ ...world.signer, chain: [...fakes, world.pki.issuing.certificate] }, ACT), ACT)).valid).toBe(true);
  });

  it('SIG-4 (3 chain): an end-entity certificate cannot act as a CA', async () => {
    // A certificate "issued" by a genuine user key: every signature is real, but the user is no CA.
    const key = await generateKeyPair('RSA-SHA256');
    const certificate = await buildCertificate({
      serial: randomSerial(), subject: subjectOf(world.head.certificate), issuer: subjectOf(world.signer.certificate), spki: key.spki,
      notBefore: NOW, notAfter: new Date('2027-01-01T00:00:00Z'),
      extensions: [keyUsageExtension(['digitalSignature', 'nonRepudiation']), extKeyUsageExtension(['1.3.6.1.5.5.7.3.4'])],
    }, world.signer.privateKey);
    const chain = [world.signer.certificate, ...world.signer.chain];
    const result = await verifyAct(world, await sign({ privateKey: key.privateKey, certificate, chain }, ACT), ACT);
    expect(result.valid).toBe(false);
    // (and no CRL of the "issuer" exists, so revocation fails closed as well)
    expect(codes(result)).toEqual(['issuer_not_ca', 'revocation_unknown']);
  });

  it('SIG-4 (3 chain, 4 time): expired and not-yet-valid certificates are refused at the receipt time', async () => {
    const expired = await issueCertificate(world.pki, {
      now: NOW, iin: IIN, name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2026-01-01T00:00:00Z'),
    });
    // The CMS claims a signingTime inside the validity; it must not be believed.
    const late = await verifyAct(world, await sign(expired, ACT), ACT);
    expect(codes(late)).toEqual(['certificate_expired']);
    expect(late.checks.find((c) => c.name === 'time')?.detail).toContain('not used');
    const future = await issueCertificate(world.pki, {
      now: NOW, iin: IIN, name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', notBefore: new Date('2026-06-01T00:00:00Z'), notAfter: new Date('2027-06-01T00:00:00Z'),
    });
    expect(codes(await verifyAct(world, await sign(future, ACT), ACT))).toEqual(['certificate_not_yet_valid']);
  });

  it('SIG-4 (5 revocation): revoked at the receipt time is refused; revoked only later is not', async () => {
    const cms = await sign(world.signer, ACT);
    const serialNumber = world.signer.serialNumber;
    const revoked = await verifyAct(world, cms, ACT, { crls: await world.crls([{ serialNumber, revokedAt: NOW, reason: 'keyCompromise' }]) });
    expect(codes(revoked)).toEqual(['revoked']);
    const after = await verifyAct(world, cms, ACT, { crls: await world.crls([{ serialNumber, revokedAt: new Date('2026-03-03T00:00:00Z') }]) });
    expect(after.valid).toBe(true);
  });

  it('SIG-4 (5 revocation): fails closed without a fresh, genuine CRL', async () => {
    const cms = await sign(world.signer, ACT);
    expect(codes(await verifyAct(world, cms, ACT, { crls: [] }))).toEqual(['revocation_unknown']);
    const stale = await world.crls([], new Date('2026-01-01T00:00:00Z'));
    expect(codes(await verifyAct(world, cms, ACT, { crls: stale }))).toEqual(['revocation_unknown']);
    // A CRL "of the issuing CA" signed by someone else is not used.
    const other = await buildDevWorld();
    expect(codes(await verifyAct(world, cms, ACT, { crls: await other.crls() }))).toEqual(['revocation_unknown']);
  });

  it('SIG-4 (6 purpose): an authentication key used to sign an act is refused, and a signing key for sign-in', async () => {
    expect(codes(await verifyAct(world, await sign(world.authKey, ACT), ACT))).toEqual(['not_a_signing_key']);
    const nonce = utf8('sign-in nonce');
    expect(codes(await verifyAct(world, await sign(world.signer, nonce), nonce, { purpose: 'auth' }))).toEqual(['not_an_auth_key']);
    expect((await verifyAct(world, await sign(world.authKey, nonce), nonce, { purpose: 'auth' })).valid).toBe(true);
  });

  it('SIG-4 (7 binding): IIN, BIN and role must match the acting person and organisation', async () => {
    const mine = await sign(world.signer, ACT);
    expect(codes(await verifyAct(world, mine, ACT, { expect: { iin: HEAD_IIN } }))).toEqual(['iin_mismatch']);
    const head = await sign(world.head, ACT);
    expect((await verifyAct(world, head, ACT, { expect: { iin: HEAD_IIN, bin: BIN, roles: ['first-head', 'sign-right'] } })).valid).toBe(true);
    expect(codes(await verifyAct(world, head, ACT, { expect: { bin: '990340005678' } }))).toEqual(['bin_mismatch']);
    expect(codes(await verifyAct(world, mine, ACT, { expect: { bin: BIN } }))).toEqual(['bin_mismatch']);
    const employee = await sign(world.employee, ACT);
    expect(codes(await verifyAct(world, employee, ACT, { expect: { iin: IIN, bin: BIN, roles: ['first-head', 'sign-right'] } }))).toEqual(['role_mismatch']);
  });

  it('SIG-4 (8 freshness): a replayed sign-in nonce is refused', async () => {
    const store = new InMemoryNonceStore();
    const value = await store.issue(NOW, 60_000);
    const cms = await sign(world.authKey, utf8(value));
    const options = { purpose: 'auth' as const, receivedAt: new Date(NOW.getTime() + 5_000), nonce: { value, store }, expect: { iin: IIN } };
    expect((await verifyAct(world, cms, utf8(value), options)).valid).toBe(true);
    expect(codes(await verifyAct(world, cms, utf8(value), options))).toEqual(['nonce_replayed']);
    const stale = await store.issue(NOW, 60_000);
    const late = await verifyAct(world, await sign(world.authKey, utf8(stale)), utf8(stale), { ...options, nonce: { value: stale, store }, receivedAt: new Date(NOW.getTime() + 61_000) });
    expect(codes(late)).toEqual(['nonce_expired']);
    const other = await store.issue(NOW, 60_000);
    const foreign = await verifyAct(world, cms, utf8(value), { ...options, nonce: { value: other, store } });
    expect(codes(foreign)).toEqual(['nonce_unknown']);
  });

  it('SIG-4 (9 test PKI): a test anchor is refused unless allowed by setting', async () => {
    const cms = await sign(world.signer, ACT);
    expect(codes(await verifyAct(world, cms, ACT, { allowTestPki: false }))).toEqual(['test_pki_not_allowed']);
    const asProduction = await verifyAct(world, cms, ACT, { allowTestPki: false, anchors: [productionAnchor(world.pki.root.certificate)] });
    expect(asProduction.valid).toBe(true);
  });

  it('SIG-4 (10 evidence): a refusal keeps the evidence and the verdict too', async () => {
    const cms = await sign(world.authKey, ACT);
    const result = await verifyAct(world, cms, ACT);
    expect(result.evidence.verdict).toEqual({ valid: false, reasons: ['not_a_signing_key'] });
    expect(result.evidence.chain).toHaveLength(3);
    expect(result.reasons[0]).toMatchObject({ code: 'not_a_signing_key', kk: expect.stringContaining('кілт'), ru: expect.stringContaining('ключ') });
  });

  it('SIG-4: every check is reported even when parsing fails, and none passes by default', async () => {
    const result = await verifySignature({ cms: utf8('garbage') }, { anchors: world.anchors, crls: [], receivedAt: LATER, purpose: 'sign' });
    expect(result.checks.map((c) => c.name)).toEqual([...CHECK_NAMES]);
    expect(result.checks.filter((c) => c.ok).map((c) => c.name)).toEqual(['freshness', 'evidence']);
    expect(result.valid).toBe(false);
  });
});
